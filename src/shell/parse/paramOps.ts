// bash's `${…}` operators (subst.c: parameter_brace_expand, remove_pattern, pat_subst,
// verify_substring_values, parameter_brace_casemod) over glob patterns (lib/glob/strmatch.c).
// https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html
import { ArithError } from '../arith'
import { POSIX_CLASSES } from '../posixClasses'
import { closingQuote } from './scan'

export type ParamOp =
  | ':-'
  | '-'
  | ':='
  | '='
  | ':+'
  | '+'
  | ':?'
  | '?'
  | '#len'
  | '#'
  | '##'
  | '%'
  | '%%'
  | '/'
  | '//'
  | '/#'
  | '/%'
  | ':'
  | '^'
  | '^^'
  | ','
  | ',,'
  /** not a form bash knows: `${name}` holds the whole text, expanding it is an error */
  | 'bad'

export interface BracedParam {
  name: string
  op?: ParamOp
  /** the word after the operator: a default, a pattern, an offset */
  arg?: string
  /** `${p/pat/rep}`: the replacement (undefined when there is no second `/`); `${p:o:len}`: len */
  arg2?: string
}

/**
 * An expansion error (`${p:?msg}`, `substring expression < 0`): bash prints it and abandons the
 * line. It extends ArithError so that it is reported wherever an arithmetic error is (exec.ts).
 */
export class ExpansionError extends ArithError {}

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#@*!-])/
const OPS: ParamOp[] = [':-', ':=', ':+', ':?', '-', '=', '+', '?', '##', '#', '%%', '%', ',,', ',']
const OPS_CASE: ParamOp[] = ['^^', '^']

/**
 * Split the text between `${` and `}` into name, operator and words; undefined: bad substitution.
 * divergence: `${p@Q}`-style transformations and `${!name}` indirection are bad substitutions here.
 */
export function parseBraced(body: string): BracedParam | undefined {
  if (body.length > 1 && body.startsWith('#')) {
    const rest = body.slice(1)
    if (NAME.exec(rest)?.[0] === rest) return { name: rest, op: '#len' }
  }
  const name = NAME.exec(body)?.[0]
  if (!name) return undefined
  const r = body.slice(name.length)
  if (!r) return { name }
  for (const op of [...OPS, ...OPS_CASE]) {
    if (r.startsWith(op)) return { name, op, arg: r.slice(op.length) }
  }
  if (r[0] === ':') {
    if (r.length === 1) return undefined
    const at = findTop(r, 1, ':', true)
    return at < 0
      ? { name, op: ':', arg: r.slice(1) }
      : { name, op: ':', arg: r.slice(1, at), arg2: r.slice(at + 1) }
  }
  if (r[0] === '/') {
    const op: ParamOp = r[1] === '/' ? '//' : r[1] === '#' ? '/#' : r[1] === '%' ? '/%' : '/'
    const from = op.length
    const at = findTop(r, from, '/', false)
    return at < 0
      ? { name, op, arg: r.slice(from) }
      : { name, op, arg: r.slice(from, at), arg2: r.slice(at + 1) }
  }
  return undefined
}

/** Index of the `}` closing a `${` whose body starts at `from` (quotes, nesting); -1 if none. */
export function matchBrace(s: string, from: number): number {
  return findTop(s, from, '}', false)
}

/** The first `stop` outside quotes, `${ }`, `$( )`, backticks (and parentheses if `parens`). */
function findTop(s: string, from: number, stop: string, parens: boolean): number {
  let depth = 0
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === "'" || c === '"' || c === '`') {
      i = closingQuote(s, i)
      if (i < 0) return -1
    } else if (c === '$' && (s[i + 1] === '{' || s[i + 1] === '(')) {
      depth++
      i++
    } else if (depth > 0 && (c === '}' || c === ')')) depth--
    else if (parens && c === '(') depth++
    else if (depth === 0 && c === stop) return i
  }
  return -1
}

/** One pattern character; `special` false when it was quoted (matches itself). */
export interface PatChar {
  c: string
  special: boolean
}

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')

/** A glob pattern as regex source, unanchored: `*`, `?`, `[…]` with `!`/`^`, ranges, [:class:]. */
export function globSource(pat: PatChar[]): string {
  let re = ''
  for (let i = 0; i < pat.length; i++) {
    const { c, special } = pat[i]
    if (special && c === '*') re += '[\\s\\S]*'
    else if (special && c === '?') re += '[\\s\\S]'
    else if (special && c === '\\' && i + 1 < pat.length) re += escapeRe(pat[++i].c)
    else if (special && c === '[') {
      const end = classEnd(pat, i)
      if (end < 0) re += '\\['
      else {
        re += classSource(pat.slice(i + 1, end))
        i = end
      }
    } else re += escapeRe(c)
  }
  return re
}

