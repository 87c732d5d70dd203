// resource.Quantity as describe prints it: parse `100m`, `50Mi`, `1.5`, `2Gi`, add, and
// String() in canonical form. Upstream: k8s.io/apimachinery/pkg/api/resource/quantity.go.
// divergence: values are kept as milli-units in a JS number (exact up to ~9e12 units), which
// covers every CPU and memory amount a lab uses.

export type QuantityFormat = 'DecimalSI' | 'BinarySI'

export interface Quantity {
  milli: number
  format: QuantityFormat
}

const BINARY: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 }
const DECIMAL: Record<string, number> = {
  n: -9,
  u: -6,
  m: -3,
  '': 0,
  k: 3,
  M: 6,
  G: 9,
  T: 12,
  P: 15,
  E: 18,
}

export const ZERO: Quantity = { milli: 0, format: 'DecimalSI' }

export function parseQuantity(s: string | number | undefined): Quantity {
  if (s === undefined) return ZERO
  if (typeof s === 'number') return { milli: Math.round(s * 1000), format: 'DecimalSI' }
  const m = /^([+-]?[0-9.]+)([eE][+-]?\d+|[a-zA-Z]*)$/.exec(s.trim())
  if (!m) return ZERO
  const num = parseFloat(m[1])
  const suffix = m[2]
  if (suffix in BINARY)
    return { milli: Math.round(num * 1024 ** BINARY[suffix] * 1000), format: 'BinarySI' }
  if (/^[eE]/.test(suffix))
    return { milli: Math.round(num * 10 ** Number(suffix.slice(1)) * 1000), format: 'DecimalSI' }
  if (suffix in DECIMAL)
    return { milli: Math.round(num * 10 ** (DECIMAL[suffix] + 3)), format: 'DecimalSI' }
  return ZERO
}

/** q.Add(other): the receiver keeps its format. */
export function addQuantity(a: Quantity, b: Quantity): Quantity {
  return { milli: a.milli + b.milli, format: a.format }
}

/** Quantity.String() in canonical form: `100m`, `2`, `1k`, `50Mi`, `1536`. */
export function formatQuantity(q: Quantity): string {
  if (q.milli === 0) return '0'
  let format = q.format
  if (q.milli % 1000 !== 0) return `${q.milli}m`
  const v = q.milli / 1000
  if (format === 'BinarySI' && Math.abs(v) < 1024) format = 'DecimalSI'
  if (format === 'BinarySI') {
    let exp = 0
    let n = v
    while (exp < 6 && n % 1024 === 0) {
      n /= 1024
      exp++
    }
    const suffix = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][exp]
    return `${n}${suffix}`
  }
  let exp = 0
  let n = v
  while (exp < 18 && n % 1000 === 0) {
    n /= 1000
    exp += 3
  }
  const suffix = { 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' }[exp] ?? ''
  return `${n}${suffix}`
}

/** q.Value() (rounded up to an integer) and q.MilliValue(). */
export function quantityValue(q: Quantity): number {
  return Math.ceil(q.milli / 1000)
}
export function quantityMilli(q: Quantity): number {
  return q.milli
}
