// The block-style emitter of gopkg.in/yaml.v2 v2.4.0 (emitterc.go, encode.go) as sigs.k8s.io/yaml
// uses it for kubectl -o yaml: indent 2, width 80, unicode on, sequences in mappings not indented.
// Values are a decoded-JSON tree; see yaml.ts for how objects get there.

export type YamlScalar = { kind: 'str'; value: string } | { kind: 'raw'; text: string }
export type YamlNode = YamlScalar | YamlNode[] | { kind: 'map'; entries: [YamlScalar, YamlNode][] }

const BEST_INDENT = 2
const BEST_WIDTH = 80

const isSpace = (c: string | undefined) => c === ' '
const isBreak = (c: string | undefined) =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029'
const isBlank = (c: string | undefined) => c === ' ' || c === '\t'
const isBlankz = (c: string | undefined) =>
  c === undefined || c === '\0' || isBlank(c) || isBreak(c)

export function isYamlPrintable(c: string): boolean {
  const n = c.codePointAt(0) ?? 0
  return (
    n === 0x0a ||
    (n >= 0x20 && n <= 0x7e) ||
    (n >= 0xa0 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd && n !== 0xfeff)
  )
}

type Style = 'plain' | 'single' | 'double' | 'literal'

interface Analysis {
  multiline: boolean
  flowPlain: boolean
  blockPlain: boolean
  single: boolean
  block: boolean
}

/** yaml_emitter_analyze_scalar. */
function analyze(cs: string[]): Analysis {
  if (cs.length === 0) {
    return { multiline: false, flowPlain: false, blockPlain: true, single: true, block: false }
  }
  let blockInd = false
  let flowInd = false
  let lineBreaks = false
  let special = false
  let leadingSpace = false
  let leadingBreak = false
  let trailingSpace = false
  let trailingBreak = false
  let breakSpace = false
  let spaceBreak = false
  let prevSpace = false
  let prevBreak = false
  const head = cs.slice(0, 3).join('')
  if (head === '---' || head === '...') {
    blockInd = true
    flowInd = true
  }
  let precededByWs = true
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]
    const followedByWs = i + 1 >= cs.length || isBlank(cs[i + 1]) || isBreak(cs[i + 1])
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) {
        flowInd = true
        blockInd = true
      } else if (c === '?' || c === ':') {
        flowInd = true
        if (followedByWs) blockInd = true
      } else if (c === '-' && followedByWs) {
        flowInd = true
        blockInd = true
      }
    } else if (',?[]{}'.includes(c)) {
      flowInd = true
    } else if (c === ':') {
      flowInd = true
      if (followedByWs) blockInd = true
    } else if (c === '#' && precededByWs) {
      flowInd = true
      blockInd = true
    }
    if (!isYamlPrintable(c)) special = true
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true
      if (i === cs.length - 1) trailingSpace = true
      if (prevBreak) breakSpace = true
      prevSpace = true
      prevBreak = false
    } else if (isBreak(c)) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (i === cs.length - 1) trailingBreak = true
      if (prevSpace) spaceBreak = true
      prevSpace = false
      prevBreak = true
    } else {
      prevSpace = false
      prevBreak = false
    }
    precededByWs = isBlankz(c)
  }
  const a: Analysis = {
    multiline: lineBreaks,
    flowPlain: true,
    blockPlain: true,
    single: true,
    block: true,
  }
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
    a.flowPlain = a.blockPlain = false
  if (trailingSpace) a.block = false
  if (breakSpace) a.flowPlain = a.blockPlain = a.single = false
  if (spaceBreak || special) a.flowPlain = a.blockPlain = a.single = a.block = false
  if (lineBreaks) a.flowPlain = a.blockPlain = false
  if (flowInd) a.flowPlain = false
  if (blockInd) a.blockPlain = false
  return a
}

export class YamlEmitter {
  private out = ''
  private column = 0
  private indent = -1
  private readonly indents: number[] = []
  private whitespace = true
  private indention = true
  private flowLevel = 0
  private mappingContext = false
  private simpleKeyContext = false

  /** One implicit document: the node, then the document end's line break. */
  emitDocument(node: YamlNode): string {
    this.emitNode(node, false, false)
    this.writeIndent()
    return this.out
  }

  private put(ch: string): void {
    this.out += ch
    this.column++
  }

  private putBreak(): void {
    this.out += '\n'
    this.column = 0
  }

