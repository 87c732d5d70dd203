// When taint-based eviction (kubernetes pkg/controller/tainteviction, processPodOnNode and
// getMinTolerationTime) will delete a pod of a node with NoExecute taints: at once if one taint is
// not tolerated, never if no used toleration has tolerationSeconds, else after the smallest one,
// counted from when the pod first came under the taints (the earliest timeAdded).
import type { Node, Pod, Taint, Toleration } from '../../sim'

/** Toleration.ToleratesTaint (k8s.io/api/core/v1/toleration.go). */
function tolerates(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false
  if (t.key && t.key !== taint.key) return false
  if (t.operator === 'Exists') return true
  return (t.value ?? '') === (taint.value ?? '')
}

function taintTime(taint: Taint, now: number): number {
  const t = taint.timeAdded ? Date.parse(taint.timeAdded) : NaN
  return Number.isNaN(t) ? now : t
}

/** Virtual ms at which the pod will be evicted by the node's NoExecute taints; undefined = never. */
export function podEvictionTime(pod: Pod, node: Node, now: number): number | undefined {
  const taints = (node.spec?.taints ?? []).filter((t) => t.effect === 'NoExecute')
  if (taints.length === 0 || pod.metadata?.deletionTimestamp) return undefined
  const tolerations = pod.spec?.tolerations ?? []
  const start = Math.min(...taints.map((t) => taintTime(t, now)))
  const used = new Set<Toleration>()
  for (const taint of taints) {
    // GetMatchingTolerations: the first toleration that tolerates each taint is the one used.
    const first = tolerations.find((t) => tolerates(t, taint))
    if (!first) return Math.max(...taints.map((t) => taintTime(t, now)))
    used.add(first)
  }
  let min: number | undefined
  for (const t of used) {
    if (typeof t.tolerationSeconds !== 'number') continue
    if (t.tolerationSeconds <= 0) return start
    if (min === undefined || t.tolerationSeconds < min) min = t.tolerationSeconds
  }
  return min === undefined ? undefined : start + min * 1000
}
