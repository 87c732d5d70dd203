// The ReplicaSet controller (pkg/controller/replicaset/replica_set.go): keeps spec.replicas active
// pods (terminating ones do not count), deletes the least valuable first when scaling down
// (controller.ActivePodsWithRanks), and reports status.
import { recordEvent } from '../api/events'
import type { Pod, ReplicaSet, WatchEvent } from '../api/types'
import { fromLabelSelector, matchesSelector } from '../api/selectors'
import { defineController, splitKey, type ControllerContext } from './framework'
import { informerFor } from './informer'
import { controllerOf, controllerRef, isPodActive, isPodReady, podKey, timeOf } from './util'

const SOURCE = { component: 'replicaset-controller' }
const PHASE_RANK: Record<string, number> = { Pending: 0, Unknown: 1, Running: 2 }

/** Sort pods so the ones to delete first come first (ActivePodsWithRanks.Less, reduced). */
export function deletionOrder(pods: Pod[], podsPerNode: Map<string, number>): Pod[] {
  const rank = (p: Pod): number[] => [
    p.spec?.nodeName ? 1 : 0,
    PHASE_RANK[p.status?.phase ?? 'Pending'] ?? 0,
    isPodReady(p) ? 1 : 0,
    -(podsPerNode.get(p.spec?.nodeName ?? '') ?? 0),
    -timeOf(p.metadata?.creationTimestamp),
  ]
  return [...pods].sort((a, b) => {
    const ra = rank(a)
    const rb = rank(b)
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i]
    return a.metadata!.name! < b.metadata!.name! ? 1 : -1
  })
}

function newPod(rs: ReplicaSet): Pod {
  const tpl = rs.spec!.template!
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${rs.metadata!.name}-`,
      namespace: rs.metadata!.namespace,
      labels: { ...(tpl.metadata?.labels ?? {}) },
      ...(tpl.metadata?.annotations ? { annotations: { ...tpl.metadata.annotations } } : {}),
      ownerReferences: [controllerRef(rs as never)],
    },
    spec: structuredClone(tpl.spec!),
  }
}

function reconcileReplicaSet(key: string, ctx: ControllerContext): void {
  const { client } = ctx
  const { namespace, name } = splitKey(key)
  const rs = client.tryGet<ReplicaSet>('ReplicaSet', namespace, name)
  if (!rs || rs.metadata?.deletionTimestamp) return
  const uid = rs.metadata!.uid!
  const inf = informerFor(client.store)
  const tplLabels = rs.spec?.template?.metadata?.labels
  const sel = fromLabelSelector(tplLabels ? { matchLabels: tplLabels } : undefined)
  /** Active, fully labeled and ready pods, from the informer's counts (no pod is read). */
  const count = (): { replicas: number; labeled: number; ready: number } => {
    const st = inf.controlledStats(uid)
    if (!st) return { replicas: 0, labeled: 0, ready: 0 }
    let labeled = 0
    for (const l of st.labels.values()) if (matchesSelector(sel, l.labels)) labeled += l.count
    return { replicas: st.active, labeled, ready: st.ready }
  }
  let counts = count()
  const want = rs.spec?.replicas ?? 1
  if (counts.replicas < want) {
    for (let i = counts.replicas; i < want; i++) {
      const pod = client.create<Pod>(newPod(rs), { owned: true })
      recordEvent(
        client,
        rs,
        'Normal',
        'SuccessfulCreate',
        `Created pod: ${pod.metadata!.name}`,
        SOURCE,
      )
    }
    counts = count()
  } else if (counts.replicas > want) {
    const active = inf
      .podsOwnedBy(uid)
      .filter((p) => controllerOf(p)?.uid === uid && isPodActive(p))
    const perNode = new Map<string, number>()
    for (const p of active)
      perNode.set(p.spec?.nodeName ?? '', (perNode.get(p.spec?.nodeName ?? '') ?? 0) + 1)
    const doomed = deletionOrder(active, perNode).slice(0, active.length - want)
    for (const p of doomed) {
      client.delete('Pod', p.metadata!.namespace, p.metadata!.name!)
      recordEvent(
        client,
        rs,
        'Normal',
        'SuccessfulDelete',
        `Deleted pod: ${p.metadata!.name}`,
        SOURCE,
      )
    }
    counts = count()
  }
  const { replicas, labeled, ready } = counts
  const status: NonNullable<ReplicaSet['status']> = { replicas }
  if (labeled) status.fullyLabeledReplicas = labeled
  if (ready) status.readyReplicas = ready
  // divergence: minReadySeconds is not modelled, so available means ready
  if (ready) status.availableReplicas = ready
  status.observedGeneration = rs.metadata!.generation
  if (JSON.stringify(status) !== JSON.stringify(rs.status ?? {})) {
    client.update<ReplicaSet>({ ...rs, metadata: { ...rs.metadata }, status }, { owned: true })
  }
}

export const replicaSet = defineController({
  name: 'replicaset-controller',
  watches: ['ReplicaSet', 'Pod'],
  keysFor(ev: WatchEvent) {
    if (ev.object.kind === 'ReplicaSet') {
      return ev.type === 'DELETED' ? [] : [podKey(ev.object)]
    }
    const ref = controllerOf(ev.object)
    if (ref?.kind !== 'ReplicaSet') return []
    return [`${ev.object.metadata.namespace}/${ref.name}`]
  },
  reconcile(key, ctx) {
    reconcileReplicaSet(key, ctx)
  },
  resync(ctx) {
    return ctx.client.list('ReplicaSet').map((o) => podKey(o))
  },
})
