// printers.go printEvent: LAST SEEN TYPE REASON OBJECT MESSAGE (+ SUBOBJECT SOURCE, FIRST SEEN
// COUNT NAME with -o wide, interleaved as the column definitions order them).
import type { Event } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { defineColumns } from './types'

/** formatEventSource: `component, host`, or the reporting controller/instance of new events. */
export function formatEventSource(e: Event): string {
  const component = e.source?.component || e.reportingComponent || ''
  const host = e.source?.host || e.reportingInstance || ''
  return host ? `${component}, ${host}` : component
}

export const eventColumns = defineColumns<Event>(
  [
    { name: 'LAST SEEN' },
    { name: 'TYPE' },
    { name: 'REASON' },
    { name: 'OBJECT' },
    { name: 'SUBOBJECT', wide: true },
    { name: 'SOURCE', wide: true },
    { name: 'MESSAGE' },
    { name: 'FIRST SEEN', wide: true },
    { name: 'COUNT', wide: true },
    { name: 'NAME', wide: true },
  ],
  (e, now) => {
    const first = translateTimestampSince(e.firstTimestamp || e.eventTime, now)
    let last = e.lastTimestamp ? translateTimestampSince(e.lastTimestamp, now) : first
    let count = e.count ?? 0
    if (e.series) {
      last = translateTimestampSince(e.series.lastObservedTime, now)
      count = e.series.count ?? 0
    } else if (count === 0) count = 1
    const kind = (e.involvedObject.kind ?? '').toLowerCase()
    const target = e.involvedObject.name ? `${kind}/${e.involvedObject.name}` : kind
    return [
      last,
      e.type ?? '',
      e.reason ?? '',
      target,
      e.involvedObject.fieldPath ?? '',
      formatEventSource(e),
      (e.message ?? '').trim(),
      first,
      String(count),
      e.metadata?.name ?? '',
    ]
  },
)
