// The non-table outputs of `kubectl get` (printGeneric): one object when a single TYPE NAME was
// asked for, otherwise a v1 List; json, yaml, name, jsonpath, custom-columns.
// Upstream: kubectl pkg/cmd/get/get.go printGeneric; cli-runtime pkg/printers.
import { formatApiError, type ApiError, type KObject } from '../../../../sim'
import type { Invocation } from '../command'
import { listObject, printJSON } from '../printers/json'
import { printName } from '../printers/name'
import { printYAML } from '../printers/yaml'
import type { Fetched } from './getFetch'
import type { OutputSpec } from './outputFormat'
import { printTemplated } from './getTemplated'

export function printGeneric(
  inv: Invocation,
  results: Fetched[],
  errors: ApiError[],
  output: OutputSpec,
  o: { single: boolean; ignoreNotFound: boolean },
): number {
  const items: KObject[] = results.flatMap((r) => r.objs)
  const flush = () => {
    for (const e of errors) inv.err(formatApiError(e) + '\n')
    return errors.length ? 1 : 0
  }
  if (o.single && errors.length) return flush()
  if (!items.length && o.ignoreNotFound) return flush()
  const doc: unknown = o.single && items.length === 1 ? items[0] : listObject(items)
  switch (output.kind) {
    case 'json':
      inv.out(printJSON(doc))
      break
    case 'yaml':
      inv.out(printYAML(doc))
      break
    case 'name':
      inv.out(printName(doc as never))
      break
    case 'jsonpath':
    case 'custom-columns': {
      const r = printTemplated(inv, doc, output)
      if (r !== 0) return r
      break
    }
    default:
      break
  }
  return flush()
}
