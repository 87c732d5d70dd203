// kubectl api-resources: the resources the (simulated) API server's discovery lists.
// Upstream: kubectl pkg/cmd/apiresources/apiresources.go.
// divergence: only the kinds Cordon simulates are listed, not every built-in resource.
import { KINDS, type KindInfo } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { flagBool, flagList, flagString } from '../flags'
import { KUBECTL_TABLE, tabwrite } from '../printers/tabwriter'

/** Discovery order: the core group first, then groups as a kubeadm API server lists them. */
const GROUP_ORDER = ['', 'apps', 'policy', 'coordination.k8s.io']

const VERBS: Record<string, string> = {
  Event: 'create,delete,deletecollection,get,list,patch,update,watch',
  Node: 'create,delete,deletecollection,get,list,patch,update,watch',
  Namespace: 'create,delete,get,list,patch,update,watch',
}
const DEFAULT_VERBS = 'create,delete,deletecollection,get,list,patch,update,watch'

function discoveryOrder(): KindInfo[] {
  const rank = (k: KindInfo) => {
    const i = GROUP_ORDER.indexOf(k.group)
    return i < 0 ? GROUP_ORDER.length : i
  }
  return [...KINDS].sort((a, b) => rank(a) - rank(b) || (a.plural < b.plural ? -1 : 1))
}

async function runApiResources(inv: Invocation): Promise<number> {
  const f = inv.flags
  const output = flagString(f, 'output')
  if (output !== '' && output !== 'wide' && output !== 'name')
    return fail(inv, `--output ${output} is not available`)
  const sortBy = flagString(f, 'sort-by')
  if (sortBy !== '' && sortBy !== 'name' && sortBy !== 'kind')
    return fail(inv, `--sort-by accepts only name or kind`)
  let kinds = discoveryOrder()
  if (f.changed.has('namespaced'))
    kinds = kinds.filter((k) => k.namespaced === flagBool(f, 'namespaced'))
  if (f.changed.has('api-group'))
    kinds = kinds.filter((k) => k.group === flagString(f, 'api-group'))
  const cats = flagList(f, 'categories')
  if (cats.length) kinds = kinds.filter((k) => cats.every((c) => c === 'all' && k.inAll))
  const verbs = flagList(f, 'verbs')
  if (verbs.length)
    kinds = kinds.filter((k) =>
      verbs.every((v) => (VERBS[k.kind] ?? DEFAULT_VERBS).split(',').includes(v)),
    )
  if (sortBy === 'name')
    kinds.sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0))
  if (sortBy === 'kind') kinds.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0))
  if (output === 'name') {
    inv.out(kinds.map((k) => (k.group ? `${k.plural}.${k.group}` : k.plural) + '\n').join(''))
    return 0
  }
  const wide = output === 'wide'
  const lines: string[] = []
  if (!flagBool(f, 'no-headers'))
    lines.push(
      [
        'NAME',
        'SHORTNAMES',
        'APIVERSION',
        'NAMESPACED',
        'KIND',
        ...(wide ? ['VERBS', 'CATEGORIES'] : []),
      ].join('\t'),
    )
  for (const k of kinds) {
    const row = [k.plural, k.shortNames.join(','), k.apiVersion, String(k.namespaced), k.kind]
    if (wide)
      row.push(`[${(VERBS[k.kind] ?? DEFAULT_VERBS).split(',').join(' ')}]`, k.inAll ? 'all' : '')
    lines.push(row.join('\t'))
  }
  inv.out(tabwrite(lines.map((l) => l + '\n').join(''), KUBECTL_TABLE))
  return 0
}

export const apiResourcesCommand = defineKubectlCommand({
  name: 'api-resources',
  short: 'Print the supported API resources on the server',
  flags: [
    { name: 'api-group', type: 'string' },
    { name: 'cached', type: 'bool' },
    { name: 'categories', type: 'stringSlice' },
    { name: 'namespaced', type: 'bool', default: true },
    { name: 'no-headers', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'sort-by', type: 'string' },
    { name: 'verbs', type: 'stringSlice' },
  ],
  run: runApiResources,
})
