// k8s.io/apimachinery/pkg/util/duration (HumanDuration, ShortHumanDuration), Go time.Duration
// String and time.ParseDuration, and kubectl's translateTimestampSince (printers.go).

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** Go's int(x): truncate toward zero. */
const trunc = (x: number) => Math.trunc(x)

/** duration.HumanDuration: the AGE column (`45s`, `5m12s`, `90m`, `3h4m`, `2d3h`, `400d`, `2y30d`). */
export function humanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND)
  if (seconds < -1) return '<invalid>'
  if (seconds < 0) return '0s'
  if (seconds < 60 * 2) return `${seconds}s`
  const minutes = trunc(ms / MINUTE)
  if (minutes < 10) {
    const s = seconds % 60
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`
  }
  if (minutes < 60 * 3) return `${minutes}m`
  const hours = trunc(ms / HOUR)
  if (hours < 8) {
    const m = minutes % 60
    return m === 0 ? `${hours}h` : `${hours}h${m}m`
  }
  if (hours < 48) return `${hours}h`
  if (hours < 24 * 8) {
    const h = hours % 24
    return h === 0 ? `${trunc(hours / 24)}d` : `${trunc(hours / 24)}d${h}h`
  }
  if (hours < 24 * 365 * 2) return `${trunc(hours / 24)}d`
  if (hours < 24 * 365 * 8) {
    const dy = trunc(hours / 24) % 365
    const y = trunc(hours / 24 / 365)
    return dy === 0 ? `${y}y` : `${y}y${dy}d`
  }
  return `${trunc(hours / 24 / 365)}y`
}

/** duration.ShortHumanDuration: one unit only (`45s`, `5m`, `3h`, `2d`, `1y`). */
export function shortHumanDuration(ms: number): string {
  const seconds = trunc(ms / SECOND)
  if (seconds < -1) return '<invalid>'
  if (seconds < 0) return '0s'
  if (seconds < 60) return `${seconds}s`
  const minutes = trunc(ms / MINUTE)
  if (minutes < 60) return `${minutes}m`
  const hours = trunc(ms / HOUR)
  if (hours < 24) return `${hours}h`
  if (hours < 24 * 365) return `${trunc(hours / 24)}d`
  return `${trunc(ms / HOUR / 24 / 365)}y`
}

/** printers.go translateTimestampSince: HumanDuration(now - t), `<unknown>` when t is unset. */
export function translateTimestampSince(
  timestamp: string | undefined | null,
  nowMs: number,
): string {
  if (!timestamp) return '<unknown>'
  const t = Date.parse(timestamp)
  if (Number.isNaN(t)) return '<unknown>'
  return humanDuration(nowMs - t)
}

/** Go time.Duration.String() of a duration in milliseconds (`5m0s`, `1h0m0s`, `1.5s`, `300ms`). */
export function formatGoDuration(ms: number): string {
  let u = BigInt(Math.round(ms * 1e6)) // nanoseconds
  const neg = u < 0n
  if (neg) u = -u
  let out: string
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s'
    let prec: number
    let unit: string
    if (u < 1000n) [prec, unit] = [0, 'ns']
    else if (u < 1_000_000n) [prec, unit] = [3, 'µs']
    else [prec, unit] = [6, 'ms']
    const [frac, rest] = fmtFrac(u, prec)
    out = `${rest}${frac}${unit}`
  } else {
    const [frac, secs] = fmtFrac(u, 9)
    out = `${secs % 60n}${frac}s`
    let rest = secs / 60n
    if (rest > 0n) {
      out = `${rest % 60n}m${out}`
      rest /= 60n
      if (rest > 0n) out = `${rest}h${out}`
    }
  }
  return neg ? `-${out}` : out
}

/** The fraction v/10**prec as ".12" without trailing zeros ('' when zero), and v/10**prec. */
function fmtFrac(v: bigint, prec: number): [string, bigint] {
  let digits = ''
  let print = false
  for (let i = 0; i < prec; i++) {
    const digit = v % 10n
    print = print || digit !== 0n
    if (print) digits = `${digit}${digits}`
    v /= 10n
  }
  return [print ? `.${digits}` : '', v]
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1000n,
  µs: 1000n, // U+00B5
  μs: 1000n, // U+03BC
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
}
const MAX = 1n << 63n

/** Go's time.quote: ASCII printable as is (with \" and \\ escaped), other bytes as \xNN. */
function goQuote(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    if (c >= 0x80 || c < 0x20) {
      for (const b of new TextEncoder().encode(ch)) out += `\\x${b.toString(16).padStart(2, '0')}`
    } else {
      out += ch === '"' || ch === '\\' ? `\\${ch}` : ch
    }
  }
  return `${out}"`
}

export type ParsedDuration = { ms: number } | { error: string }

/** Go time.ParseDuration (`300ms`, `-1.5h`, `2h45m`) in milliseconds, or its exact error text. */
export function parseGoDuration(orig: string): ParsedDuration {
  const invalid = { error: `time: invalid duration ${goQuote(orig)}` }
  let s = orig
  let neg = false
  if (s !== '' && (s[0] === '-' || s[0] === '+')) {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return { ms: 0 }
  if (s === '') return invalid
  let d = 0n
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9'
  while (s !== '') {
    if (!(s[0] === '.' || isDigit(s[0]))) return invalid
    let i = 0
    while (isDigit(s[i])) i++
    const pre = i > 0
    let v = BigInt(s.slice(0, i) || '0')
    if (v > MAX) return invalid // leadingInt overflow
    s = s.slice(i)
    let f = 0n
    let scale = 1
    let post = false
    if (s[0] === '.') {
      s = s.slice(1)
      let j = 0
      let overflow = false
      while (isDigit(s[j])) {
        // leadingFraction stops accumulating once more digits would overflow
        if (!overflow) {
          if (f > (MAX - 1n) / 10n) overflow = true
          else {
            f = f * 10n + BigInt(s.charCodeAt(j) - 48)
            scale *= 10
          }
        }
        j++
      }
      post = j > 0
      s = s.slice(j)
    }
    if (!pre && !post) return invalid
    let k = 0
    while (k < s.length && !(s[k] === '.' || isDigit(s[k]))) k++
    if (k === 0) return { error: `time: missing unit in duration ${goQuote(orig)}` }
    const u = s.slice(0, k)
    s = s.slice(k)
    const unit = UNITS[u]
    if (unit === undefined) {
      return { error: `time: unknown unit ${goQuote(u)} in duration ${goQuote(orig)}` }
    }
    if (v > MAX / unit) return invalid
    v *= unit
    if (f > 0n) {
      v += BigInt(Math.trunc(Number(f) * (Number(unit) / scale)))
      if (v > MAX) return invalid
    }
    d += v
    if (d > MAX) return invalid
  }
  if (!neg && d > MAX - 1n) return invalid
  const ms = Number(d) / 1e6
  return { ms: neg ? -ms : ms }
}
