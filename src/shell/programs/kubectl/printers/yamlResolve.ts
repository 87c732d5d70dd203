// yaml.v2 resolve.go and encode.go stringv: which scalar style a string asks for — plain unless,
// read back unquoted, it would be a bool, null, number or timestamp.

/** encode.go stringv: literal for multi-line text, plain unless it would read back as another type. */
export function requestedStyle(s: string): 'plain' | 'double' | 'literal' {
  if (s.includes('\n')) return 'literal'
  return resolvesToString(s) && !isBase60Float(s) ? 'plain' : 'double'
}

const BOOL_NULL = new Set(
  'y Y yes Yes YES true True TRUE on On ON n N no No NO false False FALSE off Off OFF ~ null Null NULL'.split(
    ' ',
  ),
)
const SPECIAL_FLOATS = new Set(
  '.nan .NaN .NAN .inf .Inf .INF +.inf +.Inf +.INF -.inf -.Inf -.INF'.split(' '),
)
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/

/** resolve.go: would this text, unquoted, decode as a string (not bool, null, number, timestamp)? */
export function resolvesToString(s: string): boolean {
  if (s === '' || BOOL_NULL.has(s) || SPECIAL_FLOATS.has(s)) return false
  const c = s[0]
  if (c === '.') return !isGoFloat(s)
  if (c !== '+' && c !== '-' && !(c >= '0' && c <= '9')) return true
  if (isTimestamp(s)) return false
  const plain = s.replaceAll('_', '')
  if (isGoInt(plain)) return false
  if (YAML_FLOAT.test(plain) && isGoFloat(plain)) return false
  if (plain.startsWith('0b') && /^[01]+$/.test(plain.slice(2))) return false
  if (plain.startsWith('-0b') && /^[01]+$/.test(plain.slice(3))) return false
  return true
}

/** strconv.ParseInt/ParseUint(s, 0, 64) acceptance (underscores already removed). */
function isGoInt(s: string): boolean {
  const m = /^([-+]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s)
  if (!m) return false
  const body = m[2]
  let n: bigint
  if (/^0[oO]/.test(body)) n = BigInt(`0o${body.slice(2)}`)
  else if (/^0[0-7]+$/.test(body)) n = BigInt(`0o${body.slice(1)}`)
  else n = BigInt(body)
  if (m[1] === '-') return n <= 1n << 63n
  return n < 1n << 64n
}

/** strconv.ParseFloat acceptance for the forms YAML_FLOAT admits (and leading-dot floats). */
function isGoFloat(s: string): boolean {
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)
}

function isBase60Float(s: string): boolean {
  const c = s[0]
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9')) || !s.includes(':')) return false
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s)
}

/** resolve.go parseTimestamp: Go time.Parse with its four layouts. */
function isTimestamp(s: string): boolean {
  const m =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))|(?: (\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?))?$/.exec(
      s,
    )
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return false
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > days) return false
  const h = Number(m[4] ?? m[7] ?? 0)
  const min = Number(m[5] ?? m[8] ?? 0)
  const sec = Number(m[6] ?? m[9] ?? 0)
  return h < 24 && min < 60 && sec < 60
}
