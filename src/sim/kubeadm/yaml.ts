// YAML as kubeadm writes it (sigs.k8s.io/yaml: block style, sequences not indented under their
// key), emitted directly for the plain data kubeadm generates; a scalar that is not plainly safe
// goes through the `yaml` library (a document with multi-line strings entirely), so the output
// equals stringify(o, { indentSeq: false, lineWidth: 0 }).
// Documents written here are remembered so the kubelet reads them back without parsing.
import { parse, stringify } from 'yaml'

/** Characters a plain scalar may hold here (a leading '-' must not start a sequence entry). */
const SAFE = /^(?:[A-Za-z0-9_/.]|-(?=[^\s]))[A-Za-z0-9_./=,:@+*-]*$/
/** What the YAML 1.2 core schema would read as null, bool, int or float: the library double-quotes. */
const CORE_NOT_A_STRING = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^[-+]?[0-9]+$/,
  /^0o[0-7]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?\.(?:inf|Inf|INF|nan|NaN|NAN)$/,
]
/** YAML 1.1 words: left to the library, which decides */
const OLD_BOOL = /^(?:[Yy]es|YES|[Nn]o|NO|[Oo]n|ON|[Oo]ff|OFF|[YyNn])$/
const NOT_A_STRING = [...CORE_NOT_A_STRING, OLD_BOOL]

function scalar(v: unknown): string {
  if (v === null) return 'null'
  if (typeof v === 'boolean') return v ? 'true' : 'false'
  if (typeof v === 'number' && Number.isInteger(v)) return String(v)
  if (typeof v === 'string' && SAFE.test(v) && !NOT_A_STRING.some((r) => r.test(v))) {
    // a trailing ':' or a ':' followed by nothing would read as a mapping key
    if (!v.endsWith(':')) return v
  }
  // "", "0", "true": quoted as the library would, without waking it (its first use is slow)
  if (typeof v === 'string' && CORE_NOT_A_STRING.some((r) => r.test(v))) return `"${v}"`
  // block scalars depend on the indentation around them: the library prints the whole document
  if (typeof v === 'string' && v.includes('\n')) throw new Error('multi-line string')
  return stringify(v, { lineWidth: 0 }).replace(/\n$/, '')
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v)
}

function key(k: string): string {
  return scalar(k)
}

function emit(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (isPlainObject(item) && Object.keys(item).length) {
        const lines: string[] = []
        emitMap(item, `${indent}  `, lines)
        out.push(`${indent}- ${lines[0].slice(indent.length + 2)}`, ...lines.slice(1))
      } else if (Array.isArray(item) && item.length) {
        throw new Error('nested sequences are not emitted directly')
      } else out.push(`${indent}- ${inline(item)}`)
    }
    return
  }
  if (isPlainObject(v)) emitMap(v, indent, out)
  else out.push(`${indent}${inline(v)}`)
}

function inline(v: unknown): string {
  if (Array.isArray(v) && !v.length) return '[]'
  if (isPlainObject(v) && !Object.keys(v).length) return '{}'
  return scalar(v)
}

function emitMap(o: Record<string, unknown>, indent: string, out: string[]): void {
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue
    if (Array.isArray(v) && v.length) {
      out.push(`${indent}${key(k)}:`)
      emit(v, indent, out)
    } else if (isPlainObject(v) && Object.keys(v).length) {
      out.push(`${indent}${key(k)}:`)
      emitMap(v, `${indent}  `, out)
    } else out.push(`${indent}${key(k)}: ${inline(v)}`)
  }
}

const known = new Map<string, unknown>()

/** The YAML text of plain data (maps, sequences, strings, integers, booleans, null). */
export function toYaml(o: unknown): string {
  let text: string
  try {
    const out: string[] = []
    emit(o, '', out)
    text = `${out.join('\n')}\n`
  } catch {
    text = stringify(o, { indentSeq: false, lineWidth: 0 })
  }
  if (known.size > 2000) known.clear()
  known.set(text, structuredClone(o))
  return text
}

/** parse() for a document, skipping the parse for text this module wrote. */
export function parseYaml(text: string): unknown {
  const hit = known.get(text)
  return hit !== undefined ? structuredClone(hit) : parse(text)
}
