// A shared informer's indexers (client-go tools/cache Indexer): pods by node, objects by owner
// uid, unscheduled pods. Built from the store on first use and kept current by its watch, so
// controllers stay cheap in a 500-node world and are rebuilt from object state after a restore.
import type { ObjectStore } from '../api/objectStore'
import type { KObject, Node, Pod, WatchEvent } from '../api/types'
import { isPodActive, isPodReady } from './util'

export interface ObjectRef {
  kind: string
  namespace?: string
  name: string
}

/** What a controller (ReplicaSet, DaemonSet…) needs to count of its pods without reading them. */
export interface ControlledPodStats {
  /** pods it controls that are active (not terminal, not being deleted) */
  active: number
  /** active pods whose Ready condition is True */
  ready: number
  /** label sets of its active pods (canonical JSON → labels and how many pods carry them) */
  labels: Map<string, { labels: Record<string, string>; count: number }>
}

const labelKeys = new WeakMap<object, string>()

function labelsKey(labels: Record<string, string> | undefined): string {
  if (!labels) return '{}'
  let k = labelKeys.get(labels)
  if (k === undefined) {
    k = JSON.stringify(
      Object.keys(labels)
        .sort()
        .map((x) => [x, labels[x]]),
    )
    labelKeys.set(labels, k)
  }
  return k
}

export class Informer {
  /** node name → pod key (`ns/name`) → the pod, for pods bound to it */
  readonly podsByNode = new Map<string, Map<string, Pod>>()
  /** owner uid → `kind|ns|name` → the object listing it in ownerReferences */
  readonly dependents = new Map<string, Map<string, KObject>>()
  /** controller uid → node name → number of its pods bound there */
  readonly ownedPodsPerNode = new Map<string, Map<string, number>>()
  /** node name → pod IPs in use there (host-network pods included) */
  readonly ipsByNode = new Map<string, Map<string, number>>()
  /** controller uid → counts over the pods it controls */
  readonly controlled = new Map<string, ControlledPodStats>()
  /** pod keys without spec.nodeName and not being deleted */
  readonly unscheduled = new Set<string>()
  private readonly unwatch: () => void
  private nodeCache: Node[] | undefined

  constructor(private readonly store: ObjectStore) {
    for (const o of store.dump()) {
      this.add(o)
      if (o.kind === 'Pod') this.count(o as Pod, 1)
    }
    this.unwatch = store.watch((ev) => this.onEvent(ev))
  }

  dispose(): void {
    this.unwatch()
  }

  /** Pods bound to a node (live objects, in key order). */
  podsOn(node: string): Pod[] {
    const m = this.podsByNode.get(node)
    if (!m) return []
    return [...m.keys()].sort().map((k) => m.get(k)!)
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
    const m = this.dependents.get(uid)
    return m ? [...m.values()] : []
  }

  /** Pods that list this uid as an owner. */
  podsOwnedBy(uid: string): Pod[] {
    const m = this.dependents.get(uid)
    const out: Pod[] = []
    if (m) for (const o of m.values()) if (o.kind === 'Pod') out.push(o as Pod)
    return out
  }

  getPod(key: string): Pod | undefined {
    const i = key.indexOf('/')
    return this.store.get('Pod', key.slice(0, i), key.slice(i + 1)) as Pod | undefined
  }

  /** Counts over the active pods a controller owns (by its uid). */
  controlledStats(uid: string): ControlledPodStats | undefined {
    return this.controlled.get(uid)
  }

  private onEvent(ev: WatchEvent): void {
    const o = ev.object
    if (o.kind === 'Node') this.nodeCache = undefined
    const old = ev.old
    if (o.kind === 'Pod') {
      if (old) this.count(old as Pod, -1)
      if (ev.type !== 'DELETED') this.count(o as Pod, 1)
    }
    if (ev.type === 'MODIFIED' && old && o.kind === 'Pod' && this.sameIndexKeys(old, o)) {
      this.replace(o)
      return
    }
    if (old) this.remove(old)
    if (ev.type !== 'DELETED') this.add(o)
  }

  /** A pod update that moves no index entry (the common status write): swap the object in place. */
  private sameIndexKeys(a: KObject, b: KObject): boolean {
    const pa = a as Pod
    const pb = b as Pod
    return (
      sameOwners(a, b) &&
      pa.spec?.nodeName === pb.spec?.nodeName &&
      pa.status?.podIP === pb.status?.podIP &&
      !a.metadata.deletionTimestamp === !b.metadata.deletionTimestamp
    )
  }

  private replace(o: KObject): void {
    const ref = refKey(o)
    for (const r of o.metadata.ownerReferences ?? []) this.dependents.get(r.uid)?.set(ref, o)
    const node = (o as Pod).spec?.nodeName
    if (node) this.podsByNode.get(node)?.set(`${o.metadata.namespace}/${o.metadata.name}`, o as Pod)
  }

  private count(pod: Pod, delta: 1 | -1): void {
    const owner = pod.metadata?.ownerReferences?.find((r) => r.controller)?.uid
    if (!owner || !isPodActive(pod)) return
    let st = this.controlled.get(owner)
    if (!st) this.controlled.set(owner, (st = { active: 0, ready: 0, labels: new Map() }))
    st.active += delta
    if (isPodReady(pod)) st.ready += delta
    const labels = pod.metadata?.labels ?? {}
    const k = labelsKey(labels)
    const l = st.labels.get(k)
    if (l) {
      l.count += delta
      if (!l.count) st.labels.delete(k)
    } else if (delta > 0) st.labels.set(k, { labels, count: 1 })
    if (!st.active) this.controlled.delete(owner)
  }

  private add(o: KObject): void {
    const ref = refKey(o)
    for (const r of o.metadata.ownerReferences ?? []) {
      let m = this.dependents.get(r.uid)
      if (!m) this.dependents.set(r.uid, (m = new Map<string, KObject>()))
      m.set(ref, o)
    }
    if (o.kind !== 'Pod') return
    const pod = o as Pod
    const key = `${o.metadata.namespace}/${o.metadata.name}`
    const node = pod.spec?.nodeName
    if (node) {
      let s = this.podsByNode.get(node)
      if (!s) this.podsByNode.set(node, (s = new Map<string, Pod>()))
      s.set(key, pod)
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

function sameOwners(a: KObject, b: KObject): boolean {
  const x = a.metadata.ownerReferences
  const y = b.metadata.ownerReferences
  if (x === y) return true
  if (!x || !y || x.length !== y.length) return false
  return x.every((r, i) => r.uid === y[i].uid && !!r.controller === !!y[i].controller)
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
