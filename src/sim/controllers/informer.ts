// A shared informer's indexers (client-go tools/cache Indexer): pods by node, objects by owner
// uid, unscheduled pods. Built from the store on first use and kept current by its watch, so
// controllers stay cheap in a 500-node world and are rebuilt from object state after a restore.
import type { ObjectStore } from '../api/objectStore'
import type { KObject, Node, Pod, WatchEvent } from '../api/types'

export interface ObjectRef {
  kind: string
  namespace?: string
  name: string
}

export class Informer {
  /** node name → pod keys (`ns/name`) bound to it */
  readonly podsByNode = new Map<string, Set<string>>()
  /** owner uid → refs of objects listing it in ownerReferences */
  readonly dependents = new Map<string, Map<string, ObjectRef>>()
  /** controller uid → node name → number of its pods bound there */
  readonly ownedPodsPerNode = new Map<string, Map<string, number>>()
  /** node name → pod IPs in use there (host-network pods included) */
  readonly ipsByNode = new Map<string, Map<string, number>>()
  /** pod keys without spec.nodeName and not being deleted */
  readonly unscheduled = new Set<string>()
  private readonly unwatch: () => void
  private nodeCache: Node[] | undefined

  constructor(private readonly store: ObjectStore) {
    for (const o of store.dump()) this.add(o)
    this.unwatch = store.watch((ev) => this.onEvent(ev))
  }

  dispose(): void {
    this.unwatch()
  }

  /** Pods bound to a node (live objects, in key order). */
  podsOn(node: string): Pod[] {
    const keys = this.podsByNode.get(node)
    if (!keys) return []
    return [...keys].sort().flatMap((k) => {
      const p = this.getPod(k)
      return p ? [p] : []
    })
  }

  /** All nodes in name order, cached until a node changes. */
  nodes(): Node[] {
    return (this.nodeCache ??= this.store.list('Node') as Node[])
  }

  podCount(node: string): number {
    return this.podsByNode.get(node)?.size ?? 0
  }

  /** Objects (any kind) whose ownerReferences name this uid. */
  dependentsOf(uid: string): KObject[] {
    const refs = this.dependents.get(uid)
    if (!refs) return []
    const out: KObject[] = []
    for (const r of refs.values()) {
      const o = this.store.get(r.kind, r.namespace, r.name)
      if (o) out.push(o)
    }
    return out
  }

  /** Pods that list this uid as an owner. */
  podsOwnedBy(uid: string): Pod[] {
    return this.dependentsOf(uid).filter((o) => o.kind === 'Pod') as Pod[]
  }

  getPod(key: string): Pod | undefined {
    const i = key.indexOf('/')
    return this.store.get('Pod', key.slice(0, i), key.slice(i + 1)) as Pod | undefined
  }

  private onEvent(ev: WatchEvent): void {
    if (ev.object.kind === 'Node') this.nodeCache = undefined
    if (ev.old) this.remove(ev.old)
    if (ev.type !== 'DELETED') this.add(ev.object)
  }

  private add(o: KObject): void {
    const ref = refKey(o)
    for (const r of o.metadata.ownerReferences ?? []) {
      let m = this.dependents.get(r.uid)
      if (!m) this.dependents.set(r.uid, (m = new Map<string, ObjectRef>()))
      m.set(ref, { kind: o.kind, namespace: o.metadata.namespace, name: o.metadata.name })
    }
    if (o.kind !== 'Pod') return
    const pod = o as Pod
    const key = `${o.metadata.namespace}/${o.metadata.name}`
    const node = pod.spec?.nodeName
    if (node) {
      let s = this.podsByNode.get(node)
      if (!s) this.podsByNode.set(node, (s = new Set()))
      s.add(key)
      const owner = pod.metadata?.ownerReferences?.find((r) => r.controller)?.uid
      if (owner) {
        let per = this.ownedPodsPerNode.get(owner)
        if (!per) this.ownedPodsPerNode.set(owner, (per = new Map<string, number>()))
        per.set(node, (per.get(node) ?? 0) + 1)
      }
      const ip = pod.status?.podIP
      if (ip) {
        let ips = this.ipsByNode.get(node)
        if (!ips) this.ipsByNode.set(node, (ips = new Map<string, number>()))
        ips.set(ip, (ips.get(ip) ?? 0) + 1)
      }
    } else if (!o.metadata.deletionTimestamp) this.unscheduled.add(key)
  }

  private remove(o: KObject): void {
    const ref = refKey(o)
    for (const r of o.metadata.ownerReferences ?? []) {
      const m = this.dependents.get(r.uid)
      m?.delete(ref)
      if (m && !m.size) this.dependents.delete(r.uid)
    }
    if (o.kind !== 'Pod') return
    const key = `${o.metadata.namespace}/${o.metadata.name}`
    const node = (o as Pod).spec?.nodeName
    if (node) {
      const s = this.podsByNode.get(node)
      s?.delete(key)
      if (s && !s.size) this.podsByNode.delete(node)
      const owner = o.metadata.ownerReferences?.find((r) => r.controller)?.uid
      const per = owner ? this.ownedPodsPerNode.get(owner) : undefined
      if (owner && per) {
        const n = (per.get(node) ?? 1) - 1
        if (n > 0) per.set(node, n)
        else per.delete(node)
        if (!per.size) this.ownedPodsPerNode.delete(owner)
      }
      const ip = (o as Pod).status?.podIP
      const ips = ip ? this.ipsByNode.get(node) : undefined
      if (ip && ips) {
        const n = (ips.get(ip) ?? 1) - 1
        if (n > 0) ips.set(ip, n)
        else ips.delete(ip)
      }
    }
    this.unscheduled.delete(key)
  }
}

function refKey(o: KObject): string {
  return `${o.kind}|${o.metadata.namespace ?? ''}|${o.metadata.name}`
}

const informers = new WeakMap<ObjectStore, Informer>()

/** The informer of a cluster's store, created on first use. */
export function informerFor(store: ObjectStore): Informer {
  let i = informers.get(store)
  if (!i) informers.set(store, (i = new Informer(store)))
  return i
}
