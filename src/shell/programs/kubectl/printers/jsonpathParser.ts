// k8s.io/client-go/util/jsonpath parser.go: templates like `{range .items[*]}{.metadata.name}{"\n"}{end}`
// parsed into the same node tree, with the same error texts.

export interface ParamsEntry {
  value: number
  known: boolean
  derived: boolean
}

export type JsonPathNode =
  | ListNode
  | { type: 'text'; text: string }
  | { type: 'field'; value: string }
  | { type: 'array'; params: [ParamsEntry, ParamsEntry, ParamsEntry] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string }

export interface ListNode {
  type: 'list'
  nodes: JsonPathNode[]
}

export class JsonPathParseError extends Error {}

const EOF = ''
const fail = (msg: string): never => {
  throw new JsonPathParseError(msg)
}
const isDigit = (r: string) => /^\p{Nd}$/u.test(r)
const isAlphaNumeric = (r: string) => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r)
const isEndOfLine = (r: string) => r === '\r' || r === '\n'
const isTerminator = (r: string) =>
  r === ' ' || r === '\t' || isEndOfLine(r) || r === EOF || '.,[]$@{}'.includes(r)
const DICT_KEY = /^'([^']*)'$/
const SLICE = /^(-?[0-9]*)(:-?[0-9]*)?(:-?[0-9]*)?$/
const FILTER = /^([^!<>=]+)([!<>=~]+)(.+?)$/

/** fmt %#U: `U+002C ','`. */
function formatRune(r: string): string {
  const code = (r.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  const printable = r === ' ' || /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u.test(r)
  return printable ? `U+${code} '${r}'` : `U+${code}`
}

class Parser {
  readonly root: ListNode = { type: 'list', nodes: [] }
  private pos = 0
  private start = 0
  private width = 0

  constructor(private readonly input: string) {}

  parse(): ListNode {
    this.parseText(this.root)
    return this.root
  }

  private consumeText(): string {
    const v = this.input.slice(this.start, this.pos)
    this.start = this.pos
    return v
  }

  private next(): string {
    if (this.pos >= this.input.length) {
      this.width = 0
      return EOF
    }
    const r = String.fromCodePoint(this.input.codePointAt(this.pos) ?? 0)
    this.width = r.length
    this.pos += this.width
    return r
  }

  private peek(): string {
    const r = this.next()
    this.backup()
    return r
  }

  private backup(): void {
    this.pos -= this.width
  }

  private parseText(cur: ListNode): void {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() })
        this.pos += 1
        this.consumeText()
        const node: ListNode = { type: 'list', nodes: [] }
        cur.nodes.push(node)
        return this.parseInsideAction(node)
      }
      if (this.next() === EOF) break
    }
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() })
  }

  private parseInsideAction(cur: ListNode): void {
    const rest = this.input.slice(this.pos)
    if (rest.startsWith('}')) {
      this.pos += 1
      this.consumeText()
      return this.parseText(this.root)
    }
    if (rest.startsWith('[?(')) return this.parseFilter(cur)
    if (rest.startsWith('..')) return this.parseRecursive(cur)
    const r = this.next()
    if (r === EOF || isEndOfLine(r)) fail('unclosed action')
    else if (r === ' ' || r === '@' || r === '$') this.consumeText()
    else if (r === '[') return this.parseArray(cur)
    else if (r === '"' || r === "'") return this.parseQuote(cur, r)
    else if (r === '.') return this.parseField(cur)
    else if (r === '+' || r === '-' || isDigit(r)) {
      this.backup()
      return this.parseNumber(cur)
    } else if (isAlphaNumeric(r)) {
      this.backup()
      return this.parseIdentifier(cur)
    } else fail(`unrecognized character in action: ${formatRune(r)}`)
    return this.parseInsideAction(cur)
  }

  private parseIdentifier(cur: ListNode): void {
    while (!isTerminator(this.next()));
    this.backup()
    const value = this.consumeText()
    if (value === 'true' || value === 'false')
      cur.nodes.push({ type: 'bool', value: value === 'true' })
    else cur.nodes.push({ type: 'identifier', name: value })
    this.parseInsideAction(cur)
  }

  private parseRecursive(cur: ListNode): void {
    const last = cur.nodes[cur.nodes.length - 1]
    if (last?.type === 'recursive') fail('invalid multiple recursive descent')
    this.pos += 2
    this.consumeText()
    cur.nodes.push({ type: 'recursive' })
    if (isAlphaNumeric(this.peek())) return this.parseField(cur)
    this.parseInsideAction(cur)
  }

  private parseNumber(cur: ListNode): void {
    const s = this.peek()
    if (s === '+' || s === '-') this.next()
    for (;;) {
      const r = this.next()
      if (r !== '.' && !isDigit(r)) {
        this.backup()
        break
      }
    }
    const value = this.consumeText()
    if (/^[+-]?[0-9]+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) })
    else if (/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)$/.test(value))
      cur.nodes.push({ type: 'float', value: Number(value) })
    else fail(`cannot parse number ${value}`)
    this.parseInsideAction(cur)
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated array')
      if (r === ']') break
    }
    let text = this.consumeText()
    text = text.slice(1, -1)
    if (text === '*') text = ':'
    const strs = text.split(',')
    if (strs.length > 1) {
      const union = strs.map((s) => parseAction(`[${s.replace(/^ +| +$/g, '')}]`))
      cur.nodes.push({ type: 'union', nodes: union })
      return this.parseInsideAction(cur)
    }
    const dict = DICT_KEY.exec(text)
    if (dict) {
      cur.nodes.push(...parseAction(`.${dict[1]}`).nodes)
      return this.parseInsideAction(cur)
    }
    const m = SLICE.exec(text)
    if (!m) fail(`invalid array index ${text}`)
    const value = (m as RegExpExecArray).slice(1).map((x) => x ?? '')
    const params = [0, 1, 2].map(() => ({ value: 0, known: false, derived: false })) as [
      ParamsEntry,
      ParamsEntry,
      ParamsEntry,
    ]
    for (let i = 0; i < 3; i++) {
      if (value[i] !== '') {
        if (i > 0) value[i] = value[i].slice(1)
        if (i > 0 && value[i] === '') params[i].known = false
        else {
          if (!/^[+-]?[0-9]+$/.test(value[i])) fail(`array index ${value[i]} is not a number`)
          params[i].known = true
          params[i].value = Number(value[i])
        }
      } else if (i === 1) {
        params[i] = { known: true, value: params[0].value + 1, derived: true }
      }
    }
    cur.nodes.push({ type: 'array', params })
    this.parseInsideAction(cur)
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3
    this.consumeText()
    let begin = false
    let end = false
    let pair = ''
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated filter')
      if (r === '"' || r === "'") {
        if (!begin) {
          begin = true
          pair = r
          continue
        }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true
      } else if (r === ')' && begin === end) break
    }
    if (this.next() !== ']') fail('unclosed array expect ]')
    const text = this.consumeText().slice(0, -2)
    const m = FILTER.exec(text)
    if (!m) {
      cur.nodes.push({
        type: 'filter',
        left: parseAction(text),
        right: { type: 'list', nodes: [] },
        operator: 'exists',
      })
    } else {
      cur.nodes.push({
        type: 'filter',
        left: parseAction(m[1]),
        right: parseAction(m[3]),
        operator: m[2],
      })
    }
    this.parseInsideAction(cur)
  }

  private parseQuote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.next()
      if (r === EOF || r === '\n') fail('unterminated quoted string')
      if (r === end && this.input[this.pos - 2] !== '\\') break
    }
    const value = this.consumeText()
    cur.nodes.push({ type: 'text', text: unquoteExtend(value) })
    this.parseInsideAction(cur)
  }

  private parseField(cur: ListNode): void {
    this.consumeText()
    for (;;) {
      const r = this.next()
      if (r === '\\') this.next()
      else if (isTerminator(r)) {
        this.backup()
        break
      }
    }
    const value = this.consumeText()
    if (value === '*') cur.nodes.push({ type: 'wildcard' })
    else cur.nodes.push({ type: 'field', value: value.replaceAll('\\', '') })
    this.parseInsideAction(cur)
  }
}

