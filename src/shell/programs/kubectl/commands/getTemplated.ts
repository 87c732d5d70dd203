// -o jsonpath=…, -o jsonpath-as-json=… and -o custom-columns=… for kubectl get, compiled before
// anything is fetched (as PrintFlags.ToPrinter does) and then applied to the object or List.
// Upstream: cli-runtime pkg/printers/jsonpath.go, kubectl pkg/cmd/get/customcolumn.go.
import type { Invocation } from '../command'
import { flagBool } from '../flags'
import { marshalIndentJSON } from '../printers/json'
import { JsonPath, JsonPathParseError, jsonPathPrinter } from '../printers/jsonpath'
import { parseCustomColumnsSpec, printCustomColumns } from '../printers/customColumns'
import type { OutputSpec } from './outputFormat'

type TemplatedSpec = Extract<OutputSpec, { kind: 'jsonpath' | 'custom-columns' }>

/** Validate the template; kubectl's whole stderr text when it is invalid. */
export function checkTemplated(spec: TemplatedSpec): string | undefined {
  if (spec.kind === 'jsonpath') {
    const p = jsonPathPrinter(spec.template)
    return 'stderr' in p ? p.stderr : undefined
  }
  const c = parseCustomColumnsSpec(spec.spec)
  return 'stderr' in c ? c.stderr : undefined
}

/** Print `doc` (an object or a List) with the template; returns the exit status. */
export function printTemplated(inv: Invocation, doc: unknown, spec: OutputSpec): number {
  if (spec.kind === 'jsonpath') {
    const allowMissingKeys = flagBool(inv.flags, 'allow-missing-template-keys')
    if (spec.asJson) {
      try {
        const jp = JsonPath.parse(spec.template, { allowMissingKeys })
        inv.out(marshalIndentJSON(jp.findResults(doc).flat()) + '\n')
        return 0
      } catch (e) {
        if (e instanceof JsonPathParseError || e instanceof Error) {
          inv.err(`error: ${e.message}\n`)
          return 1
        }
        throw e
      }
    }
    const p = jsonPathPrinter(spec.template, { allowMissingKeys })
    if ('stderr' in p) {
      inv.err(p.stderr)
      return 1
    }
    const r = p.print(doc)
    if ('stderr' in r) {
      inv.err(r.stderr)
      return 1
    }
    inv.out(r.stdout)
    return 0
  }
  if (spec.kind !== 'custom-columns') return 0
  const parsed = parseCustomColumnsSpec(spec.spec)
  if ('stderr' in parsed) {
    inv.err(parsed.stderr)
    return 1
  }
  const r = printCustomColumns(parsed.columns, doc, {
    noHeaders: flagBool(inv.flags, 'no-headers'),
  })
  inv.out(r.stdout)
  if (r.stderr) {
    inv.err(r.stderr)
    return 1
  }
  return 0
}
