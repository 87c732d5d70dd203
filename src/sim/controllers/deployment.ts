// The Deployment controller (pkg/controller/deployment: sync.go, rolling.go, progress.go,
// util/deployment_util.go): one ReplicaSet per pod template, named with ComputeHash, revision
// annotations, a simplified rolling update, and the Available/Progressing conditions.
import { recordEvent } from '../api/events'
import { rfc3339 } from '../api/time'
import type { Deployment, ReplicaSet, WatchEvent } from '../api/types'
import { fnv32a, safeEncodeString } from '../random'
import { defineController, splitKey, type ControllerContext } from './framework'
import { informerFor } from './informer'
import { canonicalJson, controllerOf, controllerRef, podKey, scaledValue, timeOf } from './util'

const HASH_LABEL = 'pod-template-hash'
const REVISION = 'deployment.kubernetes.io/revision'
const DESIRED = 'deployment.kubernetes.io/desired-replicas'
const MAX = 'deployment.kubernetes.io/max-replicas'
const SOURCE = { component: 'deployment-controller' }

type Template = NonNullable<NonNullable<Deployment['spec']>['template']>
type Condition = NonNullable<NonNullable<Deployment['status']>['conditions']>[number]

/** controller.ComputeHash: fnv32a over the template, SafeEncodeString of its decimal form. */
export function computeHash(template: Template): string {
  return safeEncodeString(String(fnv32a(canonicalJson(template))))
}

function withoutHash(t: Template | undefined): string {
  const c = structuredClone<Template>(t ?? {})
  if (c.metadata?.labels) delete c.metadata.labels[HASH_LABEL]
  return canonicalJson(c)
}

/** withoutHash memoised by template object (stored objects are immutable; status writes share it). */
const templateKeys = new WeakMap<object, string>()

function templateKey(o: Deployment | ReplicaSet): string {
  const t = o.spec?.template
  if (!t) return withoutHash(t)
  let k = templateKeys.get(t)
  if (k === undefined) templateKeys.set(t, (k = withoutHash(t)))
  return k
}

function maxSurge(d: Deployment): number {
  const want = d.spec?.replicas ?? 1
  if (d.spec?.strategy?.type === 'Recreate') return 0
  return scaledValue(d.spec?.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true)
}

function maxUnavailable(d: Deployment): number {
  const want = d.spec?.replicas ?? 1
  if (d.spec?.strategy?.type === 'Recreate') return want
  const v = scaledValue(d.spec?.strategy?.rollingUpdate?.maxUnavailable ?? '25%', want, false)
  return Math.min(v, want)
}

function newReplicaSet(
  d: Deployment,
  hash: string,
  revision: number,
  replicas: number,
): ReplicaSet {
  const tpl = structuredClone(d.spec!.template)
  tpl.metadata = {
    ...tpl.metadata,
    labels: { ...(tpl.metadata?.labels ?? {}), [HASH_LABEL]: hash },
  }
  const sel = structuredClone(d.spec!.selector ?? {})
  sel.matchLabels = { ...(sel.matchLabels ?? {}), [HASH_LABEL]: hash }
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: `${d.metadata!.name}-${hash}`,
      namespace: d.metadata!.namespace,
      labels: { ...tpl.metadata.labels },
      annotations: {
        [DESIRED]: String(d.spec?.replicas ?? 1),
        [MAX]: String((d.spec?.replicas ?? 1) + maxSurge(d)),
        [REVISION]: String(revision),
      },
      ownerReferences: [controllerRef(d as never)],
    },
    spec: { replicas, selector: sel, template: tpl },
  }
}

/** SetDeploymentCondition: no-op for the same status and reason; a changed one moves last. */
function setCondition(
  conds: Condition[],
  c: Omit<Condition, 'lastUpdateTime' | 'lastTransitionTime'>,
  now: string,
): Condition[] {
  const cur = conds.find((x) => x.type === c.type)
  if (cur && cur.status === c.status && cur.reason === c.reason) return conds
  const lastTransitionTime = cur && cur.status === c.status ? cur.lastTransitionTime : now
  return [
    ...conds.filter((x) => x.type !== c.type),
    { ...c, lastUpdateTime: now, lastTransitionTime },
  ]
}

