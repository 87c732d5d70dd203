// k8s.io/client-go/util/jsonpath (jsonpath.go) evaluation and cli-runtime's JSONPathPrinter, with
// kubectl's error texts. Values are unstructured JSON (whole numbers are Go int64).
// divergence: Go visits map values for `*` and `..` in random order; we use sorted key order.
import { goSharpV, goQuote, goSprint, formatGoFloat } from './goFormat'
import { marshalJSON, sortedEntries } from './json'
import {
  JsonPathParseError,
  parseJsonPathTemplate,
  type JsonPathNode,
  type ListNode,
} from './jsonpathParser'

export { JsonPathParseError } from './jsonpathParser'

/** A float literal of the template (`1.0`): Go float64, not int. */
class GoFloat {
  constructor(readonly value: number) {}
}

class ExecError extends Error {}
const fail = (msg: string): never => {
  throw new ExecError(msg)
}

type Value = unknown

const isMap = (v: Value): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof GoFloat)

function goTypeName(v: Value): string {
  if (Array.isArray(v)) return '[]interface {}'
  if (isMap(v)) return 'map[string]interface {}'
  if (typeof v === 'string') return 'string'
  if (typeof v === 'boolean') return 'bool'
  if (v instanceof GoFloat) return 'float64'
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? 'int64' : 'float64'
  return '<nil>'
}

type BasicKind = 'bool' | 'int' | 'float' | 'string'

function basicKind(v: Value): BasicKind {
  if (typeof v === 'boolean') return 'bool'
  if (typeof v === 'string') return 'string'
  if (v instanceof GoFloat) return 'float'
  if (typeof v === 'number') return Number.isInteger(v) && !Object.is(v, -0) ? 'int' : 'float'
  return fail('invalid type for comparison')
}

const num = (v: Value) => (v instanceof GoFloat ? v.value : (v as number | string | boolean))

/** text/template's eq: same basic kind required. */
function equal(a: Value, b: Value): boolean {
  const ka = basicKind(a)
  if (ka !== basicKind(b)) fail('incompatible types for comparison')
  return num(a) === num(b)
}

function less(a: Value, b: Value): boolean {
  const ka = basicKind(a)
  if (ka !== basicKind(b)) fail('incompatible types for comparison')
  if (ka === 'bool') fail('invalid type for comparison')
  return num(a) < num(b)
}

function compare(op: string, a: Value, b: Value): boolean {
  switch (op) {
    case '<':
      return less(a, b)
    case '>':
      return !(less(a, b) || equal(a, b))
    case '==':
      return equal(a, b)
    case '!=':
      return !equal(a, b)
    case '<=':
      return less(a, b) || equal(a, b)
    case '>=':
      return !less(a, b)
    default:
      return fail(`unrecognized filter operator ${op}`)
  }
}

function children(v: Value): Value[] {
  if (isMap(v)) return sortedEntries(v).map(([, x]) => x)
  if (Array.isArray(v)) return v as Value[]
  if (typeof v === 'string') return [...new TextEncoder().encode(v)]
  return []
}

class Evaluator {
  private beginRange = 0
  private inRange = 0
  private endRange = 0
  private lastEndNode: JsonPathNode | undefined

  constructor(private readonly allowMissingKeys: boolean) {}

