// GNU coreutils wc: lines, words, bytes; column width follows wc.c (1 for a single count of a
// single operand, digits of the total size for files, at least 7 when stdin is a pipe).
import type { Program } from '../../types'
import { ERRNO_TEXT, has, parseOrUsage, readOperand } from './common'

export const wc: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'wc', {
    flags: 'lwcmL',
    long: { lines: { as: 'l' }, words: { as: 'w' }, bytes: { as: 'c' }, chars: { as: 'm' } },
  })
  if (typeof p === 'number') return p
  let which = ['l', 'w', 'm', 'c'].filter((k) => has(p, k))
  if (!which.length) which = ['l', 'w', 'c']
  const files = p.args.length ? p.args : ['-']
  const rows: { counts: number[]; name: string }[] = []
  const total = which.map(() => 0)
  let status = 0
  let size = 0
  let pipe = false
  for (const f of files) {
    const r = readOperand(ctx, f)
    if ('error' in r) {
      ctx.stderr(`wc: ${f}: ${ERRNO_TEXT[r.error]}\n`)
      status = 1
      rows.push({ counts: [], name: f })
      continue
    }
    if (f === '-') pipe = true
    const bytes = new TextEncoder().encode(r.text).length
    size += bytes
    const all: Record<string, number> = {
      l: (r.text.match(/\n/g) ?? []).length,
      w: r.text.split(/\s+/).filter(Boolean).length,
      m: [...r.text].length,
      c: bytes,
    }
    const counts = which.map((k) => all[k])
    counts.forEach((c, i) => (total[i] += c))
    rows.push({ counts, name: f === '-' && !p.args.length ? '' : f })
  }
  const width =
    which.length === 1 && files.length === 1 ? 1 : Math.max(pipe ? 7 : 1, String(size).length)
  const fmt = (counts: number[], name: string): string =>
    counts.map((c) => String(c).padStart(width)).join(' ') + (name ? ` ${name}` : '') + '\n'
  for (const r of rows) if (r.counts.length) ctx.stdout(fmt(r.counts, r.name))
  if (files.length > 1) ctx.stdout(fmt(total, 'total'))
  return status
}
