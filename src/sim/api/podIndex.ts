// The API server's field-selector index for pods by spec.nodeName (the kubelet's and drain's
// `fieldSelector=spec.nodeName=X` list), kept current by the store's watch.
import type { ObjectStore } from './objectStore'
import type { KObject, Pod, WatchEvent } from './types'

/** node name ('' for unscheduled) → `ns/name` → pod */
export type PodNodeIndex = Map<string, Map<string, KObject>>

const indexes = new WeakMap<ObjectStore, PodNodeIndex>()

function nodeOf(o: KObject): string {
  return (o as Pod).spec?.nodeName ?? ''
}

function keyOf(o: KObject): string {
  return `${o.metadata.namespace}/${o.metadata.name}`
}

function add(idx: PodNodeIndex, o: KObject): void {
  const node = nodeOf(o)
  let m = idx.get(node)
  if (!m) idx.set(node, (m = new Map<string, KObject>()))
  m.set(keyOf(o), o)
}

function remove(idx: PodNodeIndex, o: KObject): void {
  const node = nodeOf(o)
  const m = idx.get(node)
  m?.delete(keyOf(o))
  if (m && !m.size) idx.delete(node)
}

/** The pods-by-node index of a store, built on first use. */
export function podNodeIndex(store: ObjectStore): PodNodeIndex {
  let idx = indexes.get(store)
  if (idx) return idx
  const fresh: PodNodeIndex = new Map()
  for (const o of store.dump()) if (o.kind === 'Pod') add(fresh, o)
  store.watch((ev: WatchEvent) => {
    if (ev.object.kind !== 'Pod') return
    if (ev.old) remove(fresh, ev.old)
    if (ev.type !== 'DELETED') add(fresh, ev.object)
  })
  indexes.set(store, (idx = fresh))
  return idx
}

/** Pods bound to a node (unsorted), optionally in one namespace. */
export function podsOnNode(store: ObjectStore, node: string, namespace?: string): KObject[] {
  const m = podNodeIndex(store).get(node)
  if (!m) return []
  const out: KObject[] = []
  for (const o of m.values()) if (!namespace || o.metadata.namespace === namespace) out.push(o)
  return out
}
