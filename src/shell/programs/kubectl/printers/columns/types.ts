// The server-side Table a `kubectl get` shows: column definitions (priority 1 = only with -o wide)
// and one string cell per column, as pkg/printers/internalversion/printers.go builds them.
import type { KObject } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'

export interface ColumnDef {
  name: string
  /** Priority 1 in printers.go: shown only with -o wide */
  wide?: boolean
}

export interface ColumnSet {
  columns: ColumnDef[]
  /**
   * every cell (wide ones included), in column order, as a fresh array the caller may change;
   * `now` is the virtual clock in ms
   */
  cells(obj: KObject, now: number): string[]
}

/** Define a kind's columns with a typed row function. */
export function defineColumns<T>(
  columns: ColumnDef[],
  cells: (obj: T, now: number) => string[],
): ColumnSet {
  return { columns, cells: (o, now) => cells(o as unknown as T, now) }
}

/** labels.FormatLabels / labels.Set.String: `k=v,k2=v2` sorted by key, `<none>` when empty. */
export function formatLabels(labels: Record<string, string> | undefined | null): string {
  const keys = Object.keys(labels ?? {}).sort()
  if (!keys.length) return '<none>'
  return keys.map((k) => `${k}=${labels![k]}`).join(',')
}

/** layoutContainerCells: container names and images, comma-joined. */
export function containerCells(
  containers: { name: string; image?: string }[] | undefined,
): [string, string] {
  const cs = containers ?? []
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')]
}

/** metav1.LabelSelectorAsSelector(sel).String(): requirements sorted by key ('' for nil/empty). */
export function formatLabelSelector(
  sel:
    | {
        matchLabels?: Record<string, string>
        matchExpressions?: { key: string; operator: string; values?: string[] }[]
      }
    | undefined,
): string {
  if (!sel) return ''
  const reqs: { key: string; text: string }[] = []
  for (const [k, v] of Object.entries(sel.matchLabels ?? {}))
    reqs.push({ key: k, text: `${k}=${v}` })
  for (const e of sel.matchExpressions ?? []) {
    const vals = [...(e.values ?? [])].sort().join(',')
    const text =
      e.operator === 'In'
        ? `${e.key} in (${vals})`
        : e.operator === 'NotIn'
          ? `${e.key} notin (${vals})`
          : e.operator === 'Exists'
            ? e.key
            : `!${e.key}`
    reqs.push({ key: e.key, text })
  }
  if (!reqs.length) return ''
  return reqs
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((r) => r.text)
    .join(',')
}

/** int-or-string as IntOrString.String() prints it. */
export function intOrString(v: number | string | undefined | null): string {
  return v === undefined || v === null ? '' : String(v)
}

let agesAt = Number.NaN
const ages = new Map<string, string>()

/**
 * translateTimestampSince(timestamp, now), remembered per timestamp for one `now`: the objects
 * of a big table mostly share a few creation times, and parsing each again is the costly part.
 */
export function ageSince(timestamp: string | undefined | null, now: number): string {
  if (!timestamp) return translateTimestampSince(timestamp, now)
  if (now !== agesAt || ages.size > 4096) {
    ages.clear()
    agesAt = now
  }
  let age = ages.get(timestamp)
  if (age === undefined) ages.set(timestamp, (age = translateTimestampSince(timestamp, now)))
  return age
}