function scale(rs: ReplicaSet, to: number, d: Deployment, ctx: ControllerContext): ReplicaSet {
  const from = rs.spec?.replicas ?? 0
  const desired = String(d.spec?.replicas ?? 1)
  const max = String((d.spec?.replicas ?? 1) + maxSurge(d))
  const ann = rs.metadata?.annotations ?? {}
  if (from === to && ann[DESIRED] === desired && ann[MAX] === max) return rs
  const updated = ctx.client.patch<ReplicaSet>(
    'ReplicaSet',
    rs.metadata!.namespace,
    rs.metadata!.name!,
    (r) => {
      r.spec!.replicas = to
      r.metadata!.annotations = { ...r.metadata!.annotations, [DESIRED]: desired, [MAX]: max }
    },
  )
  if (from !== to) {
    const op = to > from ? 'up' : 'down'
    recordEvent(
      ctx.client,
      d,
      'Normal',
      'ScalingReplicaSet',
      `Scaled ${op} replica set ${rs.metadata!.name} from ${from} to ${to}`,
      SOURCE,
    )
  }
  return updated
}

function reconcileDeployment(key: string, ctx: ControllerContext): number | undefined {
  const { client } = ctx
  const { namespace, name } = splitKey(key)
  const d = client.tryGet<Deployment>('Deployment', namespace, name)
  if (!d || d.metadata?.deletionTimestamp) return undefined
  const nowStr = rfc3339(ctx.clock.now())
  const uid = d.metadata!.uid!
  const owned = informerFor(client.store)
    .dependentsOf(uid)
    .filter((o) => o.kind === 'ReplicaSet' && controllerOf(o)?.uid === uid) as ReplicaSet[]
  const tplKey = templateKey(d)
  let newRS = owned.find((rs) => templateKey(rs) === tplKey)
  const old = owned.filter((rs) => rs !== newRS)
  const want = d.spec?.replicas ?? 1
  let conds = [...(d.status?.conditions ?? [])]
  const maxRevision = Math.max(
    0,
    ...owned.map((rs) => Number(rs.metadata?.annotations?.[REVISION] ?? 0)),
  )
  if (!newRS) {
    const hash = computeHash(d.spec!.template)
    const oldTotal = old.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0)
    const start = old.length ? Math.max(0, Math.min(want, want + maxSurge(d) - oldTotal)) : want
    newRS = client.create<ReplicaSet>(newReplicaSet(d, hash, maxRevision + 1, start))
    if (start > 0)
      recordEvent(
        client,
        d,
        'Normal',
        'ScalingReplicaSet',
        `Scaled up replica set ${newRS.metadata!.name} from 0 to ${start}`,
        SOURCE,
      )
    conds = setCondition(
      conds,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetCreated',
        message: `Created new replica set "${newRS.metadata!.name}"`,
      },
      nowStr,
    )
  } else if (Number(newRS.metadata?.annotations?.[REVISION] ?? 0) < maxRevision) {
    // a rollback to an older template: it becomes the newest revision
    newRS = client.patch<ReplicaSet>('ReplicaSet', namespace, newRS.metadata!.name!, (r) => {
      r.metadata!.annotations = { ...r.metadata!.annotations, [REVISION]: String(maxRevision + 1) }
    })
  }
  // divergence: a simple rolling update: new RS to full size, old ones shrink as new pods become available
  newRS = scale(newRS, want, d, ctx)
  const newAvailable = newRS.status?.availableReplicas ?? 0
  let keepOld = Math.max(0, want - maxUnavailable(d) - newAvailable)
  for (const rs of old.sort(
    (a, b) => timeOf(b.metadata?.creationTimestamp) - timeOf(a.metadata?.creationTimestamp),
  )) {
    const to = Math.min(rs.spec?.replicas ?? 0, keepOld)
    keepOld -= to
    scale(rs, to, d, ctx)
  }
  const all = [newRS, ...old].map(
    (rs) => client.tryGet<ReplicaSet>('ReplicaSet', namespace, rs.metadata!.name!) ?? rs,
  )
  const sum = (f: (rs: ReplicaSet) => number | undefined): number =>
    all.reduce((n, rs) => n + (f(rs) ?? 0), 0)
  const cur = all[0]
  const status: NonNullable<Deployment['status']> = {}
  const available = sum((rs) => rs.status?.availableReplicas)
  const replicas = sum((rs) => rs.status?.replicas)
  const updated = cur.status?.replicas ?? 0
  const ready = sum((rs) => rs.status?.readyReplicas)
  const unavailable = Math.max(0, sum((rs) => rs.spec?.replicas) - available)
  status.observedGeneration = d.metadata!.generation
  if (replicas) status.replicas = replicas
  if (updated) status.updatedReplicas = updated
  if (ready) status.readyReplicas = ready
  if (available) status.availableReplicas = available
  if (unavailable) status.unavailableReplicas = unavailable
  const minAvailable = want - maxUnavailable(d)
  conds =
    available >= minAvailable
      ? setCondition(
          conds,
          {
            type: 'Available',
            status: 'True',
            reason: 'MinimumReplicasAvailable',
            message: 'Deployment has minimum availability.',
          },
          nowStr,
        )
      : setCondition(
          conds,
          {
            type: 'Available',
            status: 'False',
            reason: 'MinimumReplicasUnavailable',
            message: 'Deployment does not have minimum availability.',
          },
          nowStr,
        )
  const rsName = cur.metadata!.name!
  const complete = updated === want && replicas === want && available === want
  const prev = d.status ?? {}
  // util.DeploymentProgressing
  const progressing =
    updated > (prev.updatedReplicas ?? 0) ||
    replicas - updated < (prev.replicas ?? 0) - (prev.updatedReplicas ?? 0) ||
    ready > (prev.readyReplicas ?? 0) ||
    available > (prev.availableReplicas ?? 0)
  let requeue: number | undefined
  if (complete) {
    conds = setCondition(
      conds,
      {
        type: 'Progressing',
        status: 'True',
        reason: 'NewReplicaSetAvailable',
        message: `ReplicaSet "${rsName}" has successfully progressed.`,
      },
      nowStr,
    )
  } else if (progressing) {
    const p = conds.find((c) => c.type === 'Progressing')
    const c = {
      type: 'Progressing',
      status: 'True',
      reason: 'ReplicaSetUpdated',
      message: `ReplicaSet "${rsName}" is progressing.`,
    }
    conds =
      p && p.status === 'True'
        ? [
            ...conds.filter((x) => x.type !== 'Progressing'),
            { ...c, lastUpdateTime: nowStr, lastTransitionTime: p.lastTransitionTime },
          ]
        : setCondition(conds, c, nowStr)
  } else {
    const p = conds.find((c) => c.type === 'Progressing')
    const deadline = timeOf(p?.lastUpdateTime) + (d.spec?.progressDeadlineSeconds ?? 600) * 1000
    if (p && p.reason !== 'ProgressDeadlineExceeded' && p.reason !== 'NewReplicaSetAvailable') {
      if (ctx.clock.now() >= deadline)
        conds = setCondition(
          conds,
          {
            type: 'Progressing',
            status: 'False',
            reason: 'ProgressDeadlineExceeded',
            message: `ReplicaSet "${rsName}" has timed out progressing.`,
          },
          nowStr,
        )
      else requeue = deadline - ctx.clock.now()
    }
  }
  status.conditions = conds
  const revision = cur.metadata?.annotations?.[REVISION]
  const annChanged = revision !== undefined && d.metadata?.annotations?.[REVISION] !== revision
  if (annChanged || JSON.stringify(status) !== JSON.stringify(d.status ?? {})) {
    const metadata = { ...d.metadata }
    if (annChanged) metadata.annotations = { ...metadata.annotations, [REVISION]: revision }
    client.update<Deployment>({ ...d, metadata, status }, { owned: true })
  }
  return requeue
}

export const deployment = defineController({
  name: 'deployment-controller',
  watches: ['Deployment', 'ReplicaSet'],
  keysFor(ev: WatchEvent) {
    if (ev.object.kind === 'Deployment') return ev.type === 'DELETED' ? [] : [podKey(ev.object)]
    const ref = controllerOf(ev.object)
    return ref?.kind === 'Deployment' ? [`${ev.object.metadata.namespace}/${ref.name}`] : []
  },
  reconcile(key, ctx) {
    const after = reconcileDeployment(key, ctx)
    return after === undefined ? undefined : { requeueAfterMs: after }
  },
  resync(ctx) {
    return ctx.client.list('Deployment').map((o) => podKey(o))
  },
})
