// GNU findutils xargs: split stdin on blanks and newlines (quotes honoured) and run the command
// (default echo) with them; -n N per run, -I REPLACE per line, -r no run on empty input.
import type { Program } from '../../types'
import { has, last, parseOrUsage } from './common'

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

function splitItems(text: string): string[] {
  const items: string[] = []
  const re = /"([^"]*)"|'([^']*)'|((?:\\.|[^\s"'])+)/g
  let cur = ''
  let last = 0
  let any = false
  for (const m of text.matchAll(re)) {
    if (m.index > last && /\s/.test(text.slice(last, m.index)) && any) {
      items.push(cur)
      cur = ''
    }
    cur += m[1] ?? m[2] ?? m[3].replace(/\\(.)/g, '$1')
    any = true
    last = m.index + m[0].length
  }
  if (any) items.push(cur)
  return items
}

export const xargs: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const optEnd = args.findIndex((a) => !a.startsWith('-'))
  const optArgs = optEnd < 0 ? args : args.slice(0, optEnd)
  // options with a separate value (-n 1, -I {}) swallow the next word
  let cmdStart = optEnd < 0 ? args.length : optEnd
  if (optEnd > 0 && /^-[nIL]$/.test(args[optEnd - 1])) {
    optArgs.push(args[optEnd])
    cmdStart = optEnd + 1
  }
  const p = parseOrUsage({ ...ctx, argv: ['xargs', ...optArgs] }, 'xargs', {
    flags: 'rt0',
    withArg: 'nIL',
    long: { 'no-run-if-empty': { as: 'r' }, 'max-args': { as: 'n', arg: true } },
  })
  if (typeof p === 'number') return p
  const cmd = args.slice(cmdStart)
  if (!cmd.length) cmd.push('echo')
  const repl = last(p, 'I')
  let status = 0
  const run = async (extra: string[]): Promise<void> => {
    const words =
      repl !== undefined ? cmd.map((w) => w.split(repl).join(extra[0])) : [...cmd, ...extra]
    const line = words.map(quote).join(' ')
    if (has(p, 't')) ctx.stderr(words.join(' ') + '\n')
    const rc = await ctx.exec(line)
    if (rc !== 0) status = rc >= 1 && rc <= 125 ? 123 : rc
  }
  if (repl !== undefined) {
    for (const l of ctx.stdin.split('\n').filter((x) => x.trim()))
      await run([l.replace(/^\s+/, '')])
    return status
  }
  const items = has(p, '0') ? ctx.stdin.split('\0').filter(Boolean) : splitItems(ctx.stdin)
  if (!items.length) {
    if (!has(p, 'r')) await run([])
    return status
  }
  const n = Number(last(p, 'n') ?? last(p, 'L') ?? items.length)
  for (let i = 0; i < items.length; i += n) await run(items.slice(i, i + n))
  return status
}
