// core/v1 Events as client-go's record.EventRecorder writes them (tools/record/event.go,
// events_cache.go): one Event per (object, reason, message, source), repeats bump count.
import type { ApiClient } from './client'
import type { ObjectStore } from './objectStore'
import type { Event, WatchEvent } from './types'

export type EventType = 'Normal' | 'Warning'

export interface EventSource {
  /** source.component / reportingComponent: kubelet, default-scheduler, node-controller… */
  component: string
  /** source.host (the kubelet's node) */
  host?: string
}

/** The parts of an object an Event refers to. */
export interface InvolvedObject {
  apiVersion?: string
  kind?: string
  metadata?: { name?: string; namespace?: string; uid?: string; resourceVersion?: string }
}

/**
 * Record an Event about an object. Events about cluster-scoped objects (nodes) go to the
 * `default` namespace, as upstream. A repeat of the same event bumps count and lastTimestamp.
 */
export function recordEvent(
  client: ApiClient,
  obj: InvolvedObject,
  type: EventType,
  reason: string,
  message: string,
  source: EventSource,
): Event {
  const md = obj.metadata ?? {}
  const namespace = md.namespace || 'default'
  const involvedObject = {
    apiVersion: obj.apiVersion,
    kind: obj.kind,
    name: md.name,
    namespace: md.namespace,
    uid: md.uid,
    resourceVersion: md.resourceVersion,
  }
  const aggKey = [
    involvedObject.kind,
    namespace,
    md.name,
    md.uid ?? '',
    type,
    reason,
    message,
    source.component,
    source.host ?? '',
  ].join('\u0000')
  const index = eventIndex(client.store)
  const existing = index.get(aggKey)
  const now = client.now()
  if (existing) {
    const cur = client.tryGet<Event>('Event', namespace, existing)
    if (cur) {
      return client.patch<Event>('Event', namespace, existing, (e) => {
        e.count = (e.count ?? 1) + 1
        e.lastTimestamp = now
      })
    }
  }
  const ev = client.create<Event>(
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: `${md.name}.${eventSuffix(client)}`, namespace },
      involvedObject: stripUndefined(involvedObject),
      reason,
      message,
      source: stripUndefined({ component: source.component, host: source.host }),
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
      type,
      eventTime: null,
      reportingComponent: source.component,
      reportingInstance: source.host ?? '',
    },
    { owned: true },
  )
  return ev
}

/** Upstream names events `<name>.<unix nanos in hex>`: 16 hex digits, here from the seeded source. */
function eventSuffix(client: ApiClient): string {
  return client.randomHex(16)
}

function stripUndefined<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k]
  return out as T
}

const indexes = new WeakMap<ObjectStore, Map<string, string>>()

/** Aggregation key → event name, kept current by the store's watch (record's EventCorrelator). */
function eventIndex(store: ObjectStore): Map<string, string> {
  let m = indexes.get(store)
  if (m) return m
  const idx = new Map<string, string>()
  const keyOf = (e: Event): string =>
    [
      e.involvedObject.kind,
      e.metadata?.namespace,
      e.involvedObject.name,
      e.involvedObject.uid ?? '',
      e.type,
      e.reason,
      e.message,
      e.source?.component ?? '',
      e.source?.host ?? '',
    ].join('\u0000')
  for (const o of store.list('Event')) idx.set(keyOf(o as unknown as Event), o.metadata.name)
  store.watch((ev: WatchEvent) => {
    if (ev.object.kind !== 'Event') return
    const e = ev.object as unknown as Event
    const k = keyOf(e)
    if (ev.type === 'DELETED') {
      if (idx.get(k) === e.metadata?.name) idx.delete(k)
    } else idx.set(k, ev.object.metadata.name)
  })
  indexes.set(store, (m = idx))
  return m
}
