// Cross-references a schema cannot express: nodes, hosts and clusters named in checks and files
// must exist; ids are unique; resources are kinds the API knows.
import { resolveResource } from '../sim'
import type { Check, Lab } from './schema'

export interface RefProblem {
  path: PropertyKey[]
  what: string
}

export function checkReferences(lab: Lab): RefProblem[] {
  const out: RefProblem[] = []
  const clusters = new Map<string, Set<string>>()
  const hosts = new Set<string>()
  lab.world.clusters.forEach((c, ci) => {
    if (clusters.has(c.name))
      out.push({ path: ['world', 'clusters', ci, 'name'], what: `duplicate cluster "${c.name}"` })
    const nodes = new Set<string>()
    clusters.set(c.name, nodes)
    if (!c.nodes.some((n) => n.role === 'control-plane'))
      out.push({
        path: ['world', 'clusters', ci, 'nodes'],
        what: 'expected at least one control-plane node',
      })
    c.nodes.forEach((n, ni) => {
      if (hosts.has(n.name))
        out.push({
          path: ['world', 'clusters', ci, 'nodes', ni, 'name'],
          what: `duplicate host "${n.name}"`,
        })
      hosts.add(n.name)
      nodes.add(n.name)
    })
  })
  lab.world.hosts?.forEach((h, hi) => {
    if (hosts.has(h.name))
      out.push({ path: ['world', 'hosts', hi, 'name'], what: `duplicate host "${h.name}"` })
    hosts.add(h.name)
  })
  for (const [name, objs] of Object.entries(lab.world.objects ?? {})) {
    if (!clusters.has(name))
      out.push({ path: ['world', 'objects', name], what: `no cluster named "${name}"` })
    objs.forEach((o, oi) => {
      if (!resolveResource(o.kind))
        out.push({ path: ['world', 'objects', name, oi, 'kind'], what: `unknown kind "${o.kind}"` })
    })
  }
  for (const h of Object.keys(lab.world.files ?? {}))
    if (!hosts.has(h)) out.push({ path: ['world', 'files', h], what: `no host named "${h}"` })

  const ids = new Set<string>()
  lab.questions.forEach((q, qi) => {
    if (ids.has(q.id)) out.push({ path: ['questions', qi, 'id'], what: `duplicate id "${q.id}"` })
    ids.add(q.id)
    if (q.type === 'task') walk(q.check, ['questions', qi, 'check'])
  })
  return out

  function clusterNodes(name: string | undefined, path: PropertyKey[]): Set<string> | undefined {
    const c = name === undefined ? clusters.values().next().value : clusters.get(name)
    if (!c) out.push({ path: [...path, 'cluster'], what: `no cluster named "${String(name)}"` })
    return c
  }

  function walk(c: Check, path: PropertyKey[]): void {
    switch (c.kind) {
      case 'object':
        clusterNodes(c.cluster, path)
        if (!resolveResource(c.resource))
          out.push({ path: [...path, 'resource'], what: `unknown resource "${c.resource}"` })
        if (
          c.name !== undefined &&
          (c.labelSelector !== undefined || c.fieldSelector !== undefined)
        )
          out.push({ path: [...path, 'name'], what: 'expected either name or selectors, not both' })
        return
      case 'node': {
        const nodes = clusterNodes(c.cluster, path)
        if (nodes && !nodes.has(c.name))
          out.push({ path: [...path, 'name'], what: `no node named "${c.name}"` })
        return
      }
      case 'command':
      case 'lastCommand':
        if (c.host !== undefined && !hosts.has(c.host))
          out.push({ path: [...path, 'host'], what: `no host named "${c.host}"` })
        return
      case 'all':
      case 'any':
        c.checks.forEach((x, i) => walk(x, [...path, 'checks', i]))
        return
      case 'not':
        walk(c.check, [...path, 'check'])
        return
    }
  }
}
