// Word expansion in bash's order: tilde, parameter and command substitution, field splitting on
// IFS whitespace, pathname expansion (globbing) against the host filesystem, quote removal.
import { normalizePath, type FileSystem } from '../../sim'
import { ArithError, evalArith } from '../arith'
import { lexHereBody, lexOpWord, type Part, type Word } from './lexer'
import {
  changeCase,
  ExpansionError,
  globSource,
  removePattern,
  replacePattern,
  substring,
  type PatChar,
} from './paramOps'

export interface ExpandEnv {
  /** a variable's value ($?, $HOME, …), undefined when unset */
  lookup(name: string): string | undefined
  /** `${X:=y}` assigns */
  assign(name: string, value: string): void
  /** runs a command substitution, returning its stdout */
  substitute(src: string): Promise<string>
  cwd: string
  fs: FileSystem
}

interface Seg {
  s: string
  quoted: boolean
}

/** Expand a word into fields (argv entries). */
export async function expandWord(word: Word, env: ExpandEnv): Promise<string[]> {
  const fields: Seg[][] = []
  let cur: Seg[] | null = null
  const push = (s: string, quoted: boolean): void => {
    ;(cur ??= []).push({ s, quoted })
  }
  for (const p of word) {
    if (p.k === 'lit') push(p.s, p.q)
    else if (p.k === 'tilde') push(env.lookup('HOME') ?? '/root', true)
    else {
      const v = await partValue(p, env)
      if (p.q) {
        push(v, true)
        continue
      }
      if (!v) continue
      const pieces = v.split(/[ \t\n]+/)
      pieces.forEach((piece, i) => {
        if (i > 0 && cur) {
          fields.push(cur)
          cur = null
        }
        if (piece) push(piece, true)
      })
    }
  }
  if (cur) fields.push(cur)
  const out: string[] = []
  for (const f of fields) out.push(...glob(f, env))
  return out
}

/** Expand without splitting or globbing (assignments, redirection targets, here-strings). */
export async function expandString(word: Word, env: ExpandEnv): Promise<string> {
  let out = ''
  for (const p of word) {
    if (p.k === 'lit') out += p.s
    else if (p.k === 'tilde') out += env.lookup('HOME') ?? '/root'
    else out += await partValue(p, env)
  }
  return out
}

/** Expand an unquoted here-document body: $VAR, ${…}, $(…), backticks and \$ \` \\ escapes. */
export async function expandHereDoc(body: string, env: ExpandEnv): Promise<string> {
  return expandString(lexHereBody(body), env)
}

