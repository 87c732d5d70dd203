// One cluster's object store: what etcd holds for it. Keys like /registry/pods/<ns>/<name>,
// a global resourceVersion counter, and watch listeners that see every change in order.
import type { KObject, WatchEvent } from './types'

export type WatchListener = (ev: WatchEvent) => void

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o)
    for (const v of Object.values(o as object)) deepFreeze(v)
  }
  return o
}

export interface ObjectStoreOptions {
  /** Freeze stored objects so accidental mutation throws (tests and dev). */
  freeze?: boolean
}

/** A kind's keys in list order, built on the first list and patched lazily after that. */
interface SortedKeys {
  /** sorted by compareObjects; may still hold keys removed since (when `dirty`) */
  keys: string[]
  /** keys stored since `keys` was built, not yet merged in */
  added: Set<string>
  dirty: boolean
}

export class ObjectStore {
  private byKind = new Map<string, Map<string, KObject>>()
  private sortedKeys = new Map<string, SortedKeys>()
  private listeners = new Set<WatchListener>()
  private rv = 0
  readonly freeze: boolean

  constructor(opts: ObjectStoreOptions = {}) {
    this.freeze = opts.freeze ?? true
  }

  static key(namespace: string | undefined, name: string): string {
    return namespace ? `${namespace}/${name}` : name
  }

  nextResourceVersion(): string {
    return String(++this.rv)
  }

  get resourceVersion(): number {
    return this.rv
  }

  get(kind: string, namespace: string | undefined, name: string): KObject | undefined {
    return this.byKind.get(kind)?.get(ObjectStore.key(namespace, name))
  }

  /** All objects of a kind, sorted by namespace then name (etcd key order). */
  list(kind: string, namespace?: string): KObject[] {
    const m = this.byKind.get(kind)
    if (!m) return []
    const keys = this.keysInOrder(kind, m)
    let lo = 0
    let hi = keys.length
    if (namespace) {
      // the namespace's objects are one run of the sorted keys
      const nsAt = (i: number) => m.get(keys[i])!.metadata.namespace ?? ''
      lo = bisect(0, keys.length, (i) => nsAt(i) < namespace)
      hi = bisect(lo, keys.length, (i) => nsAt(i) <= namespace)
    }
    const out: KObject[] = new Array<KObject>(hi - lo)
    for (let i = lo; i < hi; i++) out[i - lo] = m.get(keys[i])!
    return out
  }

  /** The kind's keys sorted by compareObjects, without re-sorting everything after each write. */
  private keysInOrder(kind: string, m: Map<string, KObject>): string[] {
    const cmp = (a: string, b: string) => compareObjects(m.get(a)!, m.get(b)!)
    let s = this.sortedKeys.get(kind)
    if (!s) {
      s = { keys: [...m.keys()].sort(cmp), added: new Set(), dirty: false }
      this.sortedKeys.set(kind, s)
      return s.keys
    }
    if (!s.dirty && !s.added.size) return s.keys
    const added = s.added
    const kept = s.keys.filter((k) => m.has(k) && !added.has(k))
    const fresh = [...added].sort(cmp)
    const keys: string[] = new Array<string>(kept.length + fresh.length)
    let i = 0
    let j = 0
    for (let n = 0; n < keys.length; n++) {
      keys[n] =
        j >= fresh.length || (i < kept.length && cmp(kept[i], fresh[j]) < 0)
          ? kept[i++]
          : fresh[j++]
    }
    this.sortedKeys.set(kind, { keys, added: new Set(), dirty: false })
    return keys
  }

  /** Number of objects of a kind, without copying. */
  count(kind: string): number {
    return this.byKind.get(kind)?.size ?? 0
  }

  kinds(): string[] {
    return [...this.byKind.keys()]
  }

  /** Store an object (already stamped by the client) and notify watchers. */
  put(obj: KObject): KObject {
    const stored = this.freeze ? deepFreeze(obj) : obj
    let m = this.byKind.get(obj.kind)
    if (!m) this.byKind.set(obj.kind, (m = new Map<string, KObject>()))
    const key = ObjectStore.key(obj.metadata.namespace, obj.metadata.name)
    const old = m.get(key)
    m.set(key, stored)
    if (!old) this.sortedKeys.get(obj.kind)?.added.add(key)
    this.notify({ type: old ? 'MODIFIED' : 'ADDED', object: stored, old })
    return stored
  }

  remove(kind: string, namespace: string | undefined, name: string): KObject | undefined {
    const m = this.byKind.get(kind)
    const key = ObjectStore.key(namespace, name)
    const old = m?.get(key)
    if (!m || !old) return undefined
    m.delete(key)
    const s = this.sortedKeys.get(kind)
    if (s) {
      s.added.delete(key)
      s.dirty = true
    }
    this.notify({ type: 'DELETED', object: old, old })
    return old
  }

  /** Subscribe to every change; returns an unsubscribe function. */
  watch(fn: WatchListener): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  /** Every object, for snapshots (etcdctl snapshot save). */
  dump(): KObject[] {
    const out: KObject[] = []
    for (const m of this.byKind.values()) out.push(...m.values())
    return out
  }

  /** Replace the whole content (snapshot restore); watchers see DELETED then ADDED. */
  load(objects: KObject[], resourceVersion: number): void {
    for (const o of this.dump()) this.remove(o.kind, o.metadata.namespace, o.metadata.name)
    this.rv = Math.max(this.rv, resourceVersion)
    for (const o of objects) this.put(structuredClone(o))
  }

  private notify(ev: WatchEvent): void {
    for (const l of this.listeners) l(ev)
  }
}

/** The first index in [lo, hi) where `before` turns false (it must be true, then false). */
function bisect(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}

export function compareObjects(a: KObject, b: KObject): number {
  const na = a.metadata.namespace ?? ''
  const nb = b.metadata.namespace ?? ''
  if (na !== nb) return na < nb ? -1 : 1
  return a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0
}
