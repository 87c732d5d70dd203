// Turns the graph model into React Flow nodes: cards as parents, pod chips as their children
// (parentId + extent 'parent', parents first), the pending lane, and chips that just left kept a
// moment as "leaving" ghosts so they can fade out. Unchanged inputs give the same node objects.
// Past CHIP_NODE_LIMIT pods the chips are drawn inside their card instead (one React Flow node per
// card): React Flow re-reconciles every node when one comes or goes, too slow at 1,000 chips. Either
// way a dragged chip's place is saved under chipLayoutKey, so both modes show it at the same place.
import type { Node } from '@xyflow/react'
import type { GraphModel, GraphNodeCard, GraphPod } from '../../store/selectors/graph'
import type { XY } from '../../store/types'
import {
  chipPlacesByParent,
  lowestPlacedChip,
  NO_PLACES,
  samePlacesOr,
  type ChipPlaces,
} from './chipPlaces'
import {
  bounds,
  cardSize,
  CHIP_COLS,
  CHIP_GAP,
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

/** Above this many pods on screen, chips are plain DOM inside their card (dragged by ChipGrid). */
export const CHIP_NODE_LIMIT = 250

export const NO_PODS: readonly GraphPod[] = []

export interface CardData extends Record<string, unknown> {
  card: GraphNodeCard
  /** chips drawn inside the card (many pods) rather than as child nodes */
  domChips: boolean
  /** chips that just left, fading out (DOM chips only) */
  leaving: readonly GraphPod[]
  /** where the student put chips of this card, by pod id (DOM chips only; else NO_PLACES) */
  chipPlaces: ChipPlaces
}

export interface LaneData extends Record<string, unknown> {
  count: number
  columns: number
  /** the pending pods, when chips are drawn inside the lane */
  pods: readonly GraphPod[] | undefined
  leaving: readonly GraphPod[]
  /** where the student put pending chips, by pod id (DOM chips only; else NO_PLACES) */
  places: ChipPlaces
}

export type CardNode = Node<CardData, 'nodeCard'>
export type PodNode = Node<{ pod: GraphPod; leaving: boolean }, 'pod'>
export type LaneNode = Node<LaneData, 'lane'>
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

/** React Flow nodes for the model; positions from the store's layout slice win. */
export function buildFlowNodes(
  model: GraphModel,
  saved: Readonly<Record<string, XY>>,
  cache: BuildCache,
  opts: { domChips: boolean; leaving: ReadonlyMap<string, readonly GraphPod[]> } = {
    domChips: false,
    leaving: new Map(),
  },
): GraphFlowNode[] {
  const { domChips } = opts
  const leavingOf = (id: string) => (domChips ? (opts.leaving.get(id) ?? NO_PODS) : NO_PODS)
  const placed = chipPlacesByParent(saved)
  const placesOf = (id: string) => placed.get(id) ?? NO_PLACES
  // Cards are all one size (the tallest one's), so a card that gains a pod moves no other card
  // and no chip of another card: with 1,000 chips that is what keeps a drain cheap to draw. A chip
  // dragged below the grid makes its card (so every card) tall enough to show it.
  const height = Math.max(
    0,
    ...model.nodes.map(
      (card) =>
        cardSize(
          card.pods.length + leavingOf(card.id).length,
          lowestPlacedChip(card.pods, placesOf(card.id)),
        ).h,
    ),
  )
  const sized = model.nodes.map((card) => ({ id: card.id, card, size: { w: CARD_W, h: height } }))
  const places = placeCards(sized, saved)
  const out: GraphFlowNode[] = []
  const rects: Rect[] = []
  for (const { id, card, size } of sized) {
    const position = places.get(id) ?? { x: 0, y: 0 }
    rects.push({ ...position, ...size })
    const leaving = leavingOf(id)
    const prev = cache.get(id)
    const prevData = prev?.type === 'nodeCard' ? prev.data : undefined
    const chipPlaces = domChips ? samePlacesOr(prevData?.chipPlaces, placesOf(id)) : NO_PLACES
    // the same card drawn at another place or size keeps its data object (the card skips drawing)
    const sameData =
      prevData !== undefined &&
      prevData.card === card &&
      prevData.domChips === domChips &&
      prevData.leaving === leaving &&
      prevData.chipPlaces === chipPlaces
    const node: CardNode = {
      id,
      type: 'nodeCard',
      focusable: false,
      position,
      width: size.w,
      height: size.h,
      data: sameData ? prevData : { card, domChips, leaving, chipPlaces },
    }
    out.push(
      reuse(
        cache,
        node,
        (p) => p.data === node.data && samePos(p.position, position) && p.height === size.h,
      ),
    )
  }
  if (!domChips)
    for (const { id, card } of sized)
      out.push(...chipNodes(card.pods, id, HEADER_H, CHIP_COLS, saved, cache))
  const laneLeaving = leavingOf(LANE_ID)
  if (model.pending.length > 0 || laneLeaving.length > 0) {
    const box = bounds(rects)
    const w = Math.max(box.w, CARD_W)
    const columns = laneColumns(w)
    const rows = Math.max(1, Math.ceil((model.pending.length + laneLeaving.length) / columns))
    const lanePlaces = placesOf(LANE_ID)
    const h = Math.max(
      LANE_HEADER_H + rows * (CHIP_H + CHIP_GAP) + CHIP_GAP,
      lowestPlacedChip(model.pending, lanePlaces) + CHIP_GAP,
    )
    const position = saved[LANE_ID] ?? { x: box.x, y: box.y + box.h + GAP_Y }
    const pods = domChips ? model.pending : undefined
    const prevLane = cache.get(LANE_ID)
    const places = domChips
      ? samePlacesOr(prevLane?.type === 'lane' ? prevLane.data.places : undefined, lanePlaces)
      : NO_PLACES
    const lane: LaneNode = {
      id: LANE_ID,
      type: 'lane',
      focusable: false,
      position,
      width: w,
      height: h,
      data: { count: model.pending.length, columns, pods, leaving: laneLeaving, places },
    }
    out.push(
      reuse(
        cache,
        lane,
        (p) =>
          p.data.count === lane.data.count &&
          p.data.columns === columns &&
          p.data.pods === pods &&
          p.data.leaving === laneLeaving &&
          p.data.places === places &&
          p.width === w &&
          p.height === h &&
          samePos(p.position, position),
      ),
    )
    if (!domChips)
      out.push(...chipNodes(model.pending, LANE_ID, LANE_HEADER_H, columns, saved, cache))
  }
  return out
}
