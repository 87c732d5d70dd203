// GNU coreutils cut, tr, tee, base64, seq and util-linux column -t.
import type { Program } from '../../types'
import { ERRNO_TEXT, has, last, lines, parseOrUsage, readOperand, unlines } from './common'
import { openOutput } from '../../redirect'

function ranges(spec: string): ((i: number) => boolean) | undefined {
  const parts = spec.split(',').map((r) => /^(\d*)(-?)(\d*)$/.exec(r))
  if (parts.some((m) => !m || (!m[1] && !m[3]) || m[1] === '0')) return undefined
  return (i) =>
    parts.some((m) => {
      const a = m![1] ? Number(m![1]) : 1
      const b = m![2] ? (m![3] ? Number(m![3]) : Infinity) : a
      return i >= a && i <= b
    })
}

export const cut: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'cut', {
    flags: 's',
    withArg: 'dfcb',
    long: {
      delimiter: { as: 'd', arg: true },
      fields: { as: 'f', arg: true },
      characters: { as: 'c', arg: true },
      bytes: { as: 'b', arg: true },
      'only-delimited': { as: 's' },
    },
  })
  if (typeof p === 'number') return p
  const f = last(p, 'f')
  const c = last(p, 'c') ?? last(p, 'b')
  if (f === undefined && c === undefined) {
    ctx.stderr(
      "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
    )
    return 1
  }
  const sel = ranges((f ?? c)!)
  if (!sel) {
    ctx.stderr(`cut: invalid field value '${f ?? c}'\nTry 'cut --help' for more information.\n`)
    return 1
  }
  const d = last(p, 'd') ?? '\t'
  if (d.length !== 1) {
    ctx.stderr(
      "cut: the delimiter must be a single character\nTry 'cut --help' for more information.\n",
    )
    return 1
  }
  let status = 0
  for (const name of p.args.length ? p.args : ['-']) {
    const r = readOperand(ctx, name)
    if ('error' in r) {
      ctx.stderr(`cut: ${name}: ${ERRNO_TEXT[r.error]}\n`)
      status = 1
      continue
    }
    const out = lines(r.text).flatMap((l) => {
      if (c !== undefined) return [[...l].filter((_, i) => sel(i + 1)).join('')]
      if (!l.includes(d)) return has(p, 's') ? [] : [l]
      return [
        l
          .split(d)
          .filter((_, i) => sel(i + 1))
          .join(d),
      ]
    })
    ctx.stdout(unlines(out))
  }
  return status
}

function expandSet(s: string): string[] {
  const esc: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\' }
  const chars: string[] = []
  const classes: Record<string, string> = {
    upper: 'A-Z',
    lower: 'a-z',
    digit: '0-9',
    alpha: 'A-Za-z',
    alnum: 'A-Za-z0-9',
    space: ' \t\n\r\f\v',
    blank: ' \t',
    punct: '!-/:-@[-`{-~',
  }
  s = s.replace(/\[:(\w+):\]/g, (all, n: string) => classes[n] ?? all)
  for (let i = 0; i < s.length; i++) {
    let ch = s[i]
    if (ch === '\\' && i + 1 < s.length) ch = esc[s[++i]] ?? s[i]
    if (s[i + 1] === '-' && i + 2 < s.length) {
      const end = s[i + 2]
      for (let k = ch.charCodeAt(0); k <= end.charCodeAt(0); k++) chars.push(String.fromCharCode(k))
      i += 2
    } else chars.push(ch)
  }
  return chars
}

export const tr: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'tr', {
    flags: 'dsc',
    long: { delete: { as: 'd' }, 'squeeze-repeats': { as: 's' } },
  })
  if (typeof p === 'number') return p
  const del = has(p, 'd')
  if (!p.args.length || (!del && !has(p, 's') && p.args.length < 2)) {
    ctx.stderr(
      p.args.length
        ? `tr: missing operand after '${p.args[0]}'\nTwo strings must be given when translating.\nTry 'tr --help' for more information.\n`
        : "tr: missing operand\nTry 'tr --help' for more information.\n",
    )
    return 1
  }
  const a = expandSet(p.args[0])
  const b = p.args[1] !== undefined ? expandSet(p.args[1]) : []
  let out = ''
  for (const ch of ctx.stdin) {
    if (del) {
      if (!a.includes(ch)) out += ch
      continue
    }
    const k = a.indexOf(ch)
    out += k >= 0 && b.length ? (b[Math.min(k, b.length - 1)] ?? ch) : ch
  }
  if (has(p, 's')) {
    const sq = new Set(b.length ? b : a)
    out = [...out].filter((ch, i, arr) => !(i > 0 && ch === arr[i - 1] && sq.has(ch))).join('')
  }
  ctx.stdout(out)
  return 0
}

