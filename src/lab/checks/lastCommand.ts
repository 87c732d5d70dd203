// `lastCommand` checks: the student's latest command line matching a pattern (typed since the
// question's setup ran) and how it ended — for tasks like "drain again: does it work?".
import { resolveText } from '../schema/lang'
import type { LastCommandCheck } from '../schema'
import { fail, pass, type CheckImpl } from './types'

export const lastCommandCheck: CheckImpl<LastCommandCheck> = {
  async evaluate(check, ctx) {
    const host = check.host ?? ctx.defaultHost
    const re = new RegExp(check.matches)
    const last = ctx.commands.filter((c) => c.host === host && re.test(c.line)).at(-1)
    const custom = check.message && resolveText(check.message, ctx.lang)
    if (!last)
      return fail(custom || `no command matching /${check.matches}/ has been run on ${host} yet`)
    if (check.exitCode !== undefined && last.exitCode !== check.exitCode)
      return fail(
        custom || `\`${last.line}\` exited with ${last.exitCode}, expected ${check.exitCode}`,
      )
    return pass
  },
  describe(check) {
    return `a command matching /${check.matches}/ was run${check.exitCode !== undefined ? ` and exited with ${check.exitCode}` : ''}`
  },
}
