import { describe, expect, it } from 'vitest'
import {
  chipPlacesByParent,
  clampChip,
  isDrag,
  keyStep,
  lowestPlacedChip,
  NO_PLACES,
  samePlacesOr,
} from './chipPlaces'
import {
  CARD_CHIP_AREA,
  CARD_PAD,
  CARD_W,
  CHIP_H,
  CHIP_W,
  HEADER_H,
  LANE_CHIP_AREA,
} from './layout'

describe('chipPlacesByParent', () => {
  it('groups saved chip places by card and skips the places of cards and the lane', () => {
    const saved = {
      'node:node01': { x: 500, y: 0 },
      'lane:pending': { x: 0, y: 900 },
      'pod:default/a@node:node01': { x: 20, y: 130 },
      'pod:default/b@node:node01': { x: 150, y: 200 },
      'pod:default/c@lane:pending': { x: 12, y: 40 },
    }
    const byParent = chipPlacesByParent(saved)
    expect(Object.fromEntries(byParent)).toEqual({
      'node:node01': {
        'pod:default/a': { x: 20, y: 130 },
        'pod:default/b': { x: 150, y: 200 },
      },
      'lane:pending': { 'pod:default/c': { x: 12, y: 40 } },
    })
    // the same store object gives the same answer without work (graph rebuilds on clock ticks)
    expect(chipPlacesByParent(saved)).toBe(byParent)
  })
})

describe('samePlacesOr', () => {
  it('keeps the old object when the places are the same objects, takes the new one otherwise', () => {
    const a = { x: 1, y: 2 }
    const prev = { p: a }
    expect(samePlacesOr(prev, { p: a })).toBe(prev)
    const moved = { p: { x: 1, y: 3 } }
    expect(samePlacesOr(prev, moved)).toBe(moved)
    const more = { p: a, q: a }
    expect(samePlacesOr(prev, more)).toBe(more)
    expect(samePlacesOr(undefined, NO_PLACES)).toBe(NO_PLACES)
  })
})

describe('lowestPlacedChip', () => {
  it('is the bottom of the lowest placed chip among the pods shown, 0 when none is placed', () => {
    const places = { a: { x: 12, y: 300 }, gone: { x: 12, y: 900 } }
    expect(lowestPlacedChip([{ id: 'a' }, { id: 'b' }], places)).toBe(300 + CHIP_H)
    expect(lowestPlacedChip([{ id: 'b' }], places)).toBe(0)
    expect(lowestPlacedChip([{ id: 'a' }], NO_PLACES)).toBe(0)
  })
})

describe('clampChip', () => {
  it('keeps a dragged chip inside its card, below the header, and rounds it', () => {
    const h = 400
    expect(clampChip({ x: 40.4, y: 150.6 }, CARD_CHIP_AREA, CARD_W, h)).toEqual({ x: 40, y: 151 })
    expect(clampChip({ x: -50, y: 10 }, CARD_CHIP_AREA, CARD_W, h)).toEqual({
      x: CARD_PAD,
      y: HEADER_H,
    })
    expect(clampChip({ x: 999, y: 999 }, CARD_CHIP_AREA, CARD_W, h)).toEqual({
      x: CARD_W - CARD_PAD - CHIP_W,
      y: h - CARD_PAD - CHIP_H,
    })
    expect(clampChip({ x: 0, y: 0 }, LANE_CHIP_AREA, 800, 100)).toEqual({ x: CARD_PAD, y: 40 })
  })

  it('a chip dropped at the very bottom does not make its card taller (no creeping growth)', () => {
    const h = 400
    const at = clampChip({ x: 12, y: 10_000 }, CARD_CHIP_AREA, CARD_W, h)
    expect(at.y + CHIP_H + CARD_PAD).toBe(h)
  })
})

describe('isDrag', () => {
  it('treats a wobble of up to 3 px as a click', () => {
    expect(isDrag(2, 2)).toBe(false)
    expect(isDrag(0, 3)).toBe(false)
    expect(isDrag(0, 4)).toBe(true)
    expect(isDrag(-3, -3)).toBe(true)
  })
})

describe('keyStep', () => {
  const key = (
    k: string,
    mods: Partial<Record<'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
  ) => keyStep({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods })
  it('moves 5 flow units per arrow key, 20 with Shift (React Flow keyboard moves)', () => {
    expect(key('ArrowRight')).toEqual({ x: 5, y: 0 })
    expect(key('ArrowUp')).toEqual({ x: 0, y: -5 })
    expect(key('ArrowLeft', { shiftKey: true })).toEqual({ x: -20, y: 0 })
    expect(key('ArrowDown', { shiftKey: true })).toEqual({ x: 0, y: 20 })
  })
  it('leaves other keys and modified arrows alone', () => {
    expect(key('Enter')).toBeUndefined()
    expect(key('a')).toBeUndefined()
    expect(key('ArrowLeft', { altKey: true })).toBeUndefined()
    expect(key('ArrowLeft', { ctrlKey: true })).toBeUndefined()
    expect(key('ArrowLeft', { metaKey: true })).toBeUndefined()
  })
})
