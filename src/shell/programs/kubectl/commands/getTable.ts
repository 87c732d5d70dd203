// The human-readable `kubectl get` output: the server's Table for a kind, filtered to the
// non-wide columns unless -o wide, with NAMESPACE, kind prefixes, -L label columns and LABELS
// added by the client. Upstream: cli-runtime pkg/printers/tableprinter.go (printHeader, printRows).
import { qualifiedKind, type KObject, type KindInfo } from '../../../../sim'
import { COLUMNS, type ColumnDef } from '../printers/columns'
import { formatLabels } from '../printers/columns/types'
import { formatTable, KUBECTL_TABLE } from '../printers/tabwriter'

export interface TableOptions {
  wide: boolean
  noHeaders: boolean
  showLabels: boolean
  /** -A: prepend NAMESPACE */
  withNamespace: boolean
  /** prefix names with `pod/`, `deployment.apps/` */
  withKind: boolean
  /** -L label columns */
  labelColumns: string[]
}

/** The default (NAME AGE) table for kinds without their own columns. */
const DEFAULT_COLUMNS: ColumnDef[] = [{ name: 'NAME' }, { name: 'AGE' }]
const defaultCells = (o: KObject) => [o.metadata.name, '']

/** Render one kind's objects as kubectl prints them (already aligned). '' when there are none. */
export function renderTable(
  info: KindInfo,
  objs: KObject[],
  opts: TableOptions,
  now: number,
): string {
  if (!objs.length) return ''
  const set = COLUMNS[info.kind]
  const columns = set ? set.columns : DEFAULT_COLUMNS
  const keep = columns.map((c) => opts.wide || !c.wide)
  const rows: string[][] = []
  if (!opts.noHeaders) {
    const h: string[] = []
    if (opts.withNamespace) h.push('NAMESPACE')
    columns.forEach((c, i) => keep[i] && h.push(c.name))
    for (const l of opts.labelColumns) h.push(l.split('/').pop()!.toUpperCase())
    if (opts.showLabels) h.push('LABELS')
    rows.push(h)
  }
  const prefix = qualifiedKind(info).toLowerCase()
  const keepAll = keep.every(Boolean)
  for (const o of objs) {
    // cells() hands over a fresh array: it becomes the row
    let row = set ? set.cells(o, now) : defaultCells(o)
    if (!keepAll || row.length > keep.length) row = row.filter((_, i) => keep[i])
    if (opts.withKind) row[0] = `${prefix}/${row[0]}`
    if (opts.withNamespace) row.unshift(o.metadata.namespace ?? '')
    if (opts.labelColumns.length || opts.showLabels) {
      const labels = o.metadata.labels ?? {}
      for (const l of opts.labelColumns) row.push(labels[l] ?? '')
      if (opts.showLabels) row.push(formatLabels(labels))
    }
    rows.push(row)
  }
  return formatTable(rows, KUBECTL_TABLE)
}
