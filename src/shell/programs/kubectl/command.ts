// How a kubectl subcommand is declared: name, aliases, flags, help (captured from the real
// client) and a run function. Mirrors cobra.Command as kubectl builds it (pkg/cmd/<verb>/).
import type { ApiClient, Cluster } from '../../../sim'
import type { ProgramContext } from '../../types'
import type { FlagDef, ParsedFlags } from './flags'

export interface Invocation {
  ctx: ProgramContext
  /** the command path as cobra names it: 'get', 'create deployment', 'rollout status' */
  path: string
  args: string[]
  flags: ParsedFlags
  cluster: Cluster
  client: ApiClient
  /** -n value, or the context's namespace ('default') */
  namespace: string
  /** the user passed -n/--namespace */
  namespaceExplicit: boolean
  out: (s: string) => void
  err: (s: string) => void
}

export interface KubectlCommand {
  name: string
  aliases?: string[]
  /** one-line summary shown in `kubectl --help` */
  short?: string
  /** command-specific flags (global flags are added by the dispatcher) */
  flags: FlagDef[]
  /** nested commands (`create deployment`, `rollout status`, `config use-context`) */
  subcommands?: KubectlCommand[]
  /** run; absent for pure parents such as `rollout` (they print their help) */
  run?: (inv: Invocation) => Promise<number>
  /** does not need a cluster (version --client, config, completion) */
  offline?: boolean
}

export function defineKubectlCommand(c: KubectlCommand): KubectlCommand {
  return c
}

/** cobra's error exit: `error: <msg>` and status 1 (cmdutil.CheckErr / DefaultErrorExitCode). */
export function fail(inv: Invocation, message: string): number {
  inv.err(`error: ${message}\n`)
  return 1
}

/** `error: <msg>` + `See 'kubectl <path> -h' for help and examples` (cmdutil.UsageErrorf). */
export function usageError(inv: Invocation, message: string): number {
  inv.err(`error: ${message}\nSee 'kubectl ${inv.path} -h' for help and examples\n`)
  return 1
}
