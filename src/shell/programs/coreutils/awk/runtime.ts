// awk runtime: values (numbers, strings, and "strnum" input fields that compare as numbers when
// they look numeric), records and fields, variables, arrays and the builtin functions.
import { ereToJs } from '../regex'

/** An input field or other user input: a string that compares numerically when it looks like a number. */
export class StrNum {
  constructor(readonly s: string) {}
}
export type Val = number | string | StrNum

/** Control flow: next, exit, break, continue, and runtime errors. */
export class Ctl extends Error {
  constructor(
    readonly kind: 'next' | 'exit' | 'break' | 'continue' | 'error',
    message: string = kind,
  ) {
    super(message)
  }
}

const NUMERIC = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/

export function fmtNum(n: number, ofmt = '%.6g'): string {
  if (Number.isNaN(n)) return 'nan'
  if (!Number.isFinite(n)) return n > 0 ? 'inf' : '-inf'
  if (Number.isInteger(n)) return String(n)
  return sprintf(ofmt, [n])
}

export function toStr(v: Val, rt?: Rt): string {
  if (v instanceof StrNum) return v.s
  if (typeof v === 'number') return fmtNum(v, rt?.getStr('CONVFMT'))
  return v
}

export function toNum(v: Val): number {
  if (typeof v === 'number') return v
  const s = v instanceof StrNum ? v.s : v
  const m = /^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(s)
  return m ? parseFloat(m[0]) : 0
}

export function toBool(v: Val): boolean {
  if (typeof v === 'number') return v !== 0
  if (v instanceof StrNum) return NUMERIC.test(v.s) ? toNum(v) !== 0 : v.s !== ''
  return v !== ''
}

const isNumLike = (v: Val): boolean =>
  typeof v === 'number' || (v instanceof StrNum && NUMERIC.test(v.s))

export function cmpVals(a: Val, b: Val, rt: Rt): number {
  if (isNumLike(a) && isNumLike(b)) return toNum(a) - toNum(b)
  const x = toStr(a, rt)
  const y = toStr(b, rt)
  return x < y ? -1 : x > y ? 1 : 0
}

/** A regex operand: a /literal/ is a regex, any other value is a dynamic regex string. */
export function regexOf(e: ((rt: Rt) => Val) & { re?: string }, rt: Rt | undefined): RegExp {
  const src = e.re ?? toStr(e(rt!), rt)
  return new RegExp(ereToJs(src))
}

export interface Rt {
  field(i: number): Val
  setField(i: number, v: string): void
  getVar(name: string): Val
  getStr(name: string): string
  setVar(name: string, v: Val): void
  array(name: string): Map<string, Val>
  write(text: string, dest?: { mode: string; target: string }): void
  exitCode: number
}

type Arg = Val | { re: string }

const asVal = (a: Arg | undefined): Val =>
  a === undefined ? '' : typeof a === 'object' && 're' in a ? a.re : a

export function builtin(name: string, args: Arg[], rt: Rt, exprs: unknown[] = []): Val {
  const s = (i: number): string => toStr(asVal(args[i]), rt)
  const n = (i: number): number => toNum(asVal(args[i]))
  const re = (i: number): RegExp => {
    const a = args[i]
    return new RegExp(ereToJs(typeof a === 'object' && 're' in a ? a.re : toStr(asVal(a), rt)), 'g')
  }
  switch (name) {
    case 'length':
      return args.length ? s(0).length : toStr(rt.field(0), rt).length
    case 'substr': {
      const str = s(0)
      const start = Math.round(n(1))
      const len = args.length > 2 ? Math.round(n(2)) : Infinity
      const from = Math.max(1, start)
      const to = Math.min(str.length + 1, start + len)
      return to > from ? str.slice(from - 1, to - 1) : ''
    }
    case 'index':
      return s(0).indexOf(s(1)) + 1
    case 'tolower':
      return s(0).toLowerCase()
    case 'toupper':
      return s(0).toUpperCase()
    case 'int':
      return Math.trunc(n(0))
    case 'sqrt':
      return Math.sqrt(n(0))
    case 'exp':
      return Math.exp(n(0))
    case 'log':
      return Math.log(n(0))
    case 'sprintf':
      return sprintf(s(0), args.slice(1).map(asVal), rt)
    case 'split': {
      const target = nameOf(exprs[1])
      const str = s(0)
      const fs = args.length > 2 ? asVal(args[2]) : rt.getVar('FS')
      const parts = splitFields(
        str,
        typeof args[2] === 'object' && args[2] && 're' in args[2]
          ? { re: args[2].re }
          : toStr(fs, rt),
      )
      if (target) {
        const a = rt.array(target)
        a.clear()
        parts.forEach((p, i) => a.set(String(i + 1), new StrNum(p)))
      }
      return parts.length
    }
    case 'sub':
    case 'gsub': {
      const r = re(0)
      const lv = exprs[2] as { lv?: { get(rt: Rt): Val; set(rt: Rt, v: Val): void } } | undefined
      const target = lv?.lv ? toStr(lv.lv.get(rt), rt) : toStr(rt.field(0), rt)
      let count = 0
      const repl = s(1)
      const out = target.replace(r, (m) => {
        if (name === 'sub' && count > 0) return m
        count++
        return repl.replace(/\\&|&/g, (x) => (x === '&' ? m : '&'))
      })
      if (count) {
        if (lv?.lv) lv.lv.set(rt, out)
        else rt.setField(0, out)
      }
      return count
    }
    case 'match': {
      const m = re(0).exec(s(0))
      rt.setVar('RSTART', m ? m.index + 1 : 0)
      rt.setVar('RLENGTH', m ? m[0].length : -1)
      return m ? m.index + 1 : 0
    }
    default:
      throw new Ctl('error', `function ${name} never defined`)
  }
}