function classEnd(pat: PatChar[], open: number): number {
  let j = open + 1
  if (pat[j]?.c === '!' || pat[j]?.c === '^') j++
  if (pat[j]?.c === ']') j++
  for (; j < pat.length; j++) {
    if (pat[j].c === '[' && pat[j + 1]?.c === ':') {
      const close = pat.findIndex((p, k) => k > j + 1 && p.c === ':' && pat[k + 1]?.c === ']')
      if (close > 0) j = close + 1
    } else if (pat[j].c === ']') return j
  }
  return -1
}

function classSource(body: PatChar[]): string {
  let cls = ''
  let k = 0
  if (body[0]?.c === '!' || body[0]?.c === '^') {
    cls = '^'
    k = 1
  }
  for (; k < body.length; k++) {
    const c = body[k].c
    if (c === '[' && body[k + 1]?.c === ':') {
      const close = body.findIndex((p, m) => m > k + 1 && p.c === ':' && body[m + 1]?.c === ']')
      const name = body
        .slice(k + 2, close)
        .map((p) => p.c)
        .join('')
      if (close > 0 && name in POSIX_CLASSES) {
        cls += POSIX_CLASSES[name]
        k = close + 1
        continue
      }
    }
    if (c === '-' && k > 0 && k < body.length - 1 && cls !== '^') cls += '-'
    else cls += escapeRe(c)
  }
  return `[${cls}]`
}

export type RemoveOp = '#' | '##' | '%' | '%%'

/** `${p#pat}` and friends: the shortest or longest matching prefix or suffix removed. */
export function removePattern(v: string, pat: PatChar[], op: RemoveOp): string {
  const re = new RegExp(`^(?:${globSource(pat)})$`)
  const n = v.length
  for (let k = 0; k <= n; k++) {
    if (op === '#' && re.test(v.slice(0, k))) return v.slice(k)
    if (op === '##' && re.test(v.slice(0, n - k))) return v.slice(n - k)
    if (op === '%' && re.test(v.slice(n - k))) return v.slice(0, n - k)
    if (op === '%%' && re.test(v.slice(k))) return v.slice(0, k)
  }
  return v
}

/** `${p/pat/rep}` and friends; `rep(m)` gives the replacement for the matched text `m`. */
export function replacePattern(
  v: string,
  pat: PatChar[],
  op: '/' | '//' | '/#' | '/%',
  rep: (m: string | undefined) => string,
): string {
  const src = globSource(pat)
  // pat_subst's special cases, which do not process `&`
  if (!pat.length && (op === '/#' || op === '/%')) {
    return op === '/#' ? rep(undefined) + v : v + rep(undefined)
  }
  const whole = new RegExp(`^(?:${src})$`)
  if (!v) return pat.length && whole.test('') ? rep(undefined) : v
  if (!pat.length) return v
  const n = v.length
  if (op === '/#' || op === '/%') {
    for (let k = 0; k <= n; k++) {
      if (op === '/#' && whole.test(v.slice(0, n - k)))
        return rep(v.slice(0, n - k)) + v.slice(n - k)
      if (op === '/%' && whole.test(v.slice(k))) return v.slice(0, k) + rep(v.slice(k))
    }
    return v
  }
  const find = new RegExp(src, 'g')
  let out = ''
  let i = 0
  while (i < n) {
    find.lastIndex = i
    const m = find.exec(v)
    if (!m) break
    const s = m.index
    let e = s + m[0].length
    // bash takes the longest match at the leftmost start; a greedy regex may stop short
    for (let k = n; k > e; k--) {
      if (whole.test(v.slice(s, k))) {
        e = k
        break
      }
    }
    out += v.slice(i, s) + rep(v.slice(s, e))
    if (e === s) {
      out += v[s] ?? ''
      e++
    }
    i = e
    if (op === '/') break
  }
  return out + v.slice(i)
}

/** `${p:offset:length}` (verify_substring_values); `lenText` names a bad length in the error. */
export function substring(v: string, offset: bigint, length?: bigint, lenText = ''): string {
  const n = BigInt(v.length)
  let start = offset
  if (start < 0n) start += n
  if (start < 0n || start > n) return ''
  let end = n
  if (length !== undefined) {
    if (length < 0n) {
      end = n + length
      if (end < start) throw new ExpansionError(`${lenText}: substring expression < 0`)
    } else end = start + length > n ? n : start + length
  }
  return v.slice(Number(start), Number(end))
}

/** `${p^pat}`, `${p^^pat}`, `${p,pat}`, `${p,,pat}`: case of the first or every matching char. */
export function changeCase(v: string, pat: PatChar[], op: '^' | '^^' | ',' | ',,'): string {
  const re = pat.length ? new RegExp(`^(?:${globSource(pat)})$`) : /^[\s\S]$/
  const up = op[0] === '^'
  const all = op.length === 2
  let out = ''
  for (let i = 0; i < v.length; i++) {
    const c = v[i]
    const hit = (all || i === 0) && re.test(c)
    out += hit ? (up ? c.toUpperCase() : c.toLowerCase()) : c
  }
  return out
}
