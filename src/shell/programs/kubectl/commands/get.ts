// kubectl get: resolve TYPE/NAME arguments, fetch through the API and print a table per kind or
// one generic document. Upstream: kubectl pkg/cmd/get/get.go (Complete, Validate, Run, printGeneric).
import { formatApiError, type ApiError } from '../../../../sim'
import { defineKubectlCommand, usageError, fail, type Invocation } from '../command'
import { flagBool, flagList, flagString, type FlagDef } from '../flags'
import { fetchRequests, type Fetched } from './getFetch'
import { printGeneric } from './getGeneric'
import { sortFetched } from './getSort'
import { renderTable } from './getTable'
import { parseOutput } from './outputFormat'
import { parseResourceArgs } from './resourceArgs'
import { checkTemplated } from './getTemplated'

export const GET_FLAGS: FlagDef[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'allow-missing-template-keys', type: 'bool', default: true },
  { name: 'chunk-size', type: 'int', default: 500 },
  { name: 'field-selector', type: 'string' },
  { name: 'filename', short: 'f', type: 'stringSlice' },
  { name: 'ignore-not-found', type: 'bool' },
  { name: 'kustomize', short: 'k', type: 'string' },
  { name: 'label-columns', short: 'L', type: 'stringSlice' },
  { name: 'no-headers', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'output-watch-events', type: 'bool' },
  { name: 'raw', type: 'string' },
  { name: 'recursive', short: 'R', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'server-print', type: 'bool', default: true },
  { name: 'show-kind', type: 'bool' },
  { name: 'show-labels', type: 'bool' },
  { name: 'show-managed-fields', type: 'bool' },
  { name: 'sort-by', type: 'string' },
  { name: 'subresource', type: 'string' },
  { name: 'template', type: 'string' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'watch-only', type: 'bool' },
]

function printErrors(inv: Invocation, errors: ApiError[]): number {
  for (const e of errors) inv.err(formatApiError(e) + '\n')
  return errors.length ? 1 : 0
}

async function runGet(inv: Invocation): Promise<number> {
  const f = inv.flags
  const unsupported = ['filename', 'kustomize', 'raw', 'subresource'].find((n) => f.changed.has(n))
  if (unsupported)
    return fail(
      inv,
      `--${unsupported} is not simulated in Cordon's kubectl get; pass TYPE and NAME`,
    )
  if (!inv.args.length) {
    inv.err(
      'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n',
    )
    return usageError(
      inv,
      'Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).',
    )
  }
  const output = parseOutput(flagString(f, 'output'), flagString(f, 'template'))
  const parsed = parseResourceArgs(inv.args)
  if (!parsed.ok) return fail(inv, parsed.error)
  if ('error' in output) return fail(inv, output.error)
  if (output.kind === 'unsimulated')
    return fail(
      inv,
      `-o ${output.format} is not simulated in Cordon; use -o jsonpath or custom-columns`,
    )
  if (output.kind === 'jsonpath' || output.kind === 'custom-columns') {
    const bad = checkTemplated(output)
    if (bad) {
      inv.err(bad)
      return 1
    }
  }
  const allNamespaces = flagBool(f, 'all-namespaces')
  const named = parsed.requests.some((r) => r.names.length)
  if (named && allNamespaces)
    return fail(inv, 'a resource cannot be retrieved by name across all namespaces')
  const labelSelector = flagString(f, 'selector').trim()
  const fieldSelector = flagString(f, 'field-selector').trim()
  if (named && (labelSelector || fieldSelector))
    return fail(inv, 'name cannot be provided when a selector is specified')
  if (output.kind === 'name' && flagBool(f, 'show-labels'))
    return fail(inv, '--show-labels option cannot be used with name printer')

  const ignoreNotFound = flagBool(f, 'ignore-not-found')
  const { results, errors } = fetchRequests(inv.client, parsed.requests, {
    namespace: inv.namespace,
    allNamespaces,
    labelSelector,
    fieldSelector,
    ignoreNotFound,
  })
  const sortBy = flagString(f, 'sort-by')
  if (sortBy) {
    const sortErr = sortFetched(results, sortBy)
    if (sortErr) return fail(inv, sortErr)
  }
  const watching = flagBool(f, 'watch') || flagBool(f, 'watch-only')
  let status: number
  if (output.kind === 'table') {
    status = printTables(inv, results, errors, {
      wide: output.wide,
      allNamespaces,
      ignoreNotFound,
      multipleTypes: parsed.multipleTypes,
    })
  } else {
    const single =
      parsed.requests.length === 1 && parsed.requests[0].names.length === 1 && !parsed.multipleTypes
    status = printGeneric(inv, results, errors, output, { single, ignoreNotFound })
  }
  if (watching) {
    // divergence: kubectl keeps streaming changes until Ctrl-C; Cordon prints the current state once.
    inv.err(
      'kubectl get --watch: watching is not simulated in Cordon; this is the current state.\n',
    )
  }
  return status
}

function printTables(
  inv: Invocation,
  results: Fetched[],
  errors: ApiError[],
  o: { wide: boolean; allNamespaces: boolean; ignoreNotFound: boolean; multipleTypes: boolean },
): number {
  const f = inv.flags
  const noHeaders = flagBool(f, 'no-headers')
  const kinds = new Set(results.filter((r) => r.objs.length).map((r) => r.info.kind))
  const withKind = flagBool(f, 'show-kind') || o.multipleTypes || kinds.size > 1
  let written = false
  let allNamespaced = !o.allNamespaces
  for (const r of results) {
    if (!r.objs.length) continue
    allNamespaced = allNamespaced && r.info.namespaced
    const text = renderTable(
      r.info,
      r.objs,
      {
        wide: o.wide,
        noHeaders,
        showLabels: flagBool(f, 'show-labels'),
        withNamespace: o.allNamespaces && r.info.namespaced,
        withKind,
        labelColumns: flagList(f, 'label-columns'),
      },
      inv.ctx.world.clock.now(),
    )
    if (written && !noHeaders) inv.out('\n')
    inv.out(text)
    written = true
  }
  if (!written && !o.ignoreNotFound && !errors.length) {
    inv.err(
      allNamespaced
        ? `No resources found in ${inv.namespace} namespace.\n`
        : 'No resources found\n',
    )
  }
  return printErrors(inv, errors)
}

export const getCommand = defineKubectlCommand({
  name: 'get',
  short: 'Display one or many resources',
  flags: GET_FLAGS,
  run: runGet,
})
