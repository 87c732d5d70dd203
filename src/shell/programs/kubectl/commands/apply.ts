// kubectl apply -f FILE|-: create what is missing, update what differs (client-side apply keeps
// the last-applied-configuration annotation), `unchanged` otherwise. k8s.io/kubectl pkg/cmd/apply.
import { isApiError, resolveResource, type KObject } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { flagList, flagString } from '../flags'
import { printName, resourceName } from '../printers/name'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, withDryRun } from '../util/dryRun'
import { ManifestError, readManifests } from './applyManifest'

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration'

export const applyCommand = defineKubectlCommand({
  name: 'apply',
  short: 'Apply a configuration to a resource by file name or stdin',
  flags: [
    DRY_RUN_FLAG,
    { name: 'filename', short: 'f', type: 'stringSlice' },
    { name: 'kustomize', short: 'k', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'force', type: 'bool' },
    { name: 'server-side', type: 'bool' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
  ],
  run: async (inv) => {
    const files = flagList(inv.flags, 'filename')
    if (!files.length && !flagString(inv.flags, 'kustomize'))
      return fail(inv, 'must specify one of -f and -k')
    let dryRun
    try {
      dryRun = dryRunStrategy(inv.ctx, inv.flags)
    } catch (e) {
      if (e instanceof DryRunError) return fail(inv, e.message)
      throw e
    }
    let objs
    const errors: string[] = []
    try {
      objs = readManifests(inv, files, errors)
    } catch (e) {
      if (e instanceof ManifestError) return fail(inv, e.message)
      throw e
    }
    if (!objs.length && !errors.length) return fail(inv, 'no objects passed to apply')
    const output = flagString(inv.flags, 'output')
    for (const o of objs) {
      const source = o.__source
      delete o.__source
      const info = resolveResource(o.kind)!
      const ns = info.namespaced ? o.metadata.namespace || inv.namespace : undefined
      if (info.namespaced) o.metadata.namespace = ns
      const desired = JSON.stringify(o)
      try {
        const cur = inv.client.tryGet<KObject>(info.kind, ns, o.metadata.name)
        let op: string
        if (!cur) {
          o.metadata.annotations = { ...o.metadata.annotations, [LAST_APPLIED]: desired + '\n' }
          if (dryRun !== 'client') inv.client.create(o, { dryRun: dryRun === 'server' })
          op = 'created'
        } else if (cur.metadata.annotations?.[LAST_APPLIED] === desired + '\n') {
          op = 'unchanged'
        } else {
          op = 'configured'
          if (dryRun !== 'client') {
            const next = structuredClone(cur)
            for (const [k, v] of Object.entries(o))
              if (k !== 'metadata' && k !== 'status') next[k] = deepMerge(next[k], v)
            next.metadata.labels = o.metadata.labels ?? next.metadata.labels
            next.metadata.annotations = {
              ...next.metadata.annotations,
              ...o.metadata.annotations,
              [LAST_APPLIED]: desired + '\n',
            }
            inv.client.update(next, { dryRun: dryRun === 'server' })
          }
        }
        if (output === 'name') inv.out(printName(o))
        else inv.out(`${resourceName(o)} ${withDryRun(op, dryRun)}\n`)
      } catch (e) {
        if (!isApiError(e)) throw e
        errors.push(
          `Error from server (${e.reason}): error when creating "${source}": ${e.message}`,
        )
      }
    }
    return printErrors(inv, errors)
  },
})

/**
 * The errors collected on the way, printed at the end by cmdutil.CheckErr: one error gets the
 * `error: ` prefix (API errors print as `Error from server …`), an aggregate prints one per line.
 */
function printErrors(inv: Invocation, errors: string[]): number {
  if (!errors.length) return 0
  if (errors.length === 1 && !errors[0].startsWith('Error from server')) return fail(inv, errors[0])
  for (const e of errors) inv.err(`${e}\n`)
  return 1
}

/**
 * Merge a manifest into the live object: maps recursively, lists of named items (containers,
 * volumes, env) by name as a strategic merge patch does, other lists and scalars replaced.
 * divergence: a three-way merge with last-applied would also remove fields dropped from the file.
 */
function deepMerge(live: unknown, want: unknown): unknown {
  if (isNamedList(live) && isNamedList(want))
    return want.map((w) =>
      deepMerge(
        live.find((l) => l.name === w.name),
        w,
      ),
    )
  if (!isMap(live) || !isMap(want)) return structuredClone(want)
  const out: Record<string, unknown> = { ...live }
  for (const [k, v] of Object.entries(want)) out[k] = deepMerge(live[k], v)
  return out
}

function isNamedList(v: unknown): v is Record<string, unknown>[] {
  return Array.isArray(v) && v.every((x) => isMap(x) && typeof x.name === 'string')
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
