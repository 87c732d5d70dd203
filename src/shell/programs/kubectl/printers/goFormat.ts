// Go's fmt verbs over unstructured values (map[string]interface{}, []interface{}, string, int64,
// float64, bool, nil): %v as jsonpath/custom-columns print cells, %#v as jsonpath's debug dump,
// and strconv.FormatFloat(f, 'g', -1, 64).
import { sortedEntries } from './json'

/** strconv.FormatFloat(f, 'g', -1, 64): shortest digits, %e form when exp < -4 or exp >= 6. */
export function formatGoFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN'
  if (f === Infinity) return '+Inf'
  if (f === -Infinity) return '-Inf'
  if (Object.is(f, -0)) return '-0'
  if (f === 0) return '0'
  const [mant, expStr] = f.toExponential().split('e')
  const exp = Number(expStr)
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+'
    return `${mant}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`
  }
  return String(f)
}

/** A JS number as Go sees it in unstructured data: whole numbers are int64, others float64. */
export function formatGoNumber(n: number): string {
  return Number.isInteger(n) && !Object.is(n, -0) && Math.abs(n) < 1e21
    ? String(n)
    : formatGoFloat(n)
}

function isGoPrint(ch: string): boolean {
  return ch === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(ch)
}

/** strconv.Quote. */
export function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    const short: Record<string, string> = {
      '\x07': '\\a',
      '\b': '\\b',
      '\f': '\\f',
      '\n': '\\n',
      '\r': '\\r',
      '\t': '\\t',
      '\v': '\\v',
      '"': '\\"',
      '\\': '\\\\',
    }
    if (short[ch]) out += short[ch]
    else if (isGoPrint(ch)) out += ch
    else if (c < 0x80) out += `\\x${c.toString(16).padStart(2, '0')}`
    else if (c <= 0xffff) out += `\\u${c.toString(16).padStart(4, '0')}`
    else out += `\\U${c.toString(16).padStart(8, '0')}`
  }
  return `${out}"`
}

/** fmt %v. */
export function goSprint(v: unknown): string {
  if (v === null || v === undefined) return '<nil>'
  if (typeof v === 'string') return v
  if (typeof v === 'number') return formatGoNumber(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`
  if (typeof v === 'object') {
    return `map[${sortedEntries(v)
      .map(([k, x]) => `${k}:${goSprint(x)}`)
      .join(' ')}]`
  }
  return typeof v === 'bigint' ? v.toString() : ''
}

/** fmt %#v. */
export function goSharpV(v: unknown): string {
  if (v === null || v === undefined) return 'interface {}(nil)'
  if (typeof v === 'string') return goQuote(v)
  if (typeof v === 'number') return formatGoNumber(v)
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (Array.isArray(v)) return `[]interface {}{${v.map(goSharpV).join(', ')}}`
  if (typeof v === 'object') {
    return `map[string]interface {}{${sortedEntries(v)
      .map(([k, x]) => `${goQuote(k)}:${goSharpV(x)}`)
      .join(', ')}}`
  }
  return typeof v === 'bigint' ? v.toString() : ''
}
