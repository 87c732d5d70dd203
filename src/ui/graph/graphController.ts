// The graph's view model outside React: follows the store (worldRevision, showSystemPods, layout),
// rebuilds the graph model and React Flow nodes with structural sharing, applies drag changes, and
// lets leaving chips fade. Components read it through useSyncExternalStore (xyflow's own pattern
// for external state), so typing in the terminal never reaches it.
import { applyNodeChanges, type NodeChange } from '@xyflow/react'
import type { StoreApi } from 'zustand/vanilla'
import {
  selectGraphModel,
  shareGraphModel,
  type GraphModel,
  type GraphPod,
} from '../../store/selectors/graph'
import type { World } from '../../sim'
import type { AppState, XY } from '../../store/types'
import {
  buildFlowNodes,
  chipLayoutKey,
  CHIP_NODE_LIMIT,
  LANE_ID,
  type BuildCache,
  type GraphFlowNode,
} from './flowNodes'
import { clampChip } from './chipPlaces'
import { CARD_CHIP_AREA, LANE_CHIP_AREA } from './layout'
import {
  domLeaving,
  emptyDomGhosts,
  nextGhostExpiry,
  withLeavingChips,
  type DomGhosts,
  type Ghost,
} from './leavingChips'

/** How long a chip that left stays to fade out (real ms; matches graph.css chip-out). */
export const LEAVE_MS = 450

/**
 * Told of every new snapshot. `urgent` is false for a world change of a big graph: React may render
 * it as a transition, in slices between other tasks (drags and measurements are always urgent).
 */
export type GraphListener = (urgent: boolean) => void

export interface GraphSnapshot {
  model: GraphModel | undefined
  nodes: GraphFlowNode[]
}

const EMPTY: GraphSnapshot = { model: undefined, nodes: [] }

export interface GraphInputs {
  world: World | undefined
  revision: number
  showSystemPods: boolean
  positions: Readonly<Record<string, XY>>
}

function inputsOf(s: AppState): GraphInputs {
  return {
    world: s.getRuntime()?.world,
    revision: s.worldRevision,
    showSystemPods: s.showSystemPods,
    positions: s.layout.positions,
  }
}

function sameInputs(a: GraphInputs, b: GraphInputs): boolean {
  return (
    a.world === b.world &&
    a.revision === b.revision &&
    a.showSystemPods === b.showSystemPods &&
    a.positions === b.positions
  )
}

/** The layout key a dragged React Flow node is saved under. */
export function layoutKeyOf(node: GraphFlowNode): string {
  return node.type === 'pod' && node.parentId ? chipLayoutKey(node.id, node.parentId) : node.id
}

export class GraphController {
  private snapshot: GraphSnapshot = EMPTY
  private inputs: GraphInputs | undefined
  private cache: BuildCache = new Map()
  private built: GraphFlowNode[] = []
  private ghosts = new Map<string, Ghost>()
  private domGhosts: DomGhosts = emptyDomGhosts()
  /** the model of the last build (leaving DOM chips are what it had and the next one lacks) */
  private lastModel: GraphModel | undefined
  private listeners = new Set<GraphListener>()
  /** the last snapshot drew chips inside their cards (many pods) */
  private big = false
  private unsubscribeStore: (() => void) | undefined
  private ghostTimer: ReturnType<typeof setTimeout> | undefined
  /** real-time source for the fade-out of leaving chips */
  private readonly realNow: () => number

  constructor(
    private readonly store: StoreApi<AppState>,
    opts: { realNow?: () => number } = {},
  ) {
    this.realNow = opts.realNow ?? (() => globalThis.performance.now())
  }

  subscribe = (listener: GraphListener): (() => void) => {
    this.listeners.add(listener)
    if (!this.unsubscribeStore) {
      this.unsubscribeStore = this.store.subscribe((s) => this.follow(s))
      this.follow(this.store.getState())
    }
    return () => {
      this.listeners.delete(listener)
      if (this.listeners.size === 0) this.dispose()
    }
  }

  getSnapshot = (): GraphSnapshot => {
    if (!this.unsubscribeStore) this.follow(this.store.getState())
    return this.snapshot
  }

  /** React Flow's onNodesChange: drags, selection, measured dimensions. */
  applyChanges = (changes: NodeChange<GraphFlowNode>[]): void => {
    const nodes = applyNodeChanges(changes, this.snapshot.nodes)
    // a drag is drawn at once; a big graph's cards that grew or shrank (React Flow measures them
    // after a world change, in the frame that draws it) may wait for a later slice
    const measuredOnly = changes.every((c) => c.type === 'dimensions')
    this.emit({ ...this.snapshot, nodes }, !(this.big && measuredOnly))
  }

