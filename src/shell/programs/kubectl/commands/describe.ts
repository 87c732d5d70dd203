// kubectl describe: TYPE [NAME_PREFIX | -l label] or TYPE/NAME; an exact name that is not found
// falls back to every object whose name starts with it. Upstream: kubectl pkg/cmd/describe/describe.go.
import {
  formatApiError,
  isApiError,
  type ApiClient,
  type ApiError,
  type KObject,
} from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { flagBool, flagString, type FlagDef } from '../flags'
import { DESCRIBERS } from '../describe'
import { fetchRequests } from './getFetch'
import { parseResourceArgs } from './resourceArgs'

const DESCRIBE_FLAGS: FlagDef[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'chunk-size', type: 'int', default: 500 },
  { name: 'filename', short: 'f', type: 'stringSlice' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'show-events', type: 'bool', default: true },
]

function describeOne(inv: Invocation, client: ApiClient, obj: KObject): string {
  return DESCRIBERS[obj.kind](client, obj, inv.ctx.world.clock.now(), {
    showEvents: flagBool(inv.flags, 'show-events'),
  })
}

async function runDescribe(inv: Invocation): Promise<number> {
  const f = inv.flags
  if (['filename', 'kustomize'].some((n) => f.changed.has(n)))
    return fail(inv, 'describe -f/-k is not simulated in Cordon; pass TYPE and NAME')
  if (!inv.args.length)
    return fail(
      inv,
      'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.',
    )
  const parsed = parseResourceArgs(inv.args)
  if (!parsed.ok) return fail(inv, parsed.error)
  const allNamespaces = flagBool(f, 'all-namespaces')
  const labelSelector = flagString(f, 'selector').trim()
  const named = parsed.requests.some((r) => r.names.length)
  if (named && allNamespaces)
    return fail(inv, 'a resource cannot be retrieved by name across all namespaces')
  if (named && labelSelector)
    return fail(inv, 'name cannot be provided when a selector is specified')
  const unsupported = parsed.requests.find((r) => !DESCRIBERS[r.info.kind])
  if (unsupported)
    return fail(inv, `describing ${unsupported.info.plural} is not simulated in Cordon`)
  const opts = {
    namespace: inv.namespace,
    allNamespaces,
    labelSelector,
    fieldSelector: '',
    ignoreNotFound: false,
  }
  const { results, errors } = fetchRequests(inv.client, parsed.requests, opts)
  const objs = results.flatMap((r) => r.objs)

  // DescribeMatchingResources: `describe TYPE PREFIX` when PREFIX itself is not found
  if (inv.args.length === 2 && !inv.args[0].includes('/') && errors.length && !objs.length) {
    const err = errors[0]
    if (isApiError(err) && err.reason === 'NotFound' && parsed.requests.length === 1) {
      const listed = fetchRequests(inv.client, [{ info: parsed.requests[0].info, names: [] }], opts)
      const matches = listed.results
        .flatMap((r) => r.objs)
        .filter((o) => o.metadata.name.startsWith(inv.args[1]))
      if (!matches.length) return printErrors(inv, [err])
      for (const o of matches) inv.out(describeOne(inv, inv.client, o) + '\n')
      return 0
    }
  }
  objs.forEach((o, i) => {
    const text = describeOne(inv, inv.client, o)
    inv.out(i === 0 ? text : `\n\n${text}`)
  })
  if (!objs.length && !errors.length) {
    inv.err(
      allNamespaces
        ? 'No resources found\n'
        : `No resources found in ${inv.namespace} namespace.\n`,
    )
  }
  return printErrors(inv, errors)
}

function printErrors(inv: Invocation, errors: ApiError[]): number {
  for (const e of errors) inv.err(formatApiError(e) + '\n')
  return errors.length ? 1 : 0
}

export const describeCommand = defineKubectlCommand({
  name: 'describe',
  short: 'Show details of a specific resource or group of resources',
  flags: DESCRIBE_FLAGS,
  run: runDescribe,
})
