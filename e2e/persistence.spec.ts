// What survives a reload: dragged graph positions, and mid-lab everything (world, answers, terminal).
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

test('a dragged node card keeps its place after a reload', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const head = p.node('node01')
  await expect(head).toBeVisible()
  /** node01's offset from controlplane, in controlplane card widths (independent of the zoom) */
  const offset = async () => {
    const a = (await p.node('controlplane').boundingBox())!
    const b = (await p.node('node01').boundingBox())!
    return { dx: (b.x - a.x) / a.width, dy: (b.y - a.y) / a.width }
  }
  const before = await offset()
  const box = (await head.boundingBox())!
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 80, { steps: 5 })
  await page.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 160, { steps: 5 })
  await page.mouse.up()
  const moved = await offset()
  expect(Math.abs(moved.dy - before.dy)).toBeGreaterThan(0.1)
  await page.waitForTimeout(600)
  await page.reload()
  await p.waitReady()
  await expect(p.node('node01')).toBeVisible()
  const after = await offset()
  expect(after.dx).toBeCloseTo(moved.dx, 2)
  expect(after.dy).toBeCloseTo(moved.dy, 2)
  await p.shot('dragged-after-reload')
})

test('reloading mid-lab finds the cluster, the answers and the terminal as they were', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await p.openQuestion(1)
  await p.fillAnswer('2')
  await p.check()
  await expect.poll(() => p.questionState(1)).toBe('correct')
  await p.openQuestion(4)
  await p.run('kubectl drain node01 --ignore-daemonsets')
  await p.run('kubectl get nodes')
  const screen = await p.termText()
  expect(screen).toContain('SchedulingDisabled')
  await page.waitForTimeout(600)
  await page.reload()
  await p.waitReady()
  expect(await p.questionState(1)).toBe('correct')
  await expect(page.locator('.question-kicker')).toContainText('Question 4 /')
  // the scrollback is back, and the world still has node01 cordoned
  expect(await p.termText()).toContain('node/node01 drained')
  await p.run('kubectl get nodes')
  const after = await p.termText()
  expect(after.slice(after.lastIndexOf('kubectl get nodes'))).toMatch(
    /node01\s+Ready,SchedulingDisabled/,
  )
  // history survived too: ↑ brings the last command back
  await page.locator('.xterm-helper-textarea').focus()
  await page.keyboard.press('ArrowUp')
  await expect
    .poll(async () => (await p.termText()).split('\n').pop())
    .toMatch(/kubectl get nodes$/)
  await p.shot('after-reload')
})
