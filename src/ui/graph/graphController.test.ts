// The graph controller tells its listeners whether a new snapshot must be drawn at once: world
// changes of a big graph (chips inside cards) may be drawn in slices, anything else may not.
import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../store/createAppStore'
import { memoryStorage } from '../../store/persist'
import { benchLoader, bigWorld } from './bench/benchWorld'
import { GraphController } from './graphController'
import { CARD_PAD, CHIP_H, HEADER_H } from './layout'

async function controllerFor(nodes: number, pods: number) {
  const world = bigWorld(nodes, pods)
  const store = createAppStore({ loader: benchLoader(world), storage: memoryStorage() })
  await store.getState().openLab({ id: 'bench', text: '{}', fileName: 'bench.json' })
  const controller = new GraphController(store, { realNow: () => 0 })
  const calls: boolean[] = []
  controller.subscribe((urgent) => calls.push(urgent))
  calls.length = 0 // the first snapshot, built on subscribing
  return { store, controller, calls, world }
}

describe('GraphController urgency', () => {
  it('a small graph is redrawn at once after a world change', async () => {
    const { store, calls } = await controllerFor(3, 6)
    await store.getState().runCommand('kubectl cordon node01')
    expect(calls.length).toBeGreaterThan(0)
    expect(new Set(calls)).toEqual(new Set([true]))
  })

  it("a big graph's world changes may be drawn in slices", async () => {
    const { store, calls } = await controllerFor(20, 400)
    await store.getState().runCommand('kubectl cordon node01')
    expect(calls.length).toBeGreaterThan(0)
    expect(new Set(calls)).toEqual(new Set([false]))
  })

  it("a big graph's drags are drawn at once, its cards' new sizes may wait", async () => {
    const { controller, calls } = await controllerFor(20, 400)
    const card = controller.getSnapshot().nodes[0]
    controller.applyChanges([{ id: card.id, type: 'position', position: { x: 5, y: 5 } }])
    const size = { width: 300, height: 200 }
    controller.applyChanges([{ id: card.id, type: 'dimensions', dimensions: size }])
    expect(calls).toEqual([true, false])
  })

  it("a small graph's measurements are drawn at once", async () => {
    const { controller, calls } = await controllerFor(3, 6)
    const card = controller.getSnapshot().nodes[0]
    const size = { width: 300, height: 200 }
    controller.applyChanges([{ id: card.id, type: 'dimensions', dimensions: size }])
    expect(calls).toEqual([true])
  })
})

describe('GraphController.nudge (arrow keys)', () => {
  it('moves a card by the step and saves it like a drop', async () => {
    const { store, controller } = await controllerFor(3, 6)
    const card = controller.getSnapshot().nodes.find((n) => n.type === 'nodeCard')!
    const from = card.position
    controller.nudge(card.id, { x: 20, y: -5 })
    expect(store.getState().layout.positions[card.id]).toEqual({ x: from.x + 20, y: from.y - 5 })
    const moved = controller.getSnapshot().nodes.find((n) => n.id === card.id)!
    expect(moved.position).toEqual({ x: from.x + 20, y: from.y - 5 })
  })

  it("keeps a chip within its card's sides and below its header; downwards the card grows", async () => {
    const { store, controller } = await controllerFor(3, 6)
    const chip = controller.getSnapshot().nodes.find((n) => n.type === 'pod' && n.parentId)!
    const key = `${chip.id}@${chip.parentId}`
    for (let i = 0; i < 100; i++) controller.nudge(chip.id, { x: -20, y: -20 })
    expect(store.getState().layout.positions[key]).toEqual({ x: CARD_PAD, y: HEADER_H })
    const cardHeight = () =>
      controller.getSnapshot().nodes.find((n) => n.id === chip.parentId)!.height!
    const before = cardHeight()
    for (let i = 0; i < 10; i++) controller.nudge(chip.id, { x: 0, y: 20 })
    expect(store.getState().layout.positions[key]).toEqual({ x: CARD_PAD, y: HEADER_H + 200 })
    expect(cardHeight()).toBe(Math.max(before, HEADER_H + 200 + CHIP_H + CARD_PAD))
  })

  it('ignores an id it does not draw', async () => {
    const { store, controller } = await controllerFor(3, 6)
    controller.nudge('no-such-node', { x: 5, y: 0 })
    expect(store.getState().layout.positions).toEqual({})
  })
})