  findResults(data: Value, nodes: JsonPathNode[]): Value[][] {
    const cur = [data]
    const full: Value[][] = []
    for (let i = 0; i < nodes.length; i++) {
      const results = this.walk(cur, nodes[i])
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--
        this.lastEndNode = nodes[i]
        break
      }
      if (this.beginRange > 0) {
        this.beginRange--
        this.inRange++
        const rest = nodes.slice(i + 1)
        if (results.length > 0) for (const v of results) full.push(...this.findResults(v, rest))
        else this.findResults(null, rest)
        this.inRange--
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) {
            i = k
            break
          }
        }
        continue
      }
      full.push(results)
    }
    return full
  }

  private walk(input: Value[], node: JsonPathNode): Value[] {
    switch (node.type) {
      case 'list':
        return this.evalList(input, node)
      case 'text':
        return [node.text]
      case 'field':
        return this.evalField(input, node.value)
      case 'array':
        return this.evalArray(input, node.params)
      case 'filter':
        return this.evalFilter(input, node)
      case 'int':
      case 'bool':
        return input.map(() => node.value)
      case 'float':
        return input.map(() => new GoFloat(node.value))
      case 'wildcard':
        return input.filter((v) => v !== null && v !== undefined).flatMap(children)
      case 'recursive':
        return this.evalRecursive(input)
      case 'union':
        return node.nodes.flatMap((l) => this.evalList(input, l))
      case 'identifier':
        if (node.name === 'range') {
          this.beginRange++
          return input
        }
        if (node.name === 'end') {
          if (this.inRange > 0) {
            this.endRange++
            return []
          }
          return fail('not in range, nothing to end')
        }
        return fail(`unrecognized identifier ${node.name}`)
    }
  }

  private evalList(input: Value[], node: ListNode): Value[] {
    let cur = input
    for (const n of node.nodes) cur = this.walk(cur, n)
    return cur
  }

  private evalField(input: Value[], name: string): Value[] {
    const results: Value[] = []
    if (input.length === 0) return results
    for (const v of input) {
      if (isMap(v) && Object.prototype.hasOwnProperty.call(v, name) && v[name] !== undefined)
        results.push(v[name])
    }
    if (results.length === 0 && !this.allowMissingKeys) fail(`${name} is not found`)
    return results
  }

  private evalArray(input: Value[], node: [ParamsLike, ParamsLike, ParamsLike]): Value[] {
    const result: Value[] = []
    for (const v of input) {
      if (v === null || v === undefined) continue
      if (!Array.isArray(v)) fail(`${goTypeName(v)} is not array or slice`)
      const arr = v as Value[]
      const p = node.map((x) => ({ ...x }))
      if (!p[0].known) p[0].value = 0
      if (p[0].value < 0) p[0].value += arr.length
      if (!p[1].known) p[1].value = arr.length
      if (p[1].value < 0 || (p[1].value === 0 && p[1].derived)) p[1].value += arr.length
      const len = arr.length
      if (p[1].value === p[0].value) return result
      if (p[0].value >= len || p[0].value < 0) {
        fail(`array index out of bounds: index ${p[0].value}, length ${len}`)
      }
      if (p[1].value > len || p[1].value < 0) {
        fail(`array index out of bounds: index ${p[1].value - 1}, length ${len}`)
      }
      if (p[0].value > p[1].value) {
        fail(`starting index ${p[0].value} is greater than ending index ${p[1].value}`)
      }
      const slice = arr.slice(p[0].value, p[1].value)
      let step = 1
      if (p[2].known) {
        if (p[2].value <= 0) fail('step must be > 0')
        step = p[2].value
      }
      for (let i = 0; i < slice.length; i += step) result.push(slice[i])
    }
    return result
  }

  private evalRecursive(input: Value[]): Value[] {
    const result: Value[] = []
    for (const v of input) {
      if (v === null || v === undefined) continue
      const kids = children(v)
      if (kids.length !== 0) {
        result.push(v)
        result.push(...this.evalRecursive(kids))
      }
    }
    return result
  }

  private evalFilter(input: Value[], node: Extract<JsonPathNode, { type: 'filter' }>): Value[] {
    const results: Value[] = []
    for (const v of input) {
      if (!Array.isArray(v)) fail(`${goSprint(v)} is not array or slice and cannot be filtered`)
      for (const item of v as Value[]) {
        let lefts: Value[]
        try {
          lefts = this.evalList([item], node.left)
        } catch (e) {
          if (node.operator === 'exists') continue
          throw e
        }
        if (node.operator === 'exists') {
          if (lefts.length > 0) results.push(item)
          continue
        }
        if (lefts.length === 0) continue
        if (lefts.length > 1) fail('can only compare one element at a time')
        const rights = this.evalList([item], node.right)
        if (rights.length === 0) continue
        if (rights.length > 1) fail('can only compare one element at a time')
        if (compare(node.operator, lefts[0], rights[0])) results.push(item)
      }
    }
    return results
  }
}

type ParamsLike = { value: number; known: boolean; derived: boolean }

/** PrintResults: maps and lists as compact JSON, other values as fmt %v, space-separated. */
function printResults(results: Value[]): string {
  return results
    .map((r) => {
      if (r === null || r === undefined) return 'null'
      if (typeof r === 'object' && !(r instanceof GoFloat)) return marshalJSON(r)
      if (r instanceof GoFloat) return formatGoFloat(r.value)
      return goSprint(r)
    })
    .join(' ')
}

export interface JsonPathOptions {
  /** kubectl --allow-missing-template-keys (default true) */
  allowMissingKeys?: boolean
}

/** A parsed template: execute(data) → text, or throws Error('<client-go message>'). */
export class JsonPath {
  private constructor(
    private readonly root: ListNode,
    private readonly opts: JsonPathOptions,
  ) {}

  /** Throws JsonPathParseError with client-go's parser message (`unclosed action`). */
  static parse(template: string, opts: JsonPathOptions = {}): JsonPath {
    return new JsonPath(parseJsonPathTemplate(template), opts)
  }

  /** JSONPath.FindResults: one list of values per top-level node. */
  findResults(data: unknown): unknown[][] {
    return new Evaluator(this.opts.allowMissingKeys ?? true).findResults(data, this.root.nodes)
  }

  /** JSONPath.Execute: throws an Error carrying the execution message. */
  execute(data: unknown): string {
    return this.findResults(data).map(printResults).join('')
  }
}

export type PrintResult = { stdout: string } | { stderr: string }

/**
 * kubectl's -o jsonpath=TEMPLATE: compile once, then print each object (a listObject for lists).
 * Errors come back as the whole stderr text kubectl prints (`error: ...\n`, exit code 1).
 */
export function jsonPathPrinter(
  template: string | undefined,
  opts: JsonPathOptions = {},
): { print: (obj: unknown) => PrintResult } | { stderr: string } {
  if (!template) return { stderr: 'error: template format specified but no template given\n' }
  let jp: JsonPath
  try {
    jp = JsonPath.parse(template, opts)
  } catch (e) {
    if (e instanceof JsonPathParseError) {
      return { stderr: `error: error parsing jsonpath ${template}, ${e.message}\n` }
    }
    throw e
  }
  return {
    print(obj: unknown): PrintResult {
      try {
        return { stdout: jp.execute(obj) }
      } catch (e) {
        if (!(e instanceof ExecError)) throw e
        const buf =
          `Error executing template: ${e.message}. Printing more information for debugging the template:\n` +
          `\ttemplate was:\n\t\t${template}\n` +
          `\tobject given to jsonpath engine was:\n\t\t${goSharpV(obj)}\n\n`
        return { stderr: `error: error executing jsonpath ${goQuote(template)}: ${buf}\n` }
      }
    },
  }
}

/** True when an error thrown by JsonPath.execute is an execution error (vs a bug). */
export function isJsonPathExecError(e: unknown): e is Error {
  return e instanceof ExecError
}
