// `command` checks: run a read-only command line in a fresh session on a host (as an examiner
// would in another terminal) and match its output and exit code.
import { resolveText } from '../schema/lang'
import type { CommandCheck } from '../schema'
import { fail, pass, type CheckImpl } from './types'

type Match = NonNullable<CommandCheck['stdout']>

function mismatch(stream: string, m: Match | undefined, text: string): string | undefined {
  if (!m) return undefined
  if (m.equals !== undefined && text !== m.equals)
    return `its ${stream} is not ${JSON.stringify(m.equals)}`
  if (m.contains !== undefined && !text.includes(m.contains))
    return `its ${stream} does not contain ${JSON.stringify(m.contains)}`
  if (m.matches !== undefined && !new RegExp(m.matches, 'm').test(text))
    return `its ${stream} does not match /${m.matches}/`
  return undefined
}

export const commandCheck: CheckImpl<CommandCheck> = {
  async evaluate(check, ctx) {
    const host = check.host ?? ctx.defaultHost
    const r = await ctx.run(host, check.command)
    const out: string[] = []
    if (check.exitCode !== undefined && r.exitCode !== check.exitCode)
      out.push(`\`${check.command}\` exited with ${r.exitCode}, expected ${check.exitCode}`)
    for (const [stream, m, text] of [
      ['output', check.stdout, r.stdout],
      ['error output', check.stderr, r.stderr],
    ] as const) {
      const why = mismatch(stream, m, text)
      if (why) out.push(`\`${check.command}\`: ${why}`)
    }
    if (!out.length) return pass
    const custom = check.message && resolveText(check.message, ctx.lang)
    return fail(...(custom ? [custom] : out))
  },
  describe(check) {
    return `\`${check.command}\` prints the expected output`
  },
}
