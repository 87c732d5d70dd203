// How create/run print what they made: `-o yaml|json|name` through the shared printers, or
// `<kind>/<name> created` with the dry-run suffix (cli-runtime PrintFlags). Typed objects print
// their fields in Go struct order for -o json, as kubectl's client-side dry runs do.
import type { KObject } from '../../../../sim'
import type { Invocation } from '../command'
import { fail } from '../command'
import { printName, resourceName } from '../printers/name'
import { printYAML } from '../printers/yaml'
import { withDryRun, type DryRunStrategy } from '../util/dryRun'

export function printCreated(
  inv: Invocation,
  obj: KObject,
  output: string,
  dryRun: DryRunStrategy,
): number {
  switch (output) {
    case '':
      inv.out(`${resourceName(obj)} ${withDryRun('created', dryRun)}\n`)
      return 0
    case 'name':
      inv.out(printName(obj))
      return 0
    case 'yaml':
      inv.out(printYAML(obj))
      return 0
    case 'json':
      // divergence: Go escapes <, > and & in JSON strings; JSON.stringify does not
      inv.out(`${JSON.stringify(obj, null, 4)}\n`)
      return 0
    default:
      return fail(
        inv,
        `unable to match a printer suitable for the output format "${output}", allowed formats are: json,name,yaml`,
      )
  }
}
