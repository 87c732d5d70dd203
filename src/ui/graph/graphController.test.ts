// The graph controller tells its listeners whether a new snapshot must be drawn at once: world
// changes of a big graph (chips inside cards) may be drawn in slices, anything else may not.
import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../store/createAppStore'
import { memoryStorage } from '../../store/persist'
import { benchLoader, bigWorld } from './bench/benchWorld'
import { GraphController } from './graphController'

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