/** parseAction: the template `{text}`, its single action list. */
function parseAction(text: string): ListNode {
  const root = new Parser(`{${text}}`).parse()
  return root.nodes[0] as ListNode
}

const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
}

/** UnquoteExtend: strconv.Unquote that also accepts single-quoted strings. */
function unquoteExtend(value: string): string {
  const syntax = () => fail(`unquote string ${value} error invalid syntax`)
  const quote = value[0]
  if (value.length < 2 || value[value.length - 1] !== quote) syntax()
  const s = value.slice(1, -1)
  if (!s.includes('\\') && !s.includes(quote)) return s
  let out = ''
  for (let i = 0; i < s.length;) {
    const c = s[i]
    if (c === quote) syntax()
    if (c !== '\\') {
      out += c
      i++
      continue
    }
    const e = s[i + 1]
    if (e === undefined) syntax()
    if (SIMPLE_ESCAPES[e] !== undefined) {
      out += SIMPLE_ESCAPES[e]
      i += 2
    } else if (e === quote) {
      out += e
      i += 2
    } else if (e === 'x' || e === 'u' || e === 'U') {
      const n = e === 'x' ? 2 : e === 'u' ? 4 : 8
      const hex = s.slice(i + 2, i + 2 + n)
      if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) syntax()
      out += String.fromCodePoint(parseInt(hex, 16))
      i += 2 + n
    } else if (e >= '0' && e <= '7') {
      const oct = s.slice(i + 1, i + 4)
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) syntax()
      out += String.fromCharCode(parseInt(oct, 8))
      i += 4
    } else syntax()
  }
  return out
}

/** Parse a jsonpath template; throws JsonPathParseError with client-go's message. */
export function parseJsonPathTemplate(text: string): ListNode {
  return new Parser(text).parse()
}
