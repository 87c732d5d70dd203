// Automatic layout of the cluster graph: a grid of equal-width cards that grow with their pods,
// chips in a grid inside each card, and a lane for pending pods below. Positions the student
// dragged (the store's layout slice) win; new cards take the first grid slot that overlaps none.
import type { XY } from '../../store/types'

export const CARD_W = 284
export const CARD_PAD = 12
export const HEADER_H = 104
export const CHIP_W = 124
export const CHIP_H = 26
export const CHIP_GAP = 6
export const CHIP_COLS = 2
export const GAP_X = 36
export const GAP_Y = 36
export const LANE_HEADER_H = 40

/** The part of a card (or the lane) chips may be dragged to: below the header, inside padding. */
export interface ChipArea {
  /** top of the chip area (the header's height) */
  top: number
  /** left and right margin */
  padX: number
  /** margin below the lowest chip, as the card's height adds it (a chip at the bottom grows nothing) */
  padBottom: number
}

export const CARD_CHIP_AREA: ChipArea = { top: HEADER_H, padX: CARD_PAD, padBottom: CARD_PAD }
export const LANE_CHIP_AREA: ChipArea = { top: LANE_HEADER_H, padX: CARD_PAD, padBottom: CHIP_GAP }

export interface Size {
  w: number
  h: number
}

export interface Rect extends XY, Size {}

function chipRows(count: number, cols: number): number {
  return Math.max(1, Math.ceil(count / cols))
}

/** A chip's auto position inside its card (relative to the card). */
export function chipSlot(index: number, top = HEADER_H, cols = CHIP_COLS): XY {
  return {
    x: CARD_PAD + (index % cols) * (CHIP_W + CHIP_GAP),
    y: top + Math.floor(index / cols) * (CHIP_H + CHIP_GAP),
  }
}

/** Card size: fixed width, tall enough for its chips (and any chip dragged further down). */
export function cardSize(podCount: number, lowestChipBottom = 0): Size {
  const rows = chipRows(podCount, CHIP_COLS)
  const h = HEADER_H + rows * (CHIP_H + CHIP_GAP) - CHIP_GAP + CARD_PAD
  return { w: CARD_W, h: Math.max(h, lowestChipBottom + CARD_PAD) }
}

/** Columns of the card grid: side by side for a few nodes, roughly 16:10 for many. */
export function gridColumns(n: number): number {
  if (n <= 3) return Math.max(1, n)
  return Math.ceil(Math.sqrt(n * 1.6))
}

function overlaps(a: Rect, b: Rect): boolean {
  return (
    a.x < b.x + b.w + GAP_X / 2 &&
    b.x < a.x + a.w + GAP_X / 2 &&
    a.y < b.y + b.h + GAP_Y / 2 &&
    b.y < a.y + a.h + GAP_Y / 2
  )
}

/**
 * Positions for cards in order. Rows are as tall as their tallest card; a card the student placed
 * keeps its place, the others take their grid slot or, if it is covered, the next free one.
 */
export function placeCards(
  cards: readonly { id: string; size: Size }[],
  saved: Readonly<Record<string, XY>>,
): Map<string, XY> {
  const out = new Map<string, XY>()
  const cols = gridColumns(cards.length)
  const fixed: Rect[] = []
  for (const c of cards) {
    const p = saved[c.id]
    if (p) {
      out.set(c.id, p)
      fixed.push({ ...p, ...c.size })
    }
  }
  const rowH: number[] = []
  cards.forEach((c, i) => {
    const r = Math.floor(i / cols)
    rowH[r] = Math.max(rowH[r] ?? 0, c.size.h)
  })
  const tallest = Math.max(0, ...cards.map((c) => c.size.h))
  const slot = (i: number): XY => {
    const r = Math.floor(i / cols)
    let y = 0
    for (let k = 0; k < r; k++) y += (rowH[k] ?? tallest) + GAP_Y
    return { x: (i % cols) * (CARD_W + GAP_X), y }
  }
  const taken: Rect[] = [...fixed]
  cards.forEach((c, i) => {
    if (out.has(c.id)) return
    for (let s = i; s < i + 10_000; s++) {
      const r = { ...slot(s), ...c.size }
      if (!taken.some((t) => overlaps(r, t))) {
        out.set(c.id, { x: r.x, y: r.y })
        taken.push(r)
        return
      }
    }
  })
  return out
}

/** The bounding box of placed rects (for putting the pending lane below the cards). */
export function bounds(rects: readonly Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, w: 0, h: 0 }
  const x = Math.min(...rects.map((r) => r.x))
  const y = Math.min(...rects.map((r) => r.y))
  const x2 = Math.max(...rects.map((r) => r.x + r.w))
  const y2 = Math.max(...rects.map((r) => r.y + r.h))
  return { x, y, w: x2 - x, h: y2 - y }
}

/** Columns of chips in the pending lane, as wide as the card grid. */
export function laneColumns(gridWidth: number): number {
  return Math.max(
    CHIP_COLS,
    Math.floor((gridWidth - 2 * CARD_PAD + CHIP_GAP) / (CHIP_W + CHIP_GAP)),
  )
}
