// The human-readable `kubectl get` output: the server's Table for a kind, filtered to the
// non-wide columns unless -o wide, with NAMESPACE, kind prefixes, -L label columns and LABELS
// added by the client. Upstream: cli-runtime pkg/printers/tableprinter.go (printHeader, printRows).
import { qualifiedKind, type KObject, type KindInfo } from '../../../../sim'
import { COLUMNS } from '../printers/columns'
import { formatLabels } from '../printers/columns/types'
import { KUBECTL_TABLE, tabwrite } from '../printers/tabwriter'

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

/** Cells of one kind's table for these objects; the default (NAME AGE) table for unknown kinds. */
function tableFor(info: KindInfo, objs: KObject[], now: number, wide: boolean) {
  const set = COLUMNS[info.kind]
  if (!set) {
    return {
      headers: ['NAME', 'AGE'],
      rows: objs.map((o) => [o.metadata.name, '']),
    }
  }
  const keep = set.columns.map((c) => wide || !c.wide)
  return {
    headers: set.columns.filter((_, i) => keep[i]).map((c) => c.name),
    rows: objs.map((o) => set.cells(o, now).filter((_, i) => keep[i])),
  }
}

/** Render one kind's objects as kubectl prints them (already aligned). '' when there are none. */
export function renderTable(
  info: KindInfo,
  objs: KObject[],
  opts: TableOptions,
  now: number,
): string {
  if (!objs.length) return ''
  const { headers, rows } = tableFor(info, objs, now, opts.wide)
  const lines: string[] = []
  if (!opts.noHeaders) {
    const h = [...headers]
    if (opts.withNamespace) h.unshift('NAMESPACE')
    for (const l of opts.labelColumns) h.push(l.split('/').pop()!.toUpperCase())
    if (opts.showLabels) h.push('LABELS')
    lines.push(h.join('\t'))
  }
  const prefix = qualifiedKind(info).toLowerCase()
  objs.forEach((o, i) => {
    const cells = [...rows[i]]
    if (opts.withKind) cells[0] = `${prefix}/${cells[0]}`
    if (opts.withNamespace) cells.unshift(o.metadata.namespace ?? '')
    const labels = o.metadata.labels ?? {}
    for (const l of opts.labelColumns) cells.push(labels[l] ?? '')
    if (opts.showLabels) cells.push(formatLabels(labels))
    lines.push(cells.join('\t'))
  })
  return tabwrite(lines.join('\n') + '\n', KUBECTL_TABLE)
}
