// kubectl -o yaml: cli-runtime printers.YAMLPrinter = sigs.k8s.io/yaml.Marshal: the object as JSON,
// read back by yaml.v2 (numbers become int or float, strings stay strings) and written by yaml.v2
// with its key order (sorter.go) and scalar styles (yamlEmitter.ts).
import { formatGoFloat } from './goFormat'
import { YamlEmitter, type YamlNode, type YamlScalar } from './yamlEmitter'

const isLetter = (c: string) =>
  c < '\x80' ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : /^\p{L}$/u.test(c)
const isDigit = (c: string | undefined) =>
  c !== undefined && (c < '\x80' ? c >= '0' && c <= '9' : /^\p{Nd}$/u.test(c))

/** yaml.v2 sorter.go keyList.Less for string keys: digit runs compare as numbers. */
export function yamlKeyLess(a: string, b: string): boolean {
  const ar = [...a]
  const br = [...b]
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue
    const al = isLetter(ar[i])
    const bl = isLetter(br[i])
    if (al && bl) return ar[i] < br[i]
    if (al || bl) return bl
    let an = 0
    let bn = 0
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') {
          an = 1
          bn = 1
          break
        }
      }
    }
    let ai = i
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + (ar[ai].charCodeAt(0) - 48)
    let bi = i
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + (br[bi].charCodeAt(0) - 48)
    if (an !== bn) return an < bn
    if (ai !== bi) return ai < bi
    return (ar[i].codePointAt(0) ?? 0) < (br[i].codePointAt(0) ?? 0)
  }
  return ar.length < br.length
}

const compareKeys = (a: string, b: string) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0)

/**
 * A string as yaml.v2 reads it back from Go's JSON: a raw NEL (U+0085, which Go's JSON leaves
 * unescaped) is a line break inside a double-quoted scalar and folds to a space.
 * divergence: only runs of NEL with blanks around them are folded; other folding cases cannot occur.
 */
function fromJSONString(s: string): string {
  return s.replace(/[ \t]*((?:\u0085[ \t]*)+)/g, (_, run: string) => {
    const n = run.split('\u0085').length - 1
    return n === 1 ? ' ' : '\n'.repeat(n - 1)
  })
}

function str(s: string): YamlScalar {
  return { kind: 'str', value: fromJSONString(s) }
}

/** The YAML node for a decoded-JSON value. */
export function toYamlNode(v: unknown): YamlNode {
  if (v === null || v === undefined) return { kind: 'raw', text: 'null' }
  switch (typeof v) {
    case 'string':
      return str(v)
    case 'boolean':
      return { kind: 'raw', text: v ? 'true' : 'false' }
    case 'number':
      // JSON "-0" and whole numbers below 1e21 read back as YAML ints
      if (Number.isInteger(v) && Math.abs(v) < 1e21)
        return { kind: 'raw', text: String(Math.abs(v) === 0 ? 0 : v) }
      return { kind: 'raw', text: formatGoFloat(v) }
    case 'bigint':
      return { kind: 'raw', text: v.toString() }
    case 'object':
      break
    default:
      return { kind: 'raw', text: 'null' }
  }
  if (Array.isArray(v)) return v.map((x: unknown) => toYamlNode(x))
  const entries = Object.entries(v)
    .filter(([, x]) => x !== undefined)
    .map(([k, x]) => [fromJSONString(k), x] as const)
    .sort(([a], [b]) => compareKeys(a, b))
  return {
    kind: 'map',
    entries: entries.map(([k, x]) => [{ kind: 'str', value: k }, toYamlNode(x)]),
  }
}

/** sigs.k8s.io/yaml.Marshal of a JSON-shaped value. */
export function marshalYAML(v: unknown): string {
  return new YamlEmitter().emitDocument(toYamlNode(v))
}

/**
 * What `kubectl ... -o yaml` prints for one object (or a listObject). YAMLPrinter writes `---`
 * before every object after its first, so pass the object's index when printing several.
 */
export function printYAML(obj: unknown, index = 0): string {
  return `${index > 0 ? '---\n' : ''}${marshalYAML(obj)}`
}
