// The garbage collector (pkg/controller/garbagecollector): background cascading deletion. An
// object whose owners are all gone (no object with that kind, name and uid) is deleted; pods
// gracefully, as upstream.
import { kindInfo } from '../api/kinds'
import type { KObject, WatchEvent } from '../api/types'
import { defineController, type ControllerContext } from './framework'
import { informerFor } from './informer'

const OWNER_PREFIX = 'owner:'

function refOf(o: KObject): string {
  return `${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`
}

function ownerExists(o: KObject, ctx: ControllerContext): boolean {
  const refs = o.metadata.ownerReferences ?? []
  return refs.some((r) => {
    const info = kindInfo(r.kind)
    if (!info) return true // an owner kind we do not model: leave the object alone
    const owner = ctx.client.tryGet(
      r.kind,
      info.namespaced ? o.metadata.namespace : undefined,
      r.name,
    )
    return owner?.metadata.uid === r.uid
  })
}

function collect(o: KObject, ctx: ControllerContext): void {
  if (!o.metadata.ownerReferences?.length || o.metadata.deletionTimestamp) return
  if (ownerExists(o, ctx)) return
  ctx.client.delete(o.kind, o.metadata.namespace, o.metadata.name)
}

export const garbageCollector = defineController({
  name: 'garbage-collector',
  watches: [
    'Pod',
    'ReplicaSet',
    'Deployment',
    'DaemonSet',
    'StatefulSet',
    'Node',
    'Lease',
    'Event',
    'ConfigMap',
    'Secret',
    'Service',
    'PodDisruptionBudget',
  ],
  keysFor(ev: WatchEvent) {
    if (ev.type === 'DELETED') return [OWNER_PREFIX + ev.object.metadata.uid]
    if (ev.type === 'ADDED' && ev.object.metadata.ownerReferences?.length) return [refOf(ev.object)]
    return []
  },
  reconcile(key, ctx) {
    if (key.startsWith(OWNER_PREFIX)) {
      for (const o of informerFor(ctx.client.store).dependentsOf(key.slice(OWNER_PREFIX.length)))
        collect(o, ctx)
      return
    }
    const [kind, ns, name] = key.split('|')
    const o = ctx.client.tryGet(kind, ns || undefined, name)
    if (o) collect(o, ctx)
  },
  resync(ctx) {
    const out: string[] = []
    for (const kind of ctx.client.store.kinds())
      for (const o of ctx.client.store.list(kind))
        if (o.metadata.ownerReferences?.length) out.push(refOf(o))
    return out
  },
})
