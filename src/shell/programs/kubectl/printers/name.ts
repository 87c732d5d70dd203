// kubectl -o name: cli-runtime printers.NamePrinter — `<kind>[.<group>]/<name>` lowercased
// (GroupKind.String()), one line per object; a List prints its items.

interface Named {
  apiVersion?: string
  kind?: string
  metadata?: { name?: string }
  items?: unknown
}

/** `pod/x`, `deployment.apps/x`, `lease.coordination.k8s.io/x`. */
export function resourceName(obj: Named): string {
  const apiVersion = obj.apiVersion ?? ''
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : ''
  const kind = group ? `${obj.kind ?? ''}.${group}` : (obj.kind ?? '')
  return `${kind.toLowerCase()}/${obj.metadata?.name ?? ''}`
}

/** NamePrinter.PrintObj; with an operation (`cordoned`, `deleted`) as `kind/name operation`. */
export function printName(obj: Named, operation?: string): string {
  if (obj.kind === 'List' && Array.isArray(obj.items)) {
    return (obj.items as Named[]).map((item) => printName(item, operation)).join('')
  }
  return `${resourceName(obj)}${operation ? ` ${operation}` : ''}\n`
}