/** `$(( ))` and `(( ))`: the text is expanded (parameters, $( ), quote removal), then evaluated. */
export async function arith(src: string, env: ExpandEnv): Promise<bigint> {
  const text = (await expandString(lexHereBody(src), env)).replace(/"/g, '')
  return evalArith(text, { get: (n) => env.lookup(n), set: (n, v) => env.assign(n, v) })
}

async function partValue(
  p: Exclude<Part, { k: 'lit' } | { k: 'tilde' }>,
  env: ExpandEnv,
): Promise<string> {
  if (p.k === 'cmd') return (await env.substitute(p.src)).replace(/\n+$/, '')
  if (p.k === 'arith') return String(await arith(p.src, env))
  const v = env.lookup(p.name)
  const arg = async (): Promise<string> => expandString(lexHereBody(p.arg ?? ''), env)
  switch (p.op) {
    case undefined:
      return v ?? ''
    case '#len':
      return String((v ?? '').length)
    case ':-':
      return v ? v : arg()
    case '-':
      return v ?? arg()
    case ':=':
    case '=': {
      if (p.op === ':=' ? v : v !== undefined) return v ?? ''
      const a = await arg()
      env.assign(p.name, a)
      return a
    }
    case ':+':
      return v ? arg() : ''
    case '+':
      return v !== undefined ? arg() : ''
    case 'bad':
      throw new ExpansionError(`\${${p.name}}: bad substitution`)
    case ':?':
    case '?':
      if (p.op === ':?' ? v : v !== undefined) return v ?? ''
      throw new ExpansionError(`${p.name}: ${(await wordOf(p.arg, env)) || defaultNotSet(p.op)}`)
    case ':': {
      const num = async (src: string): Promise<bigint> => {
        try {
          return await arith(src, env)
        } catch (e) {
          if (e instanceof ArithError) throw new ExpansionError(`${p.name}: ${e.message}`)
          throw e
        }
      }
      const off = await num(p.arg ?? '')
      const len = p.arg2 === undefined ? undefined : await num(p.arg2)
      return substring(v ?? '', off, len, p.arg2)
    }
    case '#':
    case '##':
    case '%':
    case '%%':
      return v ? removePattern(v, await patternOf(p.arg, env), p.op) : ''
    case '/':
    case '//':
    case '/#':
    case '/%': {
      if (v === undefined) return ''
      const pat = await patternOf(p.arg, env)
      const rep = await patternOf(p.arg2, env)
      return replacePattern(v, pat, p.op, (m) =>
        rep.map((r) => (m !== undefined && r.special && r.c === '&' ? m : r.c)).join(''),
      )
    }
    case '^':
    case '^^':
    case ',':
    case ',,':
      return v ? changeCase(v, await patternOf(p.arg, env), p.op) : ''
  }
}

const defaultNotSet = (op: ':?' | '?'): string =>
  op === ':?' ? 'parameter null or not set' : 'parameter not set'

/** An operator's word expanded with quote removal (the message of `${p:?word}`). */
async function wordOf(text: string | undefined, env: ExpandEnv): Promise<string> {
  return (await patternOf(text, env)).map((p) => p.c).join('')
}

/** An operator's word expanded, each character marked special (unquoted) or literal (quoted). */
async function patternOf(text: string | undefined, env: ExpandEnv): Promise<PatChar[]> {
  const out: PatChar[] = []
  const add = (s: string, special: boolean): void => {
    for (const c of s) out.push({ c, special })
  }
  for (const part of lexOpWord(text ?? '')) {
    if (part.k === 'lit') add(part.s, !part.q)
    else if (part.k === 'tilde') add(env.lookup('HOME') ?? '/root', false)
    else add(await partValue(part, env), !part.q)
  }
  return out
}

const GLOB = /[*?[]/

/** Pathname expansion of one field; a pattern that matches nothing stays as typed. */
function glob(field: Seg[], env: ExpandEnv): string[] {
  const text = field.map((s) => s.s).join('')
  if (!field.some((s) => !s.quoted && GLOB.test(s.s))) return [text]
  // Build per-character "is special" flags.
  const chars: { c: string; special: boolean }[] = []
  for (const s of field) for (const c of s.s) chars.push({ c, special: !s.quoted })
  const comps: (typeof chars)[] = [[]]
  for (const ch of chars) {
    if (ch.c === '/') comps.push([])
    else comps[comps.length - 1].push(ch)
  }
  const absolute = text.startsWith('/')
  let bases: string[] = [absolute ? '/' : '']
  comps.forEach((comp, idx) => {
    if (idx === 0 && absolute) return
    const isLast = idx === comps.length - 1
    const literal = comp.map((c) => c.c).join('')
    const hasGlob = comp.some((c) => c.special && GLOB.test(c.c))
    const next: string[] = []
    for (const b of bases) {
      const join = (name: string): string =>
        b === '' ? name : b.endsWith('/') ? b + name : `${b}/${name}`
      if (!hasGlob) {
        next.push(join(literal))
        continue
      }
      const dir = normalizePath(b || '.', env.cwd)
      if (!env.fs.isDir(dir)) continue
      const re = globRegex(comp)
      for (const name of env.fs.list(dir)) {
        if (name.startsWith('.') && !literal.startsWith('.')) continue
        if (re.test(name)) next.push(join(name))
      }
    }
    bases = isLast ? next : next.filter((p) => p === '' || env.fs.exists(normalizePath(p, env.cwd)))
  })
  const hits = bases.filter((p) => env.fs.exists(normalizePath(p, env.cwd))).sort()
  return hits.length ? hits : [text]
}

function globRegex(comp: { c: string; special: boolean }[]): RegExp {
  return new RegExp(`^${globSource(comp)}$`)
}
