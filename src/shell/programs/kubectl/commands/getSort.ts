// --sort-by: order objects by a JSONPath field (kubectl pkg/cmd/get/sorter.go RuntimeSort),
// with cli-runtime's RelaxedJSONPathExpression and sortorder.NaturalLess for strings.
import { JsonPath, JsonPathParseError } from '../printers/jsonpath'
import type { Fetched } from './getFetch'

const RELAXED = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/

/** RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}`, `{.a.b}` → `{.a.b}`. */
export function relaxedJsonPath(expr: string): string | { error: string } {
  if (!expr) return expr
  const m = RELAXED.exec(expr)
  if (!m)
    return {
      error:
        "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    }
  return `{.${m[1] || m[2]}}`
}

/** fvbommel/sortorder NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): boolean {
  const re = /(\d+|\D+)/g
  const ca = a.match(re) ?? []
  const cb = b.match(re) ?? []
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]
    const y = cb[i]
    if (x === y) continue
    const dx = /^\d/.test(x)
    const dy = /^\d/.test(y)
    if (dx && dy) {
      const nx = BigInt(x)
      const ny = BigInt(y)
      if (nx !== ny) return nx < ny
      return x.length < y.length
    }
    return x < y
  }
  return ca.length < cb.length
}

function less(a: unknown, b: unknown): boolean {
  if (a === undefined || a === null) return b !== undefined && b !== null
  if (b === undefined || b === null) return false
  if (typeof a === 'number' && typeof b === 'number') return a < b
  if (typeof a === 'boolean' && typeof b === 'boolean') return !a && b
  const text = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v))
  return naturalLess(text(a), text(b))
}

/** Sort each kind's objects in place; an error message (without `error: `) when the path is bad. */
export function sortFetched(results: Fetched[], sortBy: string): string | undefined {
  const path = relaxedJsonPath(sortBy)
  if (typeof path !== 'string') return path.error
  let jp: JsonPath
  try {
    jp = JsonPath.parse(path, { allowMissingKeys: true })
  } catch (e) {
    if (e instanceof JsonPathParseError) return `error parsing jsonpath ${path}, ${e.message}`
    throw e
  }
  const value = (o: unknown): unknown => {
    try {
      const r = jp.findResults(o)
      return r[0]?.[0]
    } catch {
      return undefined
    }
  }
  const all = results.flatMap((r) => r.objs)
  if (all.length && all.every((o) => value(o) === undefined))
    return `couldn't find any field with path ${JSON.stringify(path)} in the list of objects`
  for (const r of results) {
    const keyed = r.objs.map((o) => ({ o, v: value(o) }))
    keyed.sort((x, y) => (less(x.v, y.v) ? -1 : less(y.v, x.v) ? 1 : 0))
    r.objs = keyed.map((k) => k.o)
  }
  return undefined
}
