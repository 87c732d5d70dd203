// Small helpers shared by controllers, after k8s.io/kubernetes pkg/api/v1/pod (podutil),
// pkg/controller (controller_utils.go) and component-helpers/scheduling/corev1 (taints, tolerations).
import type { KObject, Node, OwnerReference, Pod, PodStatus, Taint, Toleration } from '../api/types'
export { canonicalJson } from '../api/canonicalJson'
import { parseTime, rfc3339 } from '../api/time'

export type PodCondition = NonNullable<PodStatus['conditions']>[number]

/** podutil.IsPodReady: condition Ready is True. */
export function isPodReady(pod: Pod): boolean {
  return pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

/** controller.IsPodActive: not terminal and not being deleted. */
export function isPodActive(pod: Pod): boolean {
  const phase = pod.status?.phase
  return phase !== 'Succeeded' && phase !== 'Failed' && !pod.metadata?.deletionTimestamp
}

export function isPodTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
}

/** metav1.GetControllerOf. */
export function controllerOf(o: { metadata?: { ownerReferences?: OwnerReference[] } }) {
  return o.metadata?.ownerReferences?.find((r) => r.controller)
}

/** metav1.NewControllerRef. */
export function controllerRef(owner: KObject): OwnerReference {
  return {
    apiVersion: owner.apiVersion,
    kind: owner.kind,
    name: owner.metadata.name,
    uid: owner.metadata.uid!,
    controller: true,
    blockOwnerDeletion: true,
  }
}

/** Toleration.ToleratesTaint (component-helpers). */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false
  if (t.key && t.key !== taint.key) return false
  if (!t.key && t.operator !== 'Exists') return false
  if (t.operator === 'Exists') return true
  return (t.value ?? '') === (taint.value ?? '')
}

export function tolerates(tolerations: Toleration[] | undefined, taint: Taint): boolean {
  return (tolerations ?? []).some((t) => toleratesTaint(t, taint))
}

/** The first taint with one of these effects that no toleration covers. */
export function untoleratedTaint(
  taints: Taint[] | undefined,
  tolerations: Toleration[] | undefined,
  effects: string[],
): Taint | undefined {
  return (taints ?? []).find((t) => effects.includes(t.effect) && !tolerates(tolerations, t))
}

export function nodeReadyStatus(node: Node): string | undefined {
  return node.status?.conditions?.find((c) => c.type === 'Ready')?.status
}

/**
 * podutil.UpdatePodCondition: replace the condition of that type; lastTransitionTime moves only
 * when the status changes. Returns true when anything changed.
 */
export function setPodCondition(status: PodStatus, cond: PodCondition, now: number): boolean {
  const conds = (status.conditions ??= [])
  const i = conds.findIndex((c) => c.type === cond.type)
  const next: PodCondition = { ...cond }
  if (i < 0) {
    next.lastTransitionTime ??= rfc3339(now)
    conds.push(next)
    return true
  }
  const cur = conds[i]
  next.lastTransitionTime =
    cur.status === next.status ? cur.lastTransitionTime : (next.lastTransitionTime ?? rfc3339(now))
  if (JSON.stringify(cur) === JSON.stringify(next)) return false
  conds[i] = next
  return true
}

/**
 * intstr.GetScaledValueFromIntOrPercent: an int, or a percent of total rounded up or down.
 */
export function scaledValue(
  v: number | string | undefined,
  total: number,
  roundUp: boolean,
): number {
  if (v === undefined) return 0
  if (typeof v === 'number') return v
  const m = /^(\d+)%$/.exec(v)
  if (!m) return parseInt(v, 10) || 0
  const x = (parseInt(m[1], 10) * total) / 100
  return roundUp ? Math.ceil(x) : Math.floor(x)
}

/** Epoch ms of an RFC 3339 string, or fallback. */
export function timeOf(s: string | undefined, fallback = 0): number {
  return parseTime(s) ?? fallback
}

/** Key of a namespaced object: `ns/name`. */
export function podKey(p: { metadata?: { namespace?: string; name?: string } }): string {
  return `${p.metadata?.namespace ?? 'default'}/${p.metadata?.name ?? ''}`
}
