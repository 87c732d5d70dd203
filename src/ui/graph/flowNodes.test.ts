import { describe, expect, it } from 'vitest'
import { selectGraphModel, shareGraphModel } from '../../store/selectors/graph'
import { podObject, smallWorld } from '../../store/selectors/graphTesting'
import { NO_PLACES } from './chipPlaces'
import {
  buildFlowNodes,
  chipLayoutKey,
  LANE_ID,
  type BuildCache,
  type CardNode,
  type GraphFlowNode,
  type LaneNode,
} from './flowNodes'
import { CARD_PAD, CHIP_GAP, CHIP_H } from './layout'

const cacheOf = (nodes: GraphFlowNode[]): BuildCache => new Map(nodes.map((n) => [n.id, n]))
const card = (nodes: GraphFlowNode[], id: string) =>
  nodes.find((n) => n.id === id && n.type === 'nodeCard') as CardNode

describe('buildFlowNodes', () => {
  it('gives the same node objects for the same model (nothing to redraw)', () => {
    const world = smallWorld()
    const model = selectGraphModel(world, { showSystemPods: false })
    const first = buildFlowNodes(model, {}, new Map())
    const again = buildFlowNodes(model, {}, cacheOf(first))
    expect(again).toHaveLength(first.length)
    again.forEach((n, i) => expect(n).toBe(first[i]))
  })

  it('a card resized because another card grew keeps its data object, so it is not redrawn', () => {
    const world = smallWorld(['node02'])
    const before = selectGraphModel(world, { showSystemPods: false })
    const first = buildFlowNodes(before, {}, new Map(), { domChips: true, leaving: new Map() })
    const api = world.cluster()!.client
    for (let i = 0; i < 4; i++)
      api.create(podObject('default', `extra-${i}`, 'node01', { running: true }))
    const after = shareGraphModel(before, selectGraphModel(world, { showSystemPods: false }))
    const next = buildFlowNodes(after, {}, cacheOf(first), { domChips: true, leaving: new Map() })
    const [was, now] = [card(first, 'node:node02'), card(next, 'node:node02')]
    expect(now.height).toBeGreaterThan(was.height!)
    expect(now).not.toBe(was)
    expect(now.data).toBe(was.data)
    // the card that gained pods is drawn anew
    expect(card(next, 'node:node01').data).not.toBe(card(first, 'node:node01').data)
  })
})

describe('buildFlowNodes with chips drawn inside their cards', () => {
  const DOM = { domChips: true, leaving: new Map() }
  const hrApp = 'pod:default/hr-app'

  it('a dragged chip reaches only its own card, under the same key as a child-node chip', () => {
    const world = smallWorld(['node02'])
    const model = selectGraphModel(world, { showSystemPods: false })
    const first = buildFlowNodes(model, {}, new Map(), DOM)
    expect(card(first, 'node:node01').data.chipPlaces).toEqual({})
    const place = { x: 142, y: 160 }
    const saved = { [chipLayoutKey(hrApp, 'node:node01')]: place }
    const next = buildFlowNodes(model, saved, cacheOf(first), DOM)
    expect(card(next, 'node:node01').data.chipPlaces).toEqual({ [hrApp]: place })
    expect(card(next, 'node:node02').data).toBe(card(first, 'node:node02').data)
    expect(card(next, 'node:controlplane').data).toBe(card(first, 'node:controlplane').data)
    // a rebuild with the same places (a clock tick, a new positions object) redraws nothing
    const again = buildFlowNodes(model, { ...saved }, cacheOf(next), DOM)
    expect(card(again, 'node:node01').data).toBe(card(next, 'node:node01').data)
    // with few pods the chips are React Flow nodes at the same saved place
    const rf = buildFlowNodes(model, saved, new Map())
    expect(rf.find((n) => n.id === hrApp)?.position).toEqual(place)
    expect(card(rf, 'node:node01').data.chipPlaces).toBe(NO_PLACES)
  })

  it('a chip dragged below the grid makes every card tall enough to show it', () => {
    const world = smallWorld(['node02'])
    const model = selectGraphModel(world, { showSystemPods: false })
    const plain = card(buildFlowNodes(model, {}, new Map(), DOM), 'node:node02').height!
    const low = { x: 12, y: plain + 200 }
    const saved = { [chipLayoutKey(hrApp, 'node:node01')]: low }
    const nodes = buildFlowNodes(model, saved, new Map(), DOM)
    for (const id of ['node:controlplane', 'node:node01', 'node:node02'])
      expect(card(nodes, id).height).toBe(low.y + CHIP_H + CARD_PAD)
  })

  it('pending chips keep their places in the lane, which grows to show them', () => {
    const world = smallWorld()
    const model = selectGraphModel(world, { showSystemPods: false })
    const pending = 'pod:default/web-5d9c7b8f6-pqrst'
    const at = { x: 300, y: 120 }
    const nodes = buildFlowNodes(model, { [chipLayoutKey(pending, LANE_ID)]: at }, new Map(), DOM)
    const lane = nodes.find((n) => n.id === LANE_ID) as LaneNode
    expect(lane.data.places).toEqual({ [pending]: at })
    expect(lane.height).toBe(at.y + CHIP_H + CHIP_GAP)
  })
})
