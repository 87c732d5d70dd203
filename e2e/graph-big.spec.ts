// The cluster graph with many pods (50 nodes, 1,000 pods: chips drawn inside their cards rather
// than as React Flow nodes): a chip dragged inside its card follows the pointer, leaves the card
// where it was, keeps its place across a reload, and a press without movement still opens the
// pod's details. The fixture lab is served with page.route so it never ships.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { LabPage } from './pages/LabPage'
import { serveFixtureLab } from './pages/fixtures'

test.beforeEach(async ({ page }) => {
  await serveFixtureLab(page, 'big-cluster')
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

type Box = { x: number; y: number; width: number; height: number }

async function box(l: Locator): Promise<Box> {
  const b = await l.boundingBox()
  expect(b).not.toBeNull()
  return b!
}

/** The React Flow node (the whole card) of a node's card head. */
function cardOf(page: Page, node: string): Locator {
  return page
    .getByRole('button', { name: `Node ${node}`, exact: true })
    .locator('xpath=ancestor::*[contains(@class,"react-flow__node")][1]')
}

/** Where a chip sits in its card (or the lane), in flow units: independent of pan and zoom. */
async function placeIn(parent: Locator, chip: Locator): Promise<{ x: number; y: number }> {
  const [p, c] = [await box(parent), await box(chip)]
  const zoom = c.width / 124 // CHIP_W
  return { x: (c.x - p.x) / zoom, y: (c.y - p.y) / zoom }
}

/** Waits until a box stops moving (the view is fitted a frame after the cards appear). */
async function settled(l: Locator): Promise<Box> {
  let last = await box(l)
  await expect
    .poll(async () => {
      const b = await box(l)
      const same = b.x === last.x && b.y === last.y && b.width === last.width
      last = b
      return same
    })
    .toBe(true)
  return last
}

/**
 * Brings a card's top edge near the top of the graph (dragging the empty pane left of the fitted
 * cards), then zooms in about 4× around it above `chip` (so chip labels show), the same way each
 * time.
 */
async function zoomInOn(page: Page, card: Locator, chip: Locator = card): Promise<void> {
  const pane = await box(page.locator('.react-flow'))
  let c = await settled(card)
  const rise = c.y - (pane.y + 30)
  if (rise > 10) {
    // right of the zoom controls, below the cards' top row: the fitted view leaves it empty
    const from = { x: pane.x + 60, y: pane.y + pane.height - 30 }
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x, from.y - rise, { steps: 8 })
    await page.mouse.up()
    c = await settled(card)
  }
  const a = await box(chip)
  await page.mouse.move(a.x + a.width / 2, c.y + 2)
  for (let i = 0; i < 5; i++) await page.mouse.wheel(0, -200)
  await settled(card)
}

/** The 50-node, 1,000-pod fixture lab, opened (building its world takes a while). */
async function openBigCluster(page: Page): Promise<LabPage> {
  test.setTimeout(120_000)
  const p = new LabPage(page)
  await p.goto('big-cluster', '?lab=/fixtures/big-cluster.json')
  await expect(p.node('node49')).toBeAttached()
  return p
}

test('a pod chip of a 1,000-pod graph can be dragged inside its card and keeps its place after a reload', async ({
  page,
}) => {
  const p = await openBigCluster(page)
  const card = cardOf(page, 'node01')
  // many pods: the chips are drawn inside the card, not as React Flow nodes
  await expect(page.locator('.react-flow__node-pod')).toHaveCount(0)
  const chip = card.getByRole('button', { name: /^Pod / }).nth(3)
  const label = (await chip.getAttribute('aria-label'))!
  const named = page.getByRole('button', { name: label, exact: true })
  await zoomInOn(page, card)

  const cardBefore = await box(card)
  const before = await box(named)
  const [dx, dy] = [-40, 70]
  const [cx, cy] = [before.x + before.width / 2, before.y + before.height / 2]
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  await page.mouse.move(cx + dx / 2, cy + dy / 2, { steps: 5 })
  await page.mouse.move(cx + dx, cy + dy, { steps: 5 })
  await page.mouse.up()
  const moved = await box(named)
  const place = await placeIn(card, named)
  // the chip (second column) followed the pointer (screen deltas divided by the zoom), the card
  // and the view stayed
  expect(Math.abs(moved.x - (before.x + dx))).toBeLessThanOrEqual(2)
  expect(Math.abs(moved.y - (before.y + dy))).toBeLessThanOrEqual(2)
  expect(await box(card)).toEqual(cardBefore)
  // the drop did not open the pod's details
  await expect(page.getByRole('dialog', { name: /^Pod details / })).toHaveCount(0)
  await p.shot('graph-big-chip-dragged')

  await page.waitForTimeout(600) // the layout is saved shortly after a change
  await page.reload()
  await p.waitReady()
  await expect(p.node('node49')).toBeAttached()
  await zoomInOn(page, card)
  const after = await box(named)
  expect(Math.abs(after.x - moved.x)).toBeLessThanOrEqual(2)
  expect(Math.abs(after.y - moved.y)).toBeLessThanOrEqual(2)
  const placeAfter = await placeIn(card, named)
  expect(Math.abs(placeAfter.x - place.x)).toBeLessThanOrEqual(2)
  expect(Math.abs(placeAfter.y - place.y)).toBeLessThanOrEqual(2)

  // a press without movement is still a click: the pod's details open
  await named.click()
  const details = page.getByRole('dialog', { name: `Pod details ${label.replace(/^Pod /, '')}` })
  await expect(details).toBeVisible()
  await p.shot('graph-big-chip-details')
  await page.keyboard.press('Escape')
  await expect(details).toHaveCount(0)
})

test('arrow keys move a focused chip of a 1,000-pod graph inside its card', async ({ page }) => {
  await openBigCluster(page)
  const card = cardOf(page, 'node01')
  const chip = card.getByRole('button', { name: /^Pod / }).nth(2)
  await settled(card)
  const before = await placeIn(card, chip)
  await chip.focus()
  await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowUp')
  await expect
    .poll(async () => {
      const at = await placeIn(card, chip)
      return [Math.round(at.x - before.x), Math.round(at.y - before.y)]
    })
    .toEqual([25, -5])
  // held against the card's left edge (its first column's), it stops there, as a drag does
  for (let i = 0; i < 30; i++) await page.keyboard.press('Shift+ArrowLeft')
  await expect
    .poll(async () => Math.round((await placeIn(card, chip)).x))
    .toBe(Math.round(before.x))
})

test('a wobble of a pixel or two on a chip of a 1,000-pod graph is a click, not a drag', async ({
  page,
}) => {
  await openBigCluster(page)
  const card = cardOf(page, 'node01')
  const chip = card.getByRole('button', { name: /^Pod / }).first()
  const label = (await chip.getAttribute('aria-label'))!
  const at = await settled(chip)
  await page.mouse.move(at.x + at.width / 2, at.y + at.height / 2)
  await page.mouse.down()
  await page.mouse.move(at.x + at.width / 2 + 2, at.y + at.height / 2 + 1)
  await page.mouse.up()
  await expect(
    page.getByRole('dialog', { name: `Pod details ${label.replace(/^Pod /, '')}` }),
  ).toBeVisible()
  expect(await box(chip)).toEqual(at)
})

test('a pending pod chip of a 1,000-pod graph can be dragged inside the pending lane and keeps its place', async ({
  page,
}) => {
  const p = await openBigCluster(page)
  await p.run('kubectl cordon -l kubernetes.io/hostname')
  await p.run('kubectl run pend --image=nginx')
  const lane = page.getByRole('group', { name: 'Pending pods' })
  const chip = lane.getByRole('button', { name: 'Pod default/pend', exact: true })
  await expect(chip).toBeVisible()
  const laneNode = lane.locator('xpath=ancestor::*[contains(@class,"react-flow__node")][1]')
  await zoomInOn(page, laneNode, chip)
  const laneBefore = await box(laneNode)
  const before = await box(chip)
  const [cx, cy] = [before.x + before.width / 2, before.y + before.height / 2]
  await page.mouse.move(cx, cy)
  await page.mouse.down()
  await page.mouse.move(cx + 60, cy + 2, { steps: 5 })
  await page.mouse.move(cx + 120, cy + 4, { steps: 5 })
  await page.mouse.up()
  const moved = await box(chip)
  expect(Math.abs(moved.x - (before.x + 120))).toBeLessThanOrEqual(2)
  expect(await box(laneNode)).toEqual(laneBefore)
  const place = await placeIn(laneNode, chip)
  await p.shot('graph-big-lane-chip-dragged')
  await page.waitForTimeout(600)
  await page.reload()
  await p.waitReady()
  await expect(chip).toBeVisible()
  // the lane was there when the view was fitted this time: another zoom, the same place in flow units
  await zoomInOn(page, laneNode, chip)
  const after = await placeIn(laneNode, chip)
  expect(Math.abs(after.x - place.x)).toBeLessThanOrEqual(2)
  expect(Math.abs(after.y - place.y)).toBeLessThanOrEqual(2)
})
