// The check kinds: one evaluator per `kind`. Add a kind: write <kind>.ts with its schema in
// ../schema/checks.ts, then one line here (the mapped type makes a missing entry a type error).
import type { Check, CheckKind } from '../schema'
import { objectCheck } from './object'
import { nodeCheck } from './node'
import { commandCheck } from './command'
import { lastCommandCheck } from './lastCommand'
import { allCheck, anyCheck, notCheck } from './logic'
import type { CheckContext, CheckImpl, CheckResult, Recurse } from './types'

export const CHECK_KINDS: { [K in CheckKind]: CheckImpl<Extract<Check, { kind: K }>> } = {
  object: objectCheck,
  node: nodeCheck,
  command: commandCheck,
  lastCommand: lastCommandCheck,
  all: allCheck,
  any: anyCheck,
  not: notCheck,
}

function impl(check: Check): CheckImpl<Check> {
  return CHECK_KINDS[check.kind]
}

const recurse: Recurse = {
  evaluate: (c, ctx) => evaluateCheck(c, ctx),
  describe: (c) => describeCheck(c),
}

/** Grade a check against the world as it is now. Never writes. */
export async function evaluateCheck(check: Check, ctx: CheckContext): Promise<CheckResult> {
  try {
    return await impl(check).evaluate(check, ctx, recurse)
  } catch (e) {
    return {
      ok: false,
      failures: [`the check could not run: ${e instanceof Error ? e.message : String(e)}`],
    }
  }
}

/** A short statement of what a check asserts. */
export function describeCheck(check: Check): string {
  return impl(check).describe(check, recurse)
}

export type { CheckContext, CheckResult, CommandRecord, CommandOutput } from './types'
export { readPath, parsePath } from './path'
