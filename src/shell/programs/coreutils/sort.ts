// GNU coreutils sort (C locale: byte order) with -r -n -u -t -k N[,M][n|r] -f, and uniq with
// -c -d -u -i.
import type { Program } from '../../types'
import { ERRNO_TEXT, has, lines, parseOrUsage, readOperand, resolve, unlines } from './common'

interface Key {
  start: number
  end?: number
  numeric: boolean
  reverse: boolean
}

function fieldsOf(line: string, sep: string | undefined): [number, number][] {
  // [start, end) offsets of each field; without -t a field starts with its leading blanks.
  const out: [number, number][] = []
  if (sep !== undefined) {
    let s = 0
    for (let i = 0; i <= line.length; i++) {
      if (i === line.length || line[i] === sep) {
        out.push([s, i])
        s = i + 1
      }
    }
    return out
  }
  let i = 0
  while (i < line.length) {
    const s = i
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++
    out.push([s, i])
  }
  return out
}

function keyText(line: string, k: Key, sep: string | undefined): string {
  const f = fieldsOf(line, sep)
  if (k.start > f.length) return ''
  const from = f[k.start - 1][0]
  const to =
    k.end === undefined ? line.length : (f[Math.min(k.end, f.length) - 1]?.[1] ?? line.length)
  return line.slice(from, Math.max(from, to))
}

const cmpBytes = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

function numVal(s: string): number {
  const m = /^\s*(-?\d*\.?\d+|-?\d+)/.exec(s)
  return m ? parseFloat(m[1]) : 0
}

export const sort: Program = async (ctx) => {
  const p = parseOrUsage(
    ctx,
    'sort',
    {
      flags: 'rnufbsVh',
      withArg: 'tko',
      long: {
        reverse: { as: 'r' },
        'numeric-sort': { as: 'n' },
        unique: { as: 'u' },
        'field-separator': { as: 't', arg: true },
        key: { as: 'k', arg: true },
        'ignore-case': { as: 'f' },
      },
    },
    2,
  )
  if (typeof p === 'number') return p
  const sep = p.opts.get('t')?.at(-1)
  const keys: Key[] = []
  for (const spec of p.opts.get('k') ?? []) {
    const m = /^(\d+)(?:\.\d+)?([bnr]*)(?:,(\d+)(?:\.\d+)?([bnr]*))?$/.exec(spec)
    if (!m || m[1] === '0') {
      ctx.stderr(`sort: invalid number at field start: invalid count at start of '${spec}'\n`)
      return 2
    }
    const mods = (m[2] ?? '') + (m[4] ?? '')
    keys.push({
      start: Number(m[1]),
      end: m[3] ? Number(m[3]) : undefined,
      numeric: mods.includes('n'),
      reverse: mods.includes('r'),
    })
  }
  const globalNum = has(p, 'n') || has(p, 'h') || has(p, 'V')
  const rev = has(p, 'r')
  let text = ''
  for (const f of p.args.length ? p.args : ['-']) {
    const r = readOperand(ctx, f)
    if ('error' in r) {
      ctx.stderr(`sort: cannot read: ${f}: ${ERRNO_TEXT[r.error]}\n`)
      return 2
    }
    text += r.text && !r.text.endsWith('\n') ? r.text + '\n' : r.text
  }
  const fold = (s: string): string => (has(p, 'f') ? s.toUpperCase() : s)
  const cmpKeys = (a: string, b: string): number => {
    const ks = keys.length ? keys : [{ start: 1, numeric: false, reverse: false } as Key]
    for (const k of ks) {
      const ka = keys.length ? keyText(a, k, sep) : a
      const kb = keys.length ? keyText(b, k, sep) : b
      const c = k.numeric || globalNum ? numVal(ka) - numVal(kb) : cmpBytes(fold(ka), fold(kb))
      if (c) return (k.reverse ? -1 : 1) * Math.sign(c)
    }
    return 0
  }
  const cmp = (a: string, b: string): number => {
    const c = cmpKeys(a, b)
    if (c || has(p, 'u') || has(p, 's')) return rev ? -c : c
    return rev ? -cmpBytes(a, b) : cmpBytes(a, b)
  }
  let out = lines(text).sort(cmp)
  if (has(p, 'u')) out = out.filter((l, i) => i === 0 || cmpKeys(out[i - 1], l) !== 0)
  ctx.stdout(unlines(out))
  return 0
}

export const uniq: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'uniq', {
    flags: 'cdui',
    long: {
      count: { as: 'c' },
      repeated: { as: 'd' },
      unique: { as: 'u' },
      'ignore-case': { as: 'i' },
    },
  })
  if (typeof p === 'number') return p
  const src = p.args[0] ?? '-'
  const r = readOperand(ctx, src)
  if ('error' in r) {
    ctx.stderr(`uniq: ${src}: ${ERRNO_TEXT[r.error]}\n`)
    return 1
  }
  const eq = (a: string, b: string): boolean =>
    has(p, 'i') ? a.toLowerCase() === b.toLowerCase() : a === b
  const groups: { line: string; n: number }[] = []
  for (const l of lines(r.text)) {
    const g = groups[groups.length - 1]
    if (g && eq(g.line, l)) g.n++
    else groups.push({ line: l, n: 1 })
  }
  let out = ''
  for (const g of groups) {
    if (has(p, 'd') && g.n < 2) continue
    if (has(p, 'u') && g.n > 1) continue
    out += (has(p, 'c') ? `${String(g.n).padStart(7)} ` : '') + g.line + '\n'
  }
  if (p.args[1]) ctx.host.fs.write(resolve(ctx, p.args[1]), out)
  else ctx.stdout(out)
  return 0
}
