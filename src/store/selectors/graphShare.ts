// Structural sharing between two graph models (like immer's or TanStack Query's replaceEqualDeep):
// unchanged pods and cards keep their identity, so memoised components skip them.
import type { GraphModel, GraphNodeCard, GraphPod, LegendEntry } from './graph'

function samePod(a: GraphPod, b: GraphPod): boolean {
  if (a === b) return true
  for (const k of Object.keys(a) as (keyof GraphPod)[]) if (a[k] !== b[k]) return false
  return true
}

function sharePods(prev: readonly GraphPod[] | undefined, next: GraphPod[]): GraphPod[] {
  if (!prev) return next
  let changed = prev.length !== next.length
  let byId: Map<string, GraphPod> | undefined
  const out = next.map((p, i) => {
    let old: GraphPod | undefined = prev[i]
    if (old === p) return p
    if (old?.id !== p.id) old = (byId ??= new Map(prev.map((q) => [q.id, q]))).get(p.id)
    const kept = old && samePod(old, p) ? old : p
    if (kept !== prev[i]) changed = true
    return kept
  })
  return changed ? out : (prev as GraphPod[])
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i])
}

function shareCard(prev: GraphNodeCard | undefined, next: GraphNodeCard): GraphNodeCard {
  if (!prev) return next
  const pods = sharePods(prev.pods, next.pods)
  const taints = sameStrings(prev.taints, next.taints) ? prev.taints : next.taints
  const merged = { ...next, pods, taints }
  for (const k of Object.keys(merged) as (keyof GraphNodeCard)[])
    if (merged[k] !== prev[k]) return merged
  return prev
}

function sameLegend(a: LegendEntry[], b: LegendEntry[]): boolean {
  return (
    a.length === b.length &&
    a.every((e, i) => {
      const f = b[i]
      return e.colorKey === f.colorKey && e.count === f.count && e.label === f.label
    })
  )
}

/** `next` with every part equal to `prev` replaced by prev's object. */
export function shareGraphModel(prev: GraphModel | undefined, next: GraphModel): GraphModel {
  if (!prev) return next
  const cardsById = new Map(prev.nodes.map((c) => [c.id, c]))
  const nodes = next.nodes.map((c) => shareCard(cardsById.get(c.id), c))
  const sameNodes = nodes.length === prev.nodes.length && nodes.every((c, i) => c === prev.nodes[i])
  return {
    ...next,
    nodes: sameNodes ? prev.nodes : nodes,
    pending: sharePods(prev.pending, next.pending),
    legend: sameLegend(prev.legend, next.legend) ? prev.legend : next.legend,
  }
}
