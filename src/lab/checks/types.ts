// What a check evaluator sees: the world (read only), the student's command record, and a way to
// run a read-only command line in a fresh session.
import type { World } from '../../sim'
import type { Check, Lang } from '../schema'

export interface CommandRecord {
  /** host the command was typed on */
  host: string
  line: string
  exitCode: number
  /** position in the lab's command log (0-based, counts only the student's own commands) */
  seq: number
}

export interface CommandOutput {
  stdout: string
  stderr: string
  exitCode: number
}

export interface CheckContext {
  world: World
  lang: Lang
  /** the student's commands this check may look at, oldest first */
  commands: readonly CommandRecord[]
  /** host of the main session (default for command and lastCommand checks) */
  defaultHost: string
  /** run a read-only command line in a fresh session on a host */
  run(host: string, line: string): Promise<CommandOutput>
}

export interface CheckResult {
  ok: boolean
  /** one sentence per failed condition, in words a student understands */
  failures: string[]
}

/** How combinators reach the other kinds (keeps the kind table free of import cycles). */
export interface Recurse {
  evaluate(check: Check, ctx: CheckContext): Promise<CheckResult>
  describe(check: Check): string
}

export interface CheckImpl<C extends Check> {
  evaluate(check: C, ctx: CheckContext, recurse: Recurse): Promise<CheckResult>
  /** a short statement of what the check asserts ("node01 is unschedulable") */
  describe(check: C, recurse: Recurse): string
}

export const pass: CheckResult = { ok: true, failures: [] }
export function fail(...failures: string[]): CheckResult {
  return { ok: false, failures }
}
