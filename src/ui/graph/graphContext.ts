// What the graph's node components reach without props: the store (for the clock countdowns) and
// the openers of the node menu and the pod popover, the keyboard mover. The value is stable, so memo'd nodes stay put.
import { createContext, useContext } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { AppState, XY } from '../../store/types'

export interface GraphActions {
  store: StoreApi<AppState>
  openNodeMenu: (nodeId: string, anchor: HTMLElement) => void
  openPod: (podId: string, anchor: HTMLElement) => void
  /** move a card, the lane or a chip node by an arrow key's step (flow units) */
  nudge: (nodeId: string, step: XY) => void
}

export const GraphActionsContext = createContext<GraphActions | undefined>(undefined)

export function useGraphActions(): GraphActions {
  const v = useContext(GraphActionsContext)
  if (!v) throw new Error('graph node rendered outside <ClusterGraph>')
  return v
}