function nameOf(e: unknown): string | undefined {
  return (e as { arrName?: string } | undefined)?.arrName
}

/** Split a record by FS: ' ' means runs of blanks, one other char is literal, longer is an ERE. */
export function splitFields(rec: string, fs: string | { re: string }): string[] {
  if (typeof fs === 'object') return rec === '' ? [] : rec.split(new RegExp(ereToJs(fs.re)))
  if (fs === ' ') return rec.split(/[ \t\n]+/).filter(Boolean)
  if (rec === '') return []
  if (fs.length === 1 && fs !== '\\') return rec.split(fs)
  if (fs === '\t' || fs === '\\t') return rec.split('\t')
  return rec.split(new RegExp(ereToJs(fs)))
}

/** awk/C printf: %d %i %s %c %f %e %g %x %o %% with flags, width, precision. */
export function sprintf(fmt: string, args: Val[], rt?: Rt): string {
  let k = 0
  const next = (): Val => (k < args.length ? args[k++] : '')
  return fmt.replace(
    /%([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([diouxXeEfgGcs%])/g,
    (_all, flags: string, w?: string, pr?: string, conv?: string) => {
      if (conv === '%') return '%'
      const width = w === '*' ? toNum(next()) : w ? Number(w) : 0
      const prec = pr === '*' ? toNum(next()) : pr !== undefined ? Number(pr) : undefined
      const v = next()
      let body: string
      switch (conv) {
        case 'd':
        case 'i':
          body = String(Math.trunc(toNum(v)))
          break
        case 'o':
          body = Math.trunc(toNum(v)).toString(8)
          break
        case 'x':
        case 'X':
          body = Math.trunc(toNum(v)).toString(16)
          if (conv === 'X') body = body.toUpperCase()
          break
        case 'u':
          body = String(Math.abs(Math.trunc(toNum(v))))
          break
        case 'c':
          body = typeof v === 'number' ? String.fromCharCode(v) : toStr(v, rt).slice(0, 1)
          break
        case 's':
          body = toStr(v, rt)
          if (prec !== undefined) body = body.slice(0, prec)
          break
        case 'f':
          body = toNum(v).toFixed(prec ?? 6)
          break
        case 'e':
        case 'E':
          body = toNum(v)
            .toExponential(prec ?? 6)
            .replace(/e([+-])(\d)$/, 'e$10$2')
          if (conv === 'E') body = body.toUpperCase()
          break
        default: {
          const x = toNum(v)
          const p = prec === undefined ? 6 : prec || 1
          const exp = x === 0 ? 0 : Math.floor(Math.log10(Math.abs(x)))
          body =
            exp < -4 || exp >= p
              ? x.toExponential(p - 1).replace(/e([+-])(\d)$/, 'e$10$2')
              : x.toFixed(Math.max(0, p - 1 - exp))
          if (!flags.includes('#'))
            body = body.replace(/\.?0+(e|$)/, '$1').replace(/(\.\d*?)0+(e|$)/, '$1$2')
          if (conv === 'G') body = body.toUpperCase()
        }
      }
      if (/[dieEfgG]/.test(conv!) && toNum(v) >= 0) {
        if (flags.includes('+')) body = '+' + body
        else if (flags.includes(' ')) body = ' ' + body
      }
      if (body.length >= width) return body
      if (flags.includes('-')) return body.padEnd(width)
      if (flags.includes('0') && conv !== 's' && conv !== 'c') {
        const sign = /^[-+ ]/.test(body) ? body[0] : ''
        return sign + body.slice(sign.length).padStart(width - sign.length, '0')
      }
      return body.padStart(width)
    },
  )
}
