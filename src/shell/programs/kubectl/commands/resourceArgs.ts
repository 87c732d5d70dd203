// Resource arguments as cli-runtime's resource.Builder reads them (ResourceTypeOrNameArgs):
// `TYPE[,TYPE...] [NAME...]`, `TYPE/NAME ...`, and `all` (the "all" category).
// Upstream: k8s.io/cli-runtime/pkg/resource/builder.go.
import { KINDS, resolveResource, type KindInfo } from '../../../../sim'

export interface ResourceRequest {
  info: KindInfo
  /** names asked for; empty = list */
  names: string[]
}

export type ParsedResources =
  { ok: true; requests: ResourceRequest[]; multipleTypes: boolean } | { ok: false; error: string }

/** The kinds of the `all` category, in API discovery order. */
export function allCategory(): KindInfo[] {
  return KINDS.filter((k) => k.inAll)
}

function resolveTypes(typed: string): KindInfo[] | string {
  const out: KindInfo[] = []
  for (const t of typed.split(',')) {
    if (!t) continue
    if (t.toLowerCase() === 'all') {
      out.push(...allCategory())
      continue
    }
    const info = resolveResource(t)
    if (!info) return `the server doesn't have a resource type "${t}"`
    out.push(info)
  }
  return out
}

function pushUnique(reqs: ResourceRequest[], info: KindInfo, name?: string): void {
  let r = reqs.find((x) => x.info === info)
  if (!r) {
    r = { info, names: [] }
    reqs.push(r)
  }
  if (name !== undefined) r.names.push(name)
}

/** Parse `kubectl get`/`describe` resource arguments. Errors carry kubectl's message (no `error: `). */
export function parseResourceArgs(args: string[]): ParsedResources {
  const slashed = args.filter((a) => a.includes('/')).length
  if (slashed > 0 && slashed !== args.length) {
    return {
      ok: false,
      error:
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'",
    }
  }
  const requests: ResourceRequest[] = []
  if (slashed > 0) {
    for (const a of args) {
      const i = a.indexOf('/')
      const type = a.slice(0, i)
      const name = a.slice(i + 1)
      if (!type || !name || name.includes('/'))
        return {
          ok: false,
          error: 'arguments in resource/name form must have a single resource and name',
        }
      const info = resolveResource(type)
      if (!info) return { ok: false, error: `the server doesn't have a resource type "${type}"` }
      pushUnique(requests, info, name)
    }
    return { ok: true, requests, multipleTypes: requests.length > 1 }
  }
  const types = resolveTypes(args[0])
  if (typeof types === 'string') return { ok: false, error: types }
  for (const info of types) {
    pushUnique(requests, info)
    for (const name of args.slice(1)) pushUnique(requests, info, name)
  }
  const multipleTypes = args[0].toLowerCase() === 'all' || requests.length > 1
  return { ok: true, requests, multipleTypes }
}
