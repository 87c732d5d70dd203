// kubectl -o json: cli-runtime printers.JSONPrinter = Go json.MarshalIndent(obj, "", "    ") + "\n",
// over unstructured maps (keys sorted, HTML-safe escaping), and the v1 List kubectl wraps lists in.

/**
 * The List kubectl prints for several objects (cmd/get: an UnstructuredList with empty metadata,
 * sent once more through JSON, which turns a float -0 into the integer 0).
 */
export function listObject(items: readonly unknown[]): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    items: items.map(jsonRoundTrip),
    kind: 'List',
    metadata: { resourceVersion: '' },
  }
}

function jsonRoundTrip(v: unknown): unknown {
  if (typeof v === 'number') return Object.is(v, -0) ? 0 : v
  if (v === null || typeof v !== 'object') return v
  if (Array.isArray(v)) return v.map(jsonRoundTrip)
  return Object.fromEntries(
    Object.entries(v).flatMap(([k, x]) => (x === undefined ? [] : [[k, jsonRoundTrip(x)]])),
  )
}

/** Go's string ordering (UTF-8 bytes = code points), used for map keys. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0
  // UTF-16 order equals code point order unless a surrogate pair is involved
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : 1
  const ai = a[Symbol.iterator]()
  const bi = b[Symbol.iterator]()
  for (;;) {
    const x = ai.next()
    const y = bi.next()
    if (x.done) return y.done ? 0 : -1
    if (y.done) return 1
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0)
    if (d !== 0) return d
  }
}

const SURROGATE = /[\uD800-\uDFFF]/

/** Own keys with defined values, in Go's sorted map order. */
export function sortedEntries(o: object): [string, unknown][] {
  return Object.entries(o)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => compareGoStrings(a, b))
}

/** Go encoding/json number formatting of a float64 / int64. */
export function goJSONNumber(n: number): string {
  if (Object.is(n, -0)) return '-0'
  // divergence: NaN and ±Inf make Go's Marshal fail; we print null
  if (!Number.isFinite(n)) return 'null'
  // JS and Go agree: shortest digits, exponent form below 1e-6 and from 1e21 ("1e-7", "1e+21")
  return String(n)
}

/** Go encoding/json string quoting with HTML escaping (the default of json.Marshal). */
export function goJSONString(s: string): string {
  let out = '"'
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    switch (ch) {
      case '"':
        out += '\\"'
        break
      case '\\':
        out += '\\\\'
        break
      case '\b':
        out += '\\b'
        break
      case '\f':
        out += '\\f'
        break
      case '\n':
        out += '\\n'
        break
      case '\r':
        out += '\\r'
        break
      case '\t':
        out += '\\t'
        break
      default:
        if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
          out += `\\u${c.toString(16).padStart(4, '0')}`
        } else if (c >= 0xd800 && c <= 0xdfff) {
          out += '\\ufffd' // a lone surrogate is invalid UTF-8 to Go
        } else out += ch
    }
  }
  return `${out}"`
}

function encode(v: unknown, indent: string, prefix: string): string {
  if (v === null || v === undefined) return 'null'
  switch (typeof v) {
    case 'string':
      return goJSONString(v)
    case 'number':
      return goJSONNumber(v)
    case 'boolean':
      return v ? 'true' : 'false'
    case 'bigint':
      return v.toString()
    case 'object':
      break
    default:
      return 'null'
  }
  const inner = indent ? `${prefix}${indent}` : ''
  const nl = indent ? '\n' : ''
  const colon = indent ? ': ' : ':'
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]'
    const parts = v.map((x: unknown) => `${nl}${inner}${encode(x, indent, inner)}`)
    return `[${parts.join(',')}${nl}${prefix}]`
  }
  const entries = sortedEntries(v)
  if (entries.length === 0) return '{}'
  const parts = entries.map(
    ([k, x]) => `${nl}${inner}${goJSONString(k)}${colon}${encode(x, indent, inner)}`,
  )
  return `{${parts.join(',')}${nl}${prefix}}`
}

/** Go json.Marshal: compact, keys sorted. */
export function marshalJSON(v: unknown): string {
  return encode(v, '', '')
}

/** Go json.MarshalIndent(v, "", indent). */
export function marshalIndentJSON(v: unknown, indent = '    '): string {
  return encode(v, indent, '')
}

/** What `kubectl get ... -o json` prints for one object (or a listObject). */
export function printJSON(obj: unknown): string {
  return `${marshalIndentJSON(obj)}\n`
}
