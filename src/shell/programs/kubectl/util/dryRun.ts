// cmdutil.GetDryRunStrategy (kubectl pkg/cmd/util/helpers.go) and the printer suffixes
// `(dry run)` / `(server dry run)` that PrintFlagsWithDryRunStrategy adds to operations.
import type { FlagDef, ParsedFlags } from '../flags'
import { flagString } from '../flags'
import type { ProgramContext } from '../../../types'
import { klog } from './klog'

export type DryRunStrategy = 'none' | 'client' | 'server'

/** The --dry-run flag as cmdutil.AddDryRunFlag declares it. */
export const DRY_RUN_FLAG: FlagDef = {
  name: 'dry-run',
  type: 'string',
  default: 'none',
  noOptDefault: 'unchanged',
}

export class DryRunError extends Error {}

const TRUE = ['1', 't', 'T', 'TRUE', 'true', 'True']
const FALSE = ['0', 'f', 'F', 'FALSE', 'false', 'False']

/** Read --dry-run; prints klog's deprecation warnings; throws DryRunError on a bad value. */
export function dryRunStrategy(ctx: ProgramContext, flags: ParsedFlags): DryRunStrategy {
  const v = flagString(flags, 'dry-run')
  if (TRUE.includes(v) || FALSE.includes(v)) {
    const b = TRUE.includes(v)
    klog(
      ctx,
      'W',
      b ? 'helpers.go:716' : 'helpers.go:719',
      `--dry-run=${v} is deprecated (boolean value) and can be replaced with --dry-run=${b ? 'client' : 'none'}.`,
    )
    return b ? 'client' : 'none'
  }
  switch (v) {
    case 'unchanged':
      klog(
        ctx,
        'W',
        'helpers.go:702',
        '--dry-run is deprecated and can be replaced with --dry-run=client.',
      )
      return 'client'
    case 'client':
    case 'server':
    case 'none':
      return v
    default:
      throw new DryRunError(`Invalid dry-run value (${v}). Must be "none", "server", or "client".`)
  }
}

/** The operation text a printer shows: `cordoned`, `cordoned (dry run)`, `cordoned (server dry run)`. */
export function withDryRun(operation: string, strategy: DryRunStrategy): string {
  if (strategy === 'client') return `${operation} (dry run)`
  if (strategy === 'server') return `${operation} (server dry run)`
  return operation
}
