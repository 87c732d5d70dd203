// The cluster graph as a student uses it: cards and chips named for assistive tech and tests,
// node actions that run their command in the terminal, pod details, the system-pods toggle, and a
// dragged chip that keeps its place across a reload.
import { expect, test, type Page } from '@playwright/test'
import { LabPage } from './pages/LabPage'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

async function drag(page: Page, x: number, y: number, dx: number, dy: number): Promise<void> {
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 })
  await page.mouse.move(x + dx, y + dy, { steps: 5 })
  await page.mouse.up()
}

test('cards and chips have accessible names, and kube-system pods show behind the toggle', async ({
  page,
}) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await expect(p.node('controlplane')).toBeVisible()
  await expect(p.node('node01')).toBeVisible()
  const blue = page.getByRole('button', { name: /^Pod default\/blue-/ })
  await expect(blue.first()).toBeVisible()
  expect(await blue.count()).toBeGreaterThan(0)
  await expect(page.getByRole('button', { name: /^Pod kube-system\// })).toHaveCount(0)
  await page.getByRole('checkbox', { name: /Show system pods/ }).check()
  await expect(
    page.getByRole('button', { name: /^Pod kube-system\/kube-proxy-/ }).first(),
  ).toBeVisible()
  await expect(
    page.getByRole('button', { name: 'Pod kube-system/etcd-controlplane' }),
  ).toBeVisible()
  await p.shot('graph-system-pods')
})

test('clicking a pod shows its owner, node, phase and age', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const chip = page.getByRole('button', { name: /^Pod default\/blue-/ }).first()
  const name = ((await chip.getAttribute('aria-label')) ?? '').replace(/^Pod /, '')
  await chip.click()
  const details = page.getByRole('dialog', { name: `Pod details ${name}` })
  await expect(details).toBeVisible()
  await expect(details).toContainText('OwnerDeployment/blue')
  await expect(details).toContainText('PhaseRunning')
  await expect(details).toContainText(/Node(controlplane|node01)/)
  await expect(details).toContainText(/Age\d+(s|m)/)
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)
})

test('node actions run their command in the terminal and the card follows', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await p.node('node01').click()
  const menu = page.getByRole('menu', { name: 'Actions for node01' })
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Cordonkubectl cordon node01',
    'Uncordonkubectl uncordon node01',
    'Drainkubectl drain node01 --ignore-daemonsets',
    'Power offlab node power-off node01',
  ])
  await menu.getByRole('menuitem', { name: 'Cordon node01', exact: true }).click()
  await expect.poll(() => p.termText()).toContain('kubectl cordon node01\nnode/node01 cordoned')
  const card = p.node('node01')
  await expect(card).toContainText('SchedulingDisabled')
  await p.node('node01').click()
  await page.getByRole('menuitem', { name: 'Uncordon node01', exact: true }).click()
  await expect.poll(() => p.termText()).toContain('kubectl uncordon node01\nnode/node01 uncordoned')
  await expect(card).not.toContainText('SchedulingDisabled')
  await p.shot('graph-uncordoned')
})

/** Where a chip sits inside its card, in flow units (the view is re-fitted after a reload). */
async function offsetInCard(page: Page, chipLabel: string, node: string) {
  const card = (await page
    .getByRole('button', { name: `Node ${node}`, exact: true })
    .locator('xpath=ancestor::*[contains(@class,"react-flow__node")][1]')
    .boundingBox())!
  const chip = (await page.getByRole('button', { name: chipLabel, exact: true }).boundingBox())!
  const zoom = card.width / 284
  return { x: Math.round((chip.x - card.x) / zoom), y: Math.round((chip.y - card.y) / zoom) }
}

test('a dragged pod chip keeps its place in its card after a reload', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const chip = page.getByRole('button', { name: /^Pod default\/blue-/ }).first()
  const label = (await chip.getAttribute('aria-label'))!
  const node = await nodeOfChip(page, label)
  const before = await offsetInCard(page, label, node)
  const box = (await chip.boundingBox())!
  await drag(page, box.x + box.width / 2, box.y + box.height / 2, 0, 30)
  const moved = await offsetInCard(page, label, node)
  expect(moved.y - before.y).toBeGreaterThan(5)
  await page.waitForTimeout(600)
  await page.reload()
  await p.waitReady()
  const after = await offsetInCard(page, label, node)
  expect(Math.abs(after.x - moved.x)).toBeLessThanOrEqual(1)
  expect(Math.abs(after.y - moved.y)).toBeLessThanOrEqual(1)
})

/** The node whose card holds a chip (from the pod details popover). */
async function nodeOfChip(page: Page, chipLabel: string): Promise<string> {
  await page.getByRole('button', { name: chipLabel, exact: true }).click()
  const details = page.getByRole('dialog', { name: /^Pod details / })
  const text = await details.innerText()
  await page.keyboard.press('Escape')
  return /Node\s*(\S+)/.exec(text)![1]
}

test('arrow keys move a focused card and a focused chip, and the places are kept', async ({
  page,
}) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const chip = page.getByRole('button', { name: /^Pod default\/blue-/ }).first()
  const label = (await chip.getAttribute('aria-label'))!
  const node = await nodeOfChip(page, label)
  // a chip: 5 flow units per arrow key, 20 with Shift, inside its card
  const before = await offsetInCard(page, label, node)
  await chip.focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await expect
    .poll(() => offsetInCard(page, label, node))
    .toEqual({ x: before.x, y: before.y + 25 })
  // a card: moves on the pane, its chips with it
  const card = page
    .getByRole('button', { name: 'Node node01', exact: true })
    .locator('xpath=ancestor::*[contains(@class,"react-flow__node")][1]')
  const cardBefore = (await card.boundingBox())!
  await p.node('node01').focus()
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+ArrowRight')
  await expect
    .poll(async () =>
      Math.round(((await card.boundingBox())!.x - cardBefore.x) / (cardBefore.width / 284)),
    )
    .toBe(60)
  // arrows did not open the node's menu or the pod's details
  await expect(page.getByRole('menu')).toHaveCount(0)
  await expect(page.getByRole('dialog', { name: /^Pod details / })).toHaveCount(0)
  await page.waitForTimeout(600) // the layout is saved shortly after a change
  await page.reload()
  await p.waitReady()
  await expect
    .poll(() => offsetInCard(page, label, node))
    .toEqual({ x: before.x, y: before.y + 25 })
})
