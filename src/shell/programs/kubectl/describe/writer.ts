// describe.go's PrefixWriter and the shared multi-line printers (labels, annotations, taints,
// tolerations) and DescribeEvents. Text is collected with tabs and aligned by tabbedString
// (Go tabwriter, DESCRIBE preset); Flush ends an alignment block as w.Flush() does upstream.
// Upstream: kubectl pkg/describe/describe.go.
import type { Event, Taint, Toleration } from '../../../../sim'
import { DESCRIBE, tabwrite } from '../printers/tabwriter'
import { translateTimestampSince } from '../util/duration'

export const LEVEL_0 = 0
export const LEVEL_1 = 1
export const LEVEL_2 = 2
export const LEVEL_3 = 3
export const LEVEL_4 = 4

export class PrefixWriter {
  private chunks: string[] = []
  private cur = ''

  /** Write text indented by two spaces per level (the indent goes before the whole string). */
  write(level: number, text: string): void {
    this.cur += '  '.repeat(level) + text
  }

  writeLine(...parts: string[]): void {
    this.cur += parts.join(' ') + '\n'
  }

  /** End the current tabwriter block (describe.go w.Flush()). */
  flush(): void {
    this.chunks.push(this.cur)
    this.cur = ''
  }

  /** tabbedString: every block aligned with tabwriter(0, 8, 2, ' ', 0). */
  toString(): string {
    return [...this.chunks, this.cur].map((c) => (c ? tabwrite(c, DESCRIBE) : '')).join('')
  }
}

const MAX_ANNOTATION_LEN = 140
const SKIP_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration'])

/** printLabelsMultilineWithIndent(w, "", title, "\t", labels, skip). */
export function printLabelsMultiline(
  w: PrefixWriter,
  title: string,
  labels: Record<string, string> | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(labels ?? {}).sort()
  if (!keys.length) return w.writeLine('<none>')
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    w.write(LEVEL_0, `${k}=${labels![k]}\n`)
  })
}

const utf8 = new TextEncoder()
/** len(s) in Go: UTF-8 bytes */
const byteLength = (s: string) => utf8.encode(s).length

/**
 * shorten: the first maxLength bytes and `...`. Go slices bytes, so a character can be cut in two:
 * its first bytes are printed, and a terminal shows them as one U+FFFD, as the decoder does here.
 */
function shorten(s: string, maxLength: number): string {
  const bytes = utf8.encode(s)
  if (bytes.length <= maxLength) return s
  return `${new TextDecoder().decode(bytes.subarray(0, maxLength))}...`
}

/**
 * printAnnotationsMultiline: `key: value`; a long or multi-line value goes under `key:`, one
 * indented line per value line, each cut at 138 bytes (Go's len counts UTF-8 bytes).
 */
export function printAnnotationsMultiline(
  w: PrefixWriter,
  title: string,
  annotations: Record<string, string> | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`)
  const keys = Object.keys(annotations ?? {})
    .filter((k) => !SKIP_ANNOTATIONS.has(k))
    .sort()
  if (!keys.length) return w.writeLine('<none>')
  keys.forEach((k, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    const value = annotations![k].replace(/\n$/, '')
    if (byteLength(value) + byteLength(k) + 2 > MAX_ANNOTATION_LEN || value.includes('\n')) {
      w.write(LEVEL_0, `${k}:\n`)
      for (const s of value.split('\n'))
        w.write(LEVEL_0, `\t  ${shorten(s, MAX_ANNOTATION_LEN - 2)}\n`)
    } else w.write(LEVEL_0, `${k}: ${value}\n`)
  })
}

/** Taint.ToString: `key=value:Effect` or `key:Effect`. */
export function taintString(t: Taint): string {
  return t.value ? `${t.key}=${t.value}:${t.effect}` : `${t.key}:${t.effect}`
}

/** printTaintsMultilineWithIndent: sorted by "Effect,key". */
export function printTaintsMultiline(
  w: PrefixWriter,
  title: string,
  taints: Taint[] | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`)
  if (!taints?.length) return w.writeLine('<none>')
  const key = (t: Taint) => `${t.effect},${t.key}`
  const sorted = [...taints].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    w.write(LEVEL_0, `${taintString(t)}\n`)
  })
}

/** printTolerationsMultilineWithIndent: sorted by key; ` op=Exists`, ` for Ns`. */
export function printTolerationsMultiline(
  w: PrefixWriter,
  title: string,
  tolerations: Toleration[] | undefined,
): void {
  w.write(LEVEL_0, `${title}:\t`)
  if (!tolerations?.length) return w.writeLine('<none>')
  const sorted = [...tolerations].sort((a, b) => {
    const ka = a.key ?? ''
    const kb = b.key ?? ''
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
  sorted.forEach((t, i) => {
    if (i !== 0) w.write(LEVEL_0, '\t')
    let s = t.key ?? ''
    if (t.value) s += `=${t.value}`
    if (t.effect) s += `:${t.effect}`
    if (t.operator === 'Exists' && !t.value) s += t.key || t.effect ? ' op=Exists' : 'op=Exists'
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null)
      s += ` for ${t.tolerationSeconds}s`
    w.write(LEVEL_0, `${s}\n`)
  })
}

/** DescribeEvents: `Events: <none>`, or a table sorted by lastTimestamp (its own block). */
export function describeEvents(w: PrefixWriter, events: Event[], now: number): void {
  if (!events.length) {
    w.write(LEVEL_0, 'Events:\t<none>\n')
    return
  }
  w.flush()
  const ts = (e: Event) => (e.lastTimestamp ? Date.parse(e.lastTimestamp) : 0)
  const sorted = [...events].sort((a, b) => ts(a) - ts(b))
  w.write(LEVEL_0, 'Events:\n  Type\tReason\tAge\tFrom\tMessage\n')
  w.write(LEVEL_1, '----\t------\t----\t----\t-------\n')
  for (const e of sorted) {
    const first = e.eventTime
      ? translateTimestampSince(e.eventTime, now)
      : translateTimestampSince(e.firstTimestamp, now)
    let interval = first
    if (e.series)
      interval = `${translateTimestampSince(e.series.lastObservedTime, now)} (x${e.series.count ?? 0} over ${first})`
    else if ((e.count ?? 0) > 1)
      interval = `${translateTimestampSince(e.lastTimestamp, now)} (x${e.count} over ${first})`
    const source = e.source?.component || e.reportingComponent || ''
    w.write(
      LEVEL_1,
      `${e.type ?? ''}\t${e.reason ?? ''}\t${interval}\t${source}\t${(e.message ?? '').trim()}\n`,
    )
  }
}

/** "True"/"False" as describe's printBool. */
export function printBool(b: boolean | undefined): string {
  return b ? 'True' : 'False'
}
