// Dragging the chips a card draws itself (many pods): pointer events are delegated to the card's
// chip grid, the pressed chip follows the pointer through its CSS translate (no React render per
// move), and on drop its place is saved in the layout slice under chipLayoutKey, the key the
// child-node chips use too. A press that does not move stays a click (the pod details). Arrow keys
// move a focused chip by a step.
import { useMemo, useRef, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react'
import { useStoreApi as useFlowStoreApi } from '@xyflow/react'
import type { GraphPod } from '../../store/selectors/graph'
import type { XY } from '../../store/types'
import { clampChip, isDrag, keyStep, type ChipPlaces } from './chipPlaces'
import { chipLayoutKey } from './flowNodes'
import { useGraphActions } from './graphContext'
import { chipSlot, type ChipArea } from './layout'

/** The chip attribute that names its pod (set on draggable DOM chips only). */
export const CHIP_POD_ATTR = 'data-pod'

interface Drag {
  el: HTMLElement
  podId: string
  pointerId: number
  startX: number
  startY: number
  /** the chip's place when pressed and its grid slot (flow units, relative to its card) */
  origin: XY
  slot: XY
  /** its translate when pressed (restored if the drag is cancelled) */
  before: string
  zoom: number
  w: number
  h: number
  moved: boolean
  at: XY
}

export interface ChipGridInput {
  pods: readonly GraphPod[]
  places: ChipPlaces
  columns: number
  parentId: string
  area: ChipArea
}

export interface ChipDragHandlers {
  onPointerDown: (e: PointerEvent<HTMLElement>) => void
  onPointerMove: (e: PointerEvent<HTMLElement>) => void
  onPointerUp: (e: PointerEvent<HTMLElement>) => void
  onPointerCancel: (e: PointerEvent<HTMLElement>) => void
  onClickCapture: (e: MouseEvent<HTMLElement>) => void
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void
}

/** The CSS translate that draws a chip placed at `place` although the grid puts it at `slot`. */
export function chipShift(place: XY, slot: XY): string {
  return `${place.x - slot.x}px ${place.y - slot.y}px`
}

/** Pointer handlers for a chip grid (put them on its container). */
export function useChipDrag({
  pods,
  places,
  columns,
  parentId,
  area,
}: ChipGridInput): ChipDragHandlers {
  const { store } = useGraphActions()
  const flow = useFlowStoreApi()
  const drag = useRef<Drag | undefined>(undefined)
  /** a drag just ended: the click that follows its pointerup must not open the pod */
  const swallowClick = useRef(false)

  return useMemo<ChipDragHandlers>(() => {
    const end = (e: PointerEvent<HTMLElement>): Drag | undefined => {
      const d = drag.current
      if (!d || d.pointerId !== e.pointerId) return undefined
      drag.current = undefined
      d.el.classList.remove('gchip--dragging')
      return d
    }
    /** The chip an event reached in this grid: its element, pod, card and grid slot. */
    const chipOf = (e: { target: EventTarget; currentTarget: HTMLElement }) => {
      const el =
        e.target instanceof Element ? e.target.closest<HTMLElement>(`[${CHIP_POD_ATTR}]`) : null
      const podId = el?.getAttribute(CHIP_POD_ATTR)
      const card = e.currentTarget.parentElement
      const index = podId ? pods.findIndex((p) => p.id === podId) : -1
      if (!el || !podId || !card || index < 0) return undefined
      return { el, podId, card, slot: chipSlot(index, area.top, columns) }
    }
    return {
      onPointerDown: (e) => {
        swallowClick.current = false
        const chip = e.button === 0 ? chipOf(e) : undefined
        if (!chip) return
        const { el, podId, card, slot } = chip
        drag.current = {
          el,
          podId,
          pointerId: e.pointerId,
          startX: e.clientX,
          startY: e.clientY,
          origin: places[podId] ?? slot,
          slot,
          before: el.style.translate,
          zoom: flow.getState().transform[2] || 1,
          w: card.offsetWidth,
          h: card.offsetHeight,
          moved: false,
          at: places[podId] ?? slot,
        }
        el.setPointerCapture(e.pointerId)
      },
      onPointerMove: (e) => {
        const d = drag.current
        if (!d || d.pointerId !== e.pointerId) return
        const dx = e.clientX - d.startX
        const dy = e.clientY - d.startY
        if (!d.moved) {
          if (!isDrag(dx, dy)) return
          d.moved = true
          d.el.classList.add('gchip--dragging')
        }
        const next = { x: d.origin.x + dx / d.zoom, y: d.origin.y + dy / d.zoom }
        d.at = clampChip(next, area, d.w, d.h)
        d.el.style.translate = chipShift(d.at, d.slot)
      },
      onPointerUp: (e) => {
        const d = end(e)
        if (!d?.moved) return
        swallowClick.current = true
        // the chip stays translated to its new place; the store's place re-renders it the same
        store.getState().setNodePosition(chipLayoutKey(d.podId, parentId), d.at)
      },
      onPointerCancel: (e) => {
        const d = end(e)
        if (d) d.el.style.translate = d.before
      },
      onClickCapture: (e) => {
        if (!swallowClick.current) return
        swallowClick.current = false
        e.stopPropagation()
        e.preventDefault()
      },
      // arrow keys on a focused chip: a drag by a step, from its place in the store (a key held
      // down repeats faster than the grid re-renders)
      onKeyDown: (e) => {
        const step = keyStep(e)
        const chip = step && chipOf(e)
        if (!step || !chip) return
        e.preventDefault()
        const { el, podId, card, slot } = chip
        const key = chipLayoutKey(podId, parentId)
        const from = store.getState().layout.positions[key] ?? slot
        // downwards the card grows to hold it (the card's height follows its lowest chip)
        const at = clampChip(
          { x: from.x + step.x, y: from.y + step.y },
          area,
          card.offsetWidth,
          Infinity,
        )
        el.style.translate = chipShift(at, slot)
        store.getState().setNodePosition(key, at)
      },
    }
  }, [pods, places, columns, parentId, area, store, flow])
}
