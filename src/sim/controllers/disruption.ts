// The disruption controller (pkg/controller/disruption/disruption.go): PodDisruptionBudget status
// from minAvailable / maxUnavailable over the matching pods, and disruptedPods bookkeeping.
import type { Deployment, Pod, PodDisruptionBudget, ReplicaSet, WatchEvent } from '../api/types'
import { fromLabelSelector, matchesSelector } from '../api/selectors'
import { defineController, splitKey, type ControllerContext } from './framework'
import { controllerOf, isPodReady, podKey, scaledValue } from './util'

/** expectedCount: the scale of each pod's controller (for a percent or maxUnavailable). */
function expectedScale(pods: Pod[], ctx: ControllerContext): number {
  const seen = new Map<string, number>()
  for (const p of pods) {
    const ref = controllerOf(p)
    if (!ref || seen.has(ref.uid)) continue
    const ns = p.metadata!.namespace
    let scale: number
    if (ref.kind === 'ReplicaSet') {
      const rs = ctx.client.tryGet<ReplicaSet>('ReplicaSet', ns, ref.name)
      const dref = rs && controllerOf(rs)
      const d =
        dref?.kind === 'Deployment'
          ? ctx.client.tryGet<Deployment>('Deployment', ns, dref.name)
          : undefined
      if (d) {
        if (seen.has(d.metadata!.uid!)) continue
        seen.set(d.metadata!.uid!, d.spec?.replicas ?? 1)
        continue
      }
      scale = rs?.spec?.replicas ?? 0
    } else if (ref.kind === 'StatefulSet') {
      scale =
        (ctx.client.tryGet('StatefulSet', ns, ref.name)?.spec as { replicas?: number } | undefined)
          ?.replicas ?? 0
    } else continue
    seen.set(ref.uid, scale)
  }
  return [...seen.values()].reduce((a, b) => a + b, 0)
}

function reconcilePdb(key: string, ctx: ControllerContext): void {
  const { client } = ctx
  const { namespace, name } = splitKey(key)
  const pdb = client.tryGet<PodDisruptionBudget>('PodDisruptionBudget', namespace, name)
  if (!pdb) return
  const sel = fromLabelSelector(pdb.spec?.selector)
  const pods = client
    .list<Pod>('Pod', { namespace })
    .filter((p) => !!pdb.spec?.selector && matchesSelector(sel, p.metadata?.labels))
  const live = pods.filter((p) => !p.metadata?.deletionTimestamp)
  const healthy = live.filter(isPodReady).length
  let expected: number
  let desired: number
  const { minAvailable, maxUnavailable } = pdb.spec ?? {}
  if (maxUnavailable !== undefined) {
    expected = expectedScale(pods, ctx)
    desired = Math.max(0, expected - scaledValue(maxUnavailable, expected, true))
  } else if (typeof minAvailable === 'number') {
    expected = pods.length
    desired = minAvailable
  } else if (minAvailable !== undefined) {
    expected = expectedScale(pods, ctx)
    desired = scaledValue(minAvailable, expected, true)
  } else {
    expected = live.length
    desired = 0
  }
  const disrupted: Record<string, string> = {}
  for (const [pod, at] of Object.entries(pdb.status?.disruptedPods ?? {})) {
    const p = client.tryGet<Pod>('Pod', namespace, pod)
    // divergence: upstream also drops entries after a 2-minute timeout
    if (p && !p.metadata?.deletionTimestamp) disrupted[pod] = at
  }
  const status: NonNullable<PodDisruptionBudget['status']> = {
    currentHealthy: healthy,
    desiredHealthy: desired,
    disruptionsAllowed: Math.max(0, healthy - desired - Object.keys(disrupted).length),
    expectedPods: expected,
    observedGeneration: pdb.metadata!.generation,
  }
  if (Object.keys(disrupted).length) status.disruptedPods = disrupted
  const ok = status.disruptionsAllowed > 0
  const cond = {
    type: 'DisruptionAllowed',
    status: ok ? 'True' : 'False',
    reason: ok ? 'SufficientPods' : 'InsufficientPods',
    message: '',
    observedGeneration: pdb.metadata!.generation,
    lastTransitionTime: '',
  }
  const prev = pdb.status?.conditions?.find((c) => c.type === 'DisruptionAllowed')
  cond.lastTransitionTime =
    prev && prev.status === cond.status ? prev.lastTransitionTime : client.now()
  status.conditions = [cond]
  if (JSON.stringify(status) !== JSON.stringify(pdb.status ?? {}))
    client.patch<PodDisruptionBudget>('PodDisruptionBudget', namespace, name, (x) => {
      x.status = status
    })
}

export const disruption = defineController({
  name: 'disruption-controller',
  watches: ['PodDisruptionBudget', 'Pod'],
  keysFor(ev: WatchEvent, ctx) {
    if (ev.object.kind === 'PodDisruptionBudget')
      return ev.type === 'DELETED' ? [] : [podKey(ev.object)]
    const pod = ev.object as Pod
    const ns = pod.metadata!.namespace
    return ctx.client
      .list<PodDisruptionBudget>('PodDisruptionBudget', { namespace: ns })
      .filter((p) => {
        const sel = fromLabelSelector(p.spec?.selector)
        return (
          matchesSelector(sel, pod.metadata?.labels) ||
          matchesSelector(sel, (ev.old as Pod | undefined)?.metadata?.labels)
        )
      })
      .map((p) => podKey(p))
  },
  reconcile(key, ctx) {
    reconcilePdb(key, ctx)
  },
  resync(ctx) {
    return ctx.client.list('PodDisruptionBudget').map((o) => podKey(o))
  },
})
