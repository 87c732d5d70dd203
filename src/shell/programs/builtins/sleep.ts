// GNU coreutils sleep: NUMBER[SUFFIX]... summed, suffixes s m h d, fractions allowed; waits in
// virtual time.
import type { Program } from '../../types'

const UNIT: Record<string, number> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

export const sleep: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'))
  if (!args.length) {
    ctx.stderr("sleep: missing operand\nTry 'sleep --help' for more information.\n")
    return 1
  }
  let ms = 0
  let bad = false
  for (const a of args) {
    const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(a)
    if (a.startsWith('-') && a.length > 1 && !/^-\d/.test(a)) {
      ctx.stderr(`sleep: invalid option -- '${a[1]}'\nTry 'sleep --help' for more information.\n`)
      return 1
    }
    if (!m) {
      ctx.stderr(`sleep: invalid time interval '${a}'\n`)
      bad = true
      continue
    }
    ms += parseFloat(m[1]) * UNIT[m[2]]
  }
  if (bad) {
    ctx.stderr("Try 'sleep --help' for more information.\n")
    return 1
  }
  await ctx.sleep(Math.round(ms))
  return 0
}
