// GNU grep: BRE by default, -E, -F, -i, -v, -c, -n, -w, -x, -o, -l, -L, -q, -s, -h/-H, -r,
// -A/-B/-C context with `--` separators, -e patterns; exit 0 match, 1 none, 2 error.
import type { Program, ProgramContext } from '../../types'
import { has, last, parseOrUsage, resolve } from './common'
import { breToJs, ereToJs, escapeJs } from './regex'

export const grep: Program = async (ctx) => {
  const p = parseOrUsage(
    ctx,
    'grep',
    {
      flags: 'EFGivcnwxolLqshHrRIaz',
      withArg: 'eABCmf',
      long: {
        'extended-regexp': { as: 'E' },
        'fixed-strings': { as: 'F' },
        'ignore-case': { as: 'i' },
        'invert-match': { as: 'v' },
        count: { as: 'c' },
        'line-number': { as: 'n' },
        'word-regexp': { as: 'w' },
        'line-regexp': { as: 'x' },
        'only-matching': { as: 'o' },
        'files-with-matches': { as: 'l' },
        'files-without-match': { as: 'L' },
        quiet: { as: 'q' },
        silent: { as: 'q' },
        'no-messages': { as: 's' },
        'no-filename': { as: 'h' },
        'with-filename': { as: 'H' },
        recursive: { as: 'r' },
        regexp: { as: 'e', arg: true },
        'after-context': { as: 'A', arg: true },
        'before-context': { as: 'B', arg: true },
        context: { as: 'C', arg: true },
        color: { as: 'I', arg: false },
        colour: { as: 'I' },
        'max-count': { as: 'm', arg: true },
      },
    },
    2,
  )
  if (typeof p === 'number') return p
  const args = [...p.args]
  const patterns = p.opts.get('e') ?? []
  if (!patterns.length) {
    if (!args.length) {
      ctx.stderr(
        "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      )
      return 2
    }
    patterns.push(args.shift()!)
  }
  const num = (k: string): number | undefined => {
    const v = last(p, k)
    return v === undefined ? undefined : Number(v)
  }
  for (const k of ['A', 'B', 'C', 'm']) {
    const v = last(p, k)
    if (v !== undefined && !/^\d+$/.test(v)) {
      ctx.stderr(`grep: ${v}: invalid ${k === 'm' ? 'max count' : 'context length argument'}\n`)
      return 2
    }
  }
  let re: RegExp
  try {
    const srcs = patterns
      .flatMap((x) => x.split('\n'))
      .map((x) => (has(p, 'F') ? escapeJs(x) : has(p, 'E') ? ereToJs(x) : breToJs(x)))
    let src = srcs.map((s) => `(?:${s})`).join('|')
    if (has(p, 'x')) src = `^(?:${src})$`
    else if (has(p, 'w')) src = `(?<![A-Za-z0-9_])(?:${src})(?![A-Za-z0-9_])`
    re = new RegExp(src, has(p, 'i') ? 'gi' : 'g')
  } catch (e) {
    ctx.stderr(
      `grep: ${e instanceof SyntaxError && e.message.startsWith('Unmatched') ? e.message : 'Invalid regular expression'}\n`,
    )
    return 2
  }
  const recursive = has(p, 'r') || has(p, 'R')
  const files = args.length ? args : [recursive ? '.' : '-']
  const o: GrepOpts = {
    re,
    invert: has(p, 'v'),
    count: has(p, 'c'),
    lineNo: has(p, 'n'),
    only: has(p, 'o'),
    listMatch: has(p, 'l'),
    listNon: has(p, 'L'),
    quiet: has(p, 'q'),
    after: num('A') ?? num('C') ?? 0,
    before: num('B') ?? num('C') ?? 0,
    names: !has(p, 'h') && (has(p, 'H') || files.length > 1 || recursive),
    max: num('m'),
    ctxGiven: has(p, 'A') || has(p, 'B') || has(p, 'C'),
  }
  let matched = false
  let error = false
  const targets: { name: string; text: string }[] = []
  for (const f of files) {
    if (f === '-') {
      targets.push({ name: '(standard input)', text: ctx.stdin })
      continue
    }
    const path = resolve(ctx, f)
    if (ctx.host.fs.isFile(path)) targets.push({ name: f, text: ctx.host.fs.read(path) })
    else if (ctx.host.fs.isDir(path)) {
      if (recursive) walk(ctx, path, f, targets)
      else if (!has(p, 's')) ctx.stderr(`grep: ${f}: Is a directory\n`)
    } else {
      if (!has(p, 's')) ctx.stderr(`grep: ${f}: No such file or directory\n`)
      error = true
    }
  }
  for (const t of targets) {
    if (searchOne(ctx, t.name, t.text, o)) matched = true
    if (matched && o.quiet) return 0
  }
  return error && !(o.quiet && matched) ? 2 : matched ? 0 : 1
}

function walk(
  ctx: ProgramContext,
  abs: string,
  shown: string,
  out: { name: string; text: string }[],
): void {
  for (const name of ctx.host.fs.list(abs)) {
    const a = abs === '/' ? `/${name}` : `${abs}/${name}`
    const s = shown.endsWith('/') ? shown + name : `${shown}/${name}`
    if (ctx.host.fs.isFile(a)) out.push({ name: s, text: ctx.host.fs.read(a) })
    else walk(ctx, a, s, out)
  }
}

interface GrepOpts {
  re: RegExp
  invert: boolean
  count: boolean
  lineNo: boolean
  only: boolean
  listMatch: boolean
  listNon: boolean
  quiet: boolean
  after: number
  before: number
  names: boolean
  max?: number
  ctxGiven: boolean
}

function searchOne(ctx: ProgramContext, name: string, text: string, o: GrepOpts): boolean {
  const ls = text.split('\n')
  if (ls[ls.length - 1] === '') ls.pop()
  const hits: boolean[] = ls.map((l) => {
    o.re.lastIndex = 0
    return o.re.test(l) !== o.invert
  })
  let total = 0
  const selected: number[] = []
  for (let i = 0; i < ls.length; i++) {
    if (!hits[i]) continue
    if (o.max !== undefined && total >= o.max) break
    total++
    selected.push(i)
  }
  if (o.quiet) return total > 0
  if (o.listMatch || o.listNon) {
    if (total > 0 === o.listMatch) ctx.stdout(name + '\n')
    return total > 0
  }
  if (o.count) {
    ctx.stdout((o.names ? `${name}:` : '') + `${total}\n`)
    return total > 0
  }
  const prefix = (i: number, sep: string): string =>
    (o.names ? name + sep : '') + (o.lineNo ? `${i + 1}${sep}` : '')
  let lastPrinted = -1
  let out = ''
  const sel = new Set(selected)
  for (const i of selected) {
    const from = Math.max(0, i - o.before, lastPrinted + 1)
    if (lastPrinted >= 0 && from > lastPrinted + 1 && o.ctxGiven) out += '--\n'
    for (let j = from; j < i; j++) out += prefix(j, '-') + ls[j] + '\n'
    if (o.only && !o.invert) {
      o.re.lastIndex = 0
      for (const m of ls[i].matchAll(o.re)) if (m[0]) out += prefix(i, ':') + m[0] + '\n'
    } else if (!o.only) out += prefix(i, ':') + ls[i] + '\n'
    lastPrinted = i
    const stop = Math.min(ls.length - 1, i + o.after)
    for (let j = i + 1; j <= stop && !sel.has(j); j++) {
      out += prefix(j, '-') + ls[j] + '\n'
      lastPrinted = j
    }
  }
  ctx.stdout(out)
  return total > 0
}
