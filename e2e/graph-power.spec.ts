// Powering node01 off from the graph: after the eviction timeout the ReplicaSet pods are recreated
// on controlplane and the bare pod hr-app is gone for good.
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'

test('powering node01 off from the graph moves ReplicaSet pods to controlplane and loses hr-app', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await page.evaluate(() => localStorage.clear())
  await p.goto('os-upgrades')
  // question 10's setup creates the deployment red and the bare pod hr-app on node01
  await p.openQuestion(10)
  await expect(p.pod('default/hr-app')).toBeVisible()
  await p.node('node01').click()
  await page
    .getByRole('menuitem', { name: 'Power off node01' })
    .or(page.getByRole('button', { name: 'Power off node01' }))
    .click()
  await expect.poll(() => p.termText()).toContain('lab node power-off node01')
  await p.waitIdle()
  await p.shot('node01-off')
  // NotReady after the 50 s grace period, evictions after the 300 s toleration
  await p.fastForward(5)
  await p.fastForward(1)
  await p.fastForward(1)
  // like a real cluster: the pods of the unreachable node stay Terminating, nothing recreates hr-app
  await expect(p.pod('default/hr-app')).toHaveAttribute('title', /Terminating/)
  await p.run('kubectl get pods -o wide')
  const text = await p.termText()
  const table = text.slice(text.lastIndexOf('kubectl get pods -o wide'))
  const running = table.split('\n').filter((l) => /^(blue|red)-\S+\s+1\/1\s+Running\b/.test(l))
  expect(running.length).toBeGreaterThan(0)
  for (const r of running) expect(r).toContain('controlplane')
  expect(table.split('\n').filter((l) => /^hr-app\s/.test(l)).length).toBe(1)
  await p.shot('after-eviction')
  // the chips of the recreated pods sit inside the controlplane card
  const card = p.page.locator('.react-flow__node').filter({ has: p.node('controlplane') })
  const cp = (await card.boundingBox())!
  const chips = page.locator('[aria-label^="Pod default/red-"], [aria-label^="Pod default/blue-"]')
  let inside = 0
  for (const chip of await chips.all()) {
    const b = await chip.boundingBox()
    if (
      b &&
      b.x >= cp.x &&
      b.x + b.width <= cp.x + cp.width + 1 &&
      b.y >= cp.y &&
      b.y + b.height <= cp.y + cp.height + 1
    )
      inside++
  }
  expect(inside).toBe(running.length)
  // node01 comes back: its kubelet finishes the deletions and hr-app is gone for good
  await p.node('node01').click()
  await page
    .getByRole('menuitem', { name: 'Power on node01' })
    .or(page.getByRole('button', { name: 'Power on node01' }))
    .click()
  await p.waitIdle()
  await p.fastForward(1)
  await expect(p.pod('default/hr-app')).toHaveCount(0)
  await p.shot('node01-back')
})