  private writeBreak(ch: string): void {
    if (ch === '\n') this.putBreak()
    else {
      this.out += ch
      this.column = 0
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0)
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak()
    }
    while (this.column < indent) this.put(' ')
    this.whitespace = true
    this.indention = true
  }

  private writeIndicator(ind: string, needWs: boolean, isWs: boolean, isIndention: boolean): void {
    if (needWs && !this.whitespace) this.put(' ')
    for (const ch of ind) this.put(ch)
    this.whitespace = isWs
    this.indention = this.indention && isIndention
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent)
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0
    else if (!indentless) this.indent += BEST_INDENT
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1
  }

  private emitNode(node: YamlNode, mapping: boolean, simpleKey: boolean): void {
    this.mappingContext = mapping
    this.simpleKeyContext = simpleKey
    if (Array.isArray(node)) this.emitSequence(node)
    else if (node.kind === 'map') this.emitMapping(node.entries)
    else this.emitScalar(node)
  }

  private emitSequence(items: YamlNode[]): void {
    if (this.flowLevel > 0 || items.length === 0) {
      this.writeIndicator('[', true, true, false)
      this.increaseIndent(true, false)
      this.flowLevel++
      if (items.length > 0) throw new Error('flow sequences with items are not emitted')
      this.flowLevel--
      this.popIndent()
      this.writeIndicator(']', false, false, false)
      return
    }
    this.increaseIndent(false, this.mappingContext && !this.indention)
    for (const item of items) {
      this.writeIndent()
      this.writeIndicator('-', true, false, true)
      this.emitNode(item, false, false)
    }
    this.popIndent()
  }

  private emitMapping(entries: [YamlScalar, YamlNode][]): void {
    if (this.flowLevel > 0 || entries.length === 0) {
      this.writeIndicator('{', true, true, false)
      this.increaseIndent(true, false)
      this.flowLevel++
      if (entries.length > 0) throw new Error('flow mappings with entries are not emitted')
      this.flowLevel--
      this.popIndent()
      this.writeIndicator('}', false, false, false)
      return
    }
    this.increaseIndent(false, false)
    for (const [key, value] of entries) {
      this.writeIndent()
      if (this.isSimpleKey(key)) {
        this.emitNode(key, true, true)
        this.writeIndicator(':', false, false, false)
      } else {
        this.writeIndicator('?', true, false, true)
        this.emitNode(key, true, false)
        this.writeIndent()
        this.writeIndicator(':', true, false, true)
      }
      this.emitNode(value, true, false)
    }
    this.popIndent()
  }

  private isSimpleKey(key: YamlScalar): boolean {
    const text = key.kind === 'str' ? key.value : key.text
    if (analyze([...text]).multiline) return false
    return new TextEncoder().encode(text).length <= 128
  }

  private emitScalar(s: YamlScalar): void {
    const text = s.kind === 'str' ? s.value : s.text
    const cs = [...text]
    const a = analyze(cs)
    let style: Style = s.kind === 'str' ? requestedStyle(text) : 'plain'
    if (this.simpleKeyContext && a.multiline) style = 'double'
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !a.flowPlain) || (this.flowLevel === 0 && !a.blockPlain))
        style = 'single'
      if (cs.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single'
    }
    if (style === 'single' && !a.single) style = 'double'
    if (style === 'literal' && (!a.block || this.flowLevel > 0 || this.simpleKeyContext))
      style = 'double'
    this.increaseIndent(true, false)
    const allowBreaks = !this.simpleKeyContext
    if (style === 'plain') this.writePlain(cs, allowBreaks)
    else if (style === 'single') this.writeSingle(cs, allowBreaks)
    else if (style === 'double') this.writeDouble(cs, allowBreaks)
    else this.writeLiteral(cs)
    this.popIndent()
  }

  private writePlain(cs: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ')
    let spaces = false
    let breaks = false
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]
      if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && !isSpace(cs[i + 1]))
          this.writeIndent()
        else this.put(c)
        spaces = true
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak()
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.put(c)
        this.indention = false
        spaces = false
        breaks = false
      }
    }
    this.whitespace = false
    this.indention = false
  }

  private writeSingle(cs: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false)
    let spaces = false
    let breaks = false
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]
      if (isSpace(c)) {
        if (
          allowBreaks &&
          !spaces &&
          this.column > BEST_WIDTH &&
          i > 0 &&
          i < cs.length - 1 &&
          !isSpace(cs[i + 1])
        ) {
          this.writeIndent()
        } else this.put(c)
        spaces = true
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak()
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        if (c === "'") this.put("'")
        this.put(c)
        this.indention = false
        spaces = false
        breaks = false
      }
    }
    this.writeIndicator("'", false, false, false)
    this.whitespace = false
    this.indention = false
  }

  private writeDouble(cs: string[], allowBreaks: boolean): void {
    let spaces = false
    this.writeIndicator('"', true, false, false)
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]
      if (!isYamlPrintable(c) || c === '\ufeff' || isBreak(c) || c === '"' || c === '\\') {
        this.put('\\')
        for (const ch of escapeDouble(c)) this.put(ch)
        spaces = false
      } else if (isSpace(c)) {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < cs.length - 1) {
          this.writeIndent()
          if (isSpace(cs[i + 1])) this.put('\\')
        } else this.put(c)
        spaces = true
      } else {
        this.put(c)
        spaces = false
      }
    }
    this.writeIndicator('"', false, false, false)
    this.whitespace = false
    this.indention = false
  }

  private writeLiteral(cs: string[]): void {
    this.writeIndicator('|', true, false, false)
    this.writeBlockHints(cs)
    this.putBreak()
    this.indention = true
    this.whitespace = true
    let breaks = true
    for (const c of cs) {
      if (isBreak(c)) {
        this.writeBreak(c)
        this.indention = true
        breaks = true
      } else {
        if (breaks) this.writeIndent()
        this.put(c)
        this.indention = false
        breaks = false
      }
    }
  }

  private writeBlockHints(cs: string[]): void {
    if (isSpace(cs[0]) || isBreak(cs[0]))
      this.writeIndicator(String(BEST_INDENT), false, false, false)
    let chomp = ''
    const last = cs.length - 1
    if (cs.length === 0 || !isBreak(cs[last])) chomp = '-'
    else if (last === 0 || isBreak(cs[last - 1])) chomp = '+'
    if (chomp) this.writeIndicator(chomp, false, false, false)
  }
}

const ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
}

function escapeDouble(c: string): string {
  const v = c.codePointAt(0) ?? 0
  if (ESCAPES[v] !== undefined) return ESCAPES[v]
  const [prefix, width] = v <= 0xff ? ['x', 2] : v <= 0xffff ? ['u', 4] : ['U', 8]
  return prefix + v.toString(16).toUpperCase().padStart(width, '0')
}

/** encode.go stringv: literal for multi-line text, plain unless it would read back as another type. */
function requestedStyle(s: string): Style {
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
