// searchEvents: the Events about one object (involvedObject kind/name/namespace/uid field
// selectors). Upstream: kubectl pkg/describe/describe.go searchEvents.
import type { ApiClient, Event, KObject } from '../../../../sim'

/**
 * Events whose involvedObject is `obj`. Nodes also match events that carry the node's name as
 * uid (the kubelet's events), as describeNode merges both queries.
 * divergence: an event with no involvedObject.uid matches too (kubectl would not select it).
 */
export function eventsFor(client: ApiClient, obj: KObject): Event[] {
  const uids = new Set([obj.metadata.uid ?? ''])
  if (obj.kind === 'Node') uids.add(obj.metadata.name)
  const ns = obj.metadata.namespace
  return client.list<Event>('Event', ns ? { namespace: ns } : {}).filter((e) => {
    const ref = e.involvedObject
    return (
      ref.kind === obj.kind &&
      ref.name === obj.metadata.name &&
      (ns ? (ref.namespace ?? '') === ns : true) &&
      (!ref.uid || uids.has(ref.uid))
    )
  })
}