export const tee: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'tee', { flags: 'a', long: { append: { as: 'a' } } })
  if (typeof p === 'number') return p
  let status = 0
  for (const f of p.args) {
    const w = openOutput(f, has(p, 'a'), ctx.host.fs, ctx.session.cwd)
    if (typeof w === 'string') {
      ctx.stderr(`tee: ${w}\n`)
      status = 1
    } else w(ctx.stdin)
  }
  ctx.stdout(ctx.stdin)
  return status
}

export const column: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'column', {
    flags: 't',
    withArg: 'so',
    long: {
      table: { as: 't' },
      separator: { as: 's', arg: true },
      'output-separator': { as: 'o', arg: true },
    },
  })
  if (typeof p === 'number') return p
  let text = ''
  for (const f of p.args.length ? p.args : ['-']) {
    const r = readOperand(ctx, f)
    if ('error' in r) {
      ctx.stderr(`column: cannot open ${f}: ${ERRNO_TEXT[r.error]}\n`)
      return 1
    }
    text += r.text
  }
  const ls = lines(text).filter((l) => l.trim() !== '')
  if (!has(p, 't')) {
    // divergence: column without -t fills columns like ls; here it prints lines unchanged.
    ctx.stdout(unlines(ls))
    return 0
  }
  const sep = last(p, 's')
  const rows = ls.map((l) =>
    sep ? l.split(new RegExp(`[${sep.replace(/[\]\\^-]/g, '\\$&')}]+`)) : l.trim().split(/\s+/),
  )
  const widths: number[] = []
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)))
  const osep = last(p, 'o') ?? '  '
  ctx.stdout(
    unlines(
      rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join(osep)),
    ),
  )
  return 0
}

export const base64: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'base64', {
    flags: 'di',
    withArg: 'w',
    long: { decode: { as: 'd' }, wrap: { as: 'w', arg: true } },
  })
  if (typeof p === 'number') return p
  const name = p.args[0] ?? '-'
  const r = readOperand(ctx, name)
  if ('error' in r) {
    ctx.stderr(`base64: ${name}: ${ERRNO_TEXT[r.error]}\n`)
    return 1
  }
  if (has(p, 'd')) {
    const clean = r.text.replace(/\s+/g, '')
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) {
      ctx.stderr('base64: invalid input\n')
      return 1
    }
    const bin = atob(clean.padEnd(Math.ceil(clean.length / 4) * 4, '='))
    ctx.stdout(new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0))))
    return 0
  }
  const bytes = new TextEncoder().encode(r.text)
  const enc = btoa(Array.from(bytes, (b) => String.fromCharCode(b)).join(''))
  const wrap = Number(last(p, 'w') ?? 76)
  const out = wrap > 0 ? (enc.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') : enc
  ctx.stdout(out ? out + '\n' : '')
  return 0
}

export const seq: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (!args.length) {
    ctx.stderr("seq: missing operand\nTry 'seq --help' for more information.\n")
    return 1
  }
  const bad = args.find((a) => !/^[-+]?(\d+\.?\d*|\.\d+)$/.test(a))
  if (bad !== undefined) {
    ctx.stderr(
      `seq: invalid floating point argument: '${bad}'\nTry 'seq --help' for more information.\n`,
    )
    return 1
  }
  const n = args.map(Number)
  const [first, step, lastV] =
    n.length === 1 ? [1, 1, n[0]] : n.length === 2 ? [n[0], 1, n[1]] : [n[0], n[1], n[2]]
  const decimals = Math.max(
    ...args.slice(0, n.length === 3 ? 2 : 1).map((a) => (a.split('.')[1] ?? '').length),
  )
  let out = ''
  for (
    let i = 0, v = first;
    step > 0 ? v <= lastV + 1e-9 : v >= lastV - 1e-9;
    v = first + step * ++i
  ) {
    if (i > 1_000_000) break
    out += v.toFixed(decimals) + '\n'
  }
  ctx.stdout(out)
  return 0
}
