// Graph layout chosen by the student: dragged card/chip positions and the kube-system toggle.
import type { LayoutSlice, SliceCreator } from '../types'

export const createLayoutSlice: SliceCreator<LayoutSlice> = (set, _get, ctx) => ({
  layout: { positions: {} },
  showSystemPods: false,
  setNodePosition: (id, pos) => {
    set((s) => {
      s.layout.positions[id] = { x: Math.round(pos.x), y: Math.round(pos.y) }
    })
    ctx.persistSoon()
  },
  toggleSystemPods: () => {
    set((s) => {
      s.showSystemPods = !s.showSystemPods
    })
    ctx.persistSoon()
  },
})