  /**
   * Move a card, the lane or a chip drawn as a node by a keyboard step (flow units), a chip kept
   * within its card's sides and below its header; saved like a drop (the store's change redraws it).
   */
  nudge = (id: string, step: XY): void => {
    const nodes = this.snapshot.nodes
    const node = nodes.find((n) => n.id === id)
    if (!node) return
    let position = { x: node.position.x + step.x, y: node.position.y + step.y }
    if (node.parentId) {
      const parent = nodes.find((n) => n.id === node.parentId)
      if (!parent) return
      const area = parent.id === LANE_ID ? LANE_CHIP_AREA : CARD_CHIP_AREA
      // downwards its card grows to hold it, as it does for a chip dropped low
      position = clampChip(position, area, parent.width ?? 0, Infinity)
    }
    this.store.getState().setNodePosition(layoutKeyOf(node), position)
  }

  /** Save where the student dropped cards and chips. */
  savePositions = (dragged: readonly GraphFlowNode[]): void => {
    const state = this.store.getState()
    for (const n of dragged) state.setNodePosition(layoutKeyOf(n), n.position)
  }

  dispose(): void {
    this.unsubscribeStore?.()
    this.unsubscribeStore = undefined
    if (this.ghostTimer !== undefined) clearTimeout(this.ghostTimer)
    this.ghostTimer = undefined
  }

  private follow(s: AppState): void {
    const inputs = inputsOf(s)
    if (this.inputs && sameInputs(this.inputs, inputs)) return
    const worldChanged = this.inputs?.world !== inputs.world
    this.inputs = inputs
    if (worldChanged) {
      this.cache = new Map()
      this.ghosts.clear()
      this.domGhosts = emptyDomGhosts()
      this.lastModel = undefined
    }
    if (!inputs.world) {
      this.built = []
      this.emit(EMPTY)
      return
    }
    const model = shareGraphModel(
      worldChanged ? undefined : this.snapshot.model,
      selectGraphModel(inputs.world, { showSystemPods: inputs.showSystemPods }),
    )
    this.rebuild(model, worldChanged)
  }

  private rebuild(model: GraphModel, fresh = false): void {
    const inputs = this.inputs
    if (!inputs) return
    const now = this.realNow()
    const shown = model.pending.length + model.nodes.reduce((n, c) => n + c.pods.length, 0)
    const domChips = shown > CHIP_NODE_LIMIT
    this.big = domChips
    const leaving = domChips
      ? domLeaving(fresh ? undefined : this.lastModel, model, this.domGhosts, now, LEAVE_MS)
      : new Map<string, readonly GraphPod[]>()
    if (!domChips) this.domGhosts = emptyDomGhosts()
    else this.ghosts.clear()
    this.lastModel = model
    const built = buildFlowNodes(model, inputs.positions, this.cache, { domChips, leaving })
    const withGhosts = withLeavingChips(
      fresh || domChips ? [] : this.built,
      built,
      this.ghosts,
      now,
      LEAVE_MS,
    )
    this.cache = new Map(built.map((n) => [n.id, n]))
    const lastBuilt = new Map(this.built.map((n) => [n.id, n]))
    this.built = withGhosts
    const current = new Map(this.snapshot.nodes.map((n) => [n.id, n]))
    const nodes = withGhosts.map((b) => {
      const cur = current.get(b.id)
      if (!cur) return b
      if (lastBuilt.get(b.id) === b) return cur
      return {
        ...b,
        selected: cur.selected,
        measured: cur.measured,
        dragging: cur.dragging,
        position: cur.dragging ? cur.position : b.position,
      }
    })
    this.scheduleGhostSweep()
    // Nothing drawn changed (a clock tick): keep the snapshot, so React does not render at all.
    const prev = this.snapshot
    const sameNodes =
      nodes.length === prev.nodes.length && nodes.every((n, i) => n === prev.nodes[i])
    const sameModel =
      prev.model !== undefined &&
      model.nodes === prev.model.nodes &&
      model.pending === prev.model.pending &&
      model.legend === prev.model.legend &&
      model.hiddenSystemPods === prev.model.hiddenSystemPods &&
      model.cluster === prev.model.cluster
    if (sameNodes && sameModel) return
    // a big graph (chips drawn inside cards) may be drawn in slices; a small one at once
    this.emit(
      { model: sameModel ? prev.model : model, nodes: sameNodes ? prev.nodes : nodes },
      !domChips,
    )
  }

  private scheduleGhostSweep(): void {
    const next = nextGhostExpiry(this.ghosts, this.domGhosts)
    if (this.ghostTimer !== undefined || next === undefined) return
    this.ghostTimer = setTimeout(
      () => {
        this.ghostTimer = undefined
        if (this.snapshot.model) this.rebuild(this.snapshot.model)
      },
      Math.max(16, next - this.realNow() + 5),
    )
  }

  private emit(snapshot: GraphSnapshot, urgent = true): void {
    this.snapshot = snapshot
    for (const l of this.listeners) l(urgent)
  }
}
