import { describe, expect, it } from 'vitest'
import { selectGraphModel, shareGraphModel } from '../../store/selectors/graph'
import { podObject, smallWorld } from '../../store/selectors/graphTesting'
import { buildFlowNodes, type BuildCache, type CardNode, type GraphFlowNode } from './flowNodes'

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
