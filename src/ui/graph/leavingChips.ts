// Chips that just left the model stay a moment with a "leaving" look so they can fade out: as
// ghost React Flow nodes (chips as child nodes) or as extra chips drawn in their card (DOM chips).
import type { GraphModel, GraphPod } from '../../store/selectors/graph'
import { LANE_ID, type GraphFlowNode, type PodNode } from './flowNodes'

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

/** Ghost DOM chips per parent (card id or the lane), with a stable array per parent for memo. */
export interface DomGhosts {
  byParent: Map<string, Map<string, { pod: GraphPod; until: number }>>
  arrays: Map<string, readonly GraphPod[]>
}

export function emptyDomGhosts(): DomGhosts {
  return { byParent: new Map(), arrays: new Map() }
}

function podsByParent(model: GraphModel | undefined): Map<string, readonly GraphPod[]> {
  const m = new Map<string, readonly GraphPod[]>()
  if (!model) return m
  for (const c of model.nodes) m.set(c.id, c.pods)
  m.set(LANE_ID, model.pending)
  return m
}

/**
 * The chips that left each card (or the lane) since `prev`, kept until their time is up; arrays
 * keep their identity while their content does not change.
 */
export function domLeaving(
  prev: GraphModel | undefined,
  next: GraphModel,
  ghosts: DomGhosts,
  nowMs: number,
  ttlMs: number,
): Map<string, readonly GraphPod[]> {
  const before = podsByParent(prev)
  const after = podsByParent(next)
  for (const [parent, pods] of before) {
    const now = after.get(parent)
    if (!now || pods === now) continue
    const ids = new Set(now.map((p) => p.id))
    for (const p of pods) {
      if (ids.has(p.id)) continue
      let g = ghosts.byParent.get(parent)
      if (!g) ghosts.byParent.set(parent, (g = new Map<string, { pod: GraphPod; until: number }>()))
      if (!g.has(p.id)) g.set(p.id, { pod: p, until: nowMs + ttlMs })
    }
  }
  const out = new Map<string, readonly GraphPod[]>()
  for (const [parent, g] of ghosts.byParent) {
    const present = after.get(parent)
    const ids = new Set(present?.map((p) => p.id))
    let changed = false
    for (const [id, e] of g)
      if (!present || e.until <= nowMs || ids.has(id)) {
        g.delete(id)
        changed = true
      }
    if (g.size === 0) {
      ghosts.byParent.delete(parent)
      ghosts.arrays.delete(parent)
      continue
    }
    const old = ghosts.arrays.get(parent)
    const arr = old && !changed && old.length === g.size ? old : [...g.values()].map((e) => e.pod)
    ghosts.arrays.set(parent, arr)
    out.set(parent, arr)
  }
  return out
}

/** When the next ghost is due to go, or undefined when there is none. */
export function nextGhostExpiry(rf: Map<string, Ghost>, dom: DomGhosts): number | undefined {
  let t: number | undefined
  for (const g of rf.values()) t = t === undefined ? g.until : Math.min(t, g.until)
  for (const m of dom.byParent.values())
    for (const g of m.values()) t = t === undefined ? g.until : Math.min(t, g.until)
  return t
}
