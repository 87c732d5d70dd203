// Turns the graph model into React Flow nodes: cards as parents, pod chips as their children
// (parentId + extent 'parent', parents first), the pending lane, and chips that just left kept a
// moment as "leaving" ghosts so they can fade out. Unchanged inputs give the same node objects.
import type { Node } from '@xyflow/react'
import type { GraphModel, GraphNodeCard, GraphPod } from '../../store/selectors/graph'
import type { XY } from '../../store/types'
import {
  bounds,
  cardSize,
  CHIP_COLS,
  CHIP_H,
  HEADER_H,
  CHIP_W,
  chipSlot,
  GAP_Y,
  LANE_HEADER_H,
  laneColumns,
  placeCards,
  CARD_W,
  type Rect,
} from './layout'

export type CardNode = Node<{ card: GraphNodeCard }, 'nodeCard'>
export type PodNode = Node<{ pod: GraphPod; leaving: boolean }, 'pod'>
export type LaneNode = Node<{ count: number; columns: number }, 'lane'>
export type GraphFlowNode = CardNode | PodNode | LaneNode

export const LANE_ID = 'lane:pending'

/** The layout key of a chip: its place is remembered per parent (a pending pod that binds starts fresh). */
export function chipLayoutKey(podId: string, parentId: string): string {
  return `${podId}@${parentId}`
}

/** Previously built nodes by id: an unchanged input returns the same object. */
export type BuildCache = Map<string, GraphFlowNode>

function samePos(a: XY, b: XY): boolean {
  return a.x === b.x && a.y === b.y
}

function reuse<T extends GraphFlowNode>(cache: BuildCache, next: T, same: (prev: T) => boolean): T {
  const prev = cache.get(next.id) as T | undefined
  return prev && prev.type === next.type && same(prev) ? prev : next
}

function chipNodes(
  pods: readonly GraphPod[],
  parentId: string,
  top: number,
  cols: number,
  saved: Readonly<Record<string, XY>>,
  cache: BuildCache,
): PodNode[] {
  return pods.map((pod, i) => {
    const position = saved[chipLayoutKey(pod.id, parentId)] ?? chipSlot(i, top, cols)
    const node: PodNode = {
      id: pod.id,
      type: 'pod',
      parentId,
      extent: 'parent',
      position,
      width: CHIP_W,
      height: CHIP_H,
      focusable: false,
      data: { pod, leaving: false },
    }
    return reuse(
      cache,
      node,
      (p) =>
        p.data.pod === pod &&
        !p.data.leaving &&
        p.parentId === parentId &&
        samePos(p.position, position),
    )
  })
}

function lowestSavedChip(card: GraphNodeCard, saved: Readonly<Record<string, XY>>): number {
  let low = 0
  for (const p of card.pods) {
    const s = saved[chipLayoutKey(p.id, card.id)]
    if (s) low = Math.max(low, s.y + CHIP_H)
  }
  return low
}

/** React Flow nodes for the model; positions from the store's layout slice win. */
export function buildFlowNodes(
  model: GraphModel,
  saved: Readonly<Record<string, XY>>,
  cache: BuildCache,
): GraphFlowNode[] {
  const sized = model.nodes.map((card) => ({
    id: card.id,
    card,
    size: cardSize(card.pods.length, lowestSavedChip(card, saved)),
  }))
  const places = placeCards(sized, saved)
  const out: GraphFlowNode[] = []
  const rects: Rect[] = []
  for (const { id, card, size } of sized) {
    const position = places.get(id) ?? { x: 0, y: 0 }
    rects.push({ ...position, ...size })
    const node: CardNode = {
      id,
      type: 'nodeCard',
      focusable: false,
      position,
      width: size.w,
      height: size.h,
      data: { card },
    }
    out.push(
      reuse(
        cache,
        node,
        (p) => p.data.card === card && samePos(p.position, position) && p.height === size.h,
      ),
    )
  }
  for (const { id, card } of sized)
    out.push(...chipNodes(card.pods, id, HEADER_H, CHIP_COLS, saved, cache))
  if (model.pending.length > 0) {
    const box = bounds(rects)
    const w = Math.max(box.w, CARD_W)
    const columns = laneColumns(w)
    const rows = Math.ceil(model.pending.length / columns)
    const h = LANE_HEADER_H + rows * (CHIP_H + 6) + 6
    const position = saved[LANE_ID] ?? { x: box.x, y: box.y + box.h + GAP_Y }
    const lane: LaneNode = {
      id: LANE_ID,
      type: 'lane',
      focusable: false,
      position,
      width: w,
      height: h,
      data: { count: model.pending.length, columns },
    }
    out.push(
      reuse(
        cache,
        lane,
        (p) =>
          p.data.count === lane.data.count &&
          p.data.columns === columns &&
          p.width === w &&
          samePos(p.position, position),
      ),
      ...chipNodes(model.pending, LANE_ID, LANE_HEADER_H, columns, saved, cache),
    )
  }
  return out
}

/** A chip that left the model, kept until `until` (real ms) so it can fade out. */
export interface Ghost {
  node: PodNode
  until: number
}

/**
 * Adds fading copies of chips that were in `prev` but are gone from `next` (while their card
 * remains); `ghosts` carries them across calls and expired ones are dropped.
 */
export function withLeavingChips(
  prev: readonly GraphFlowNode[],
  next: GraphFlowNode[],
  ghosts: Map<string, Ghost>,
  nowMs: number,
  ttlMs: number,
): GraphFlowNode[] {
  const ids = new Set(next.map((n) => n.id))
  for (const n of prev) {
    if (n.type !== 'pod' || n.data.leaving || ids.has(n.id) || ghosts.has(n.id)) continue
    ghosts.set(n.id, {
      node: {
        ...n,
        data: { ...n.data, leaving: true },
        draggable: false,
        selectable: false,
        selected: false,
      },
      until: nowMs + ttlMs,
    })
  }
  const out = next.slice()
  for (const [id, g] of ghosts) {
    if (ids.has(id) || g.until <= nowMs || !g.node.parentId || !ids.has(g.node.parentId))
      ghosts.delete(id)
    else out.push(g.node)
  }
  return out
}
