// Where the student put pod chips, per card (or the pending lane): the layout slice keeps them
// under chipLayoutKey(podId, parentId) = `${podId}@${parentId}`, the same key whether a chip is
// a React Flow child node (few pods) or drawn inside its card (many pods). Pure helpers for both.
import type { XY } from '../../store/types'
import { CHIP_H, CHIP_W, type ChipArea } from './layout'

/** Saved chip places of one card or the lane, by pod id. */
export type ChipPlaces = Readonly<Record<string, XY>>

export const NO_PLACES: ChipPlaces = Object.freeze({})

/** A press that moves less than this (screen px) is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3

const byParentCache = new WeakMap<object, ReadonlyMap<string, ChipPlaces>>()

/**
 * The saved chip places grouped by parent id. Cached per `saved` object (the store's positions
 * are immutable), so rebuilding the graph on a clock tick does no work here.
 */
export function chipPlacesByParent(
  saved: Readonly<Record<string, XY>>,
): ReadonlyMap<string, ChipPlaces> {
  const hit = byParentCache.get(saved)
  if (hit) return hit
  const out = new Map<string, Record<string, XY>>()
  for (const [key, xy] of Object.entries(saved)) {
    const at = key.lastIndexOf('@')
    if (at <= 0) continue // a card or the lane itself
    const parent = key.slice(at + 1)
    let m = out.get(parent)
    if (!m) out.set(parent, (m = {}))
    m[key.slice(0, at)] = xy
  }
  byParentCache.set(saved, out)
  return out
}

/** `next`, or `prev` when both hold the same places (so a card's data object can stay). */
export function samePlacesOr(prev: ChipPlaces | undefined, next: ChipPlaces): ChipPlaces {
  if (!prev || prev === next) return next
  const keys = Object.keys(next)
  if (keys.length !== Object.keys(prev).length) return next
  return keys.every((k) => prev[k] === next[k]) ? prev : next
}

/** The bottom edge of the lowest placed chip among `pods` (0 when none is placed). */
export function lowestPlacedChip(pods: readonly { id: string }[], places: ChipPlaces): number {
  if (places === NO_PLACES) return 0
  let low = 0
  for (const p of pods) {
    const s = places[p.id]
    if (s) low = Math.max(low, s.y + CHIP_H)
  }
  return low
}

/** A dragged chip's place kept inside a `w` × `h` card, in whole flow units as the store saves. */
export function clampChip(xy: XY, area: ChipArea, w: number, h: number): XY {
  const maxX = Math.max(area.padX, w - area.padX - CHIP_W)
  const maxY = Math.max(area.top, h - area.padBottom - CHIP_H)
  return {
    x: Math.round(Math.min(maxX, Math.max(area.padX, xy.x))),
    y: Math.round(Math.min(maxY, Math.max(area.top, xy.y))),
  }
}

const ARROWS: Readonly<Record<string, XY>> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
}

/**
 * How far an arrow key moves a focused card or chip, in flow units: 5, or 20 with Shift, as React
 * Flow moves a selected node. Undefined for any other key, or with Alt, Ctrl or Meta held.
 */
export function keyStep(e: {
  key: string
  shiftKey: boolean
  altKey: boolean
  ctrlKey: boolean
  metaKey: boolean
}): XY | undefined {
  const d = ARROWS[e.key]
  if (!d || e.altKey || e.ctrlKey || e.metaKey) return undefined
  const f = e.shiftKey ? 20 : 5
  return { x: d.x * f, y: d.y * f }
}

/** Whether a press moved far enough (screen px) to be a drag. */
export function isDrag(dxPx: number, dyPx: number): boolean {
  return Math.hypot(dxPx, dyPx) > DRAG_THRESHOLD_PX
}
