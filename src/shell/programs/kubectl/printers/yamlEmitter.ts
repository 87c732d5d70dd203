// The block-style emitter of gopkg.in/yaml.v2 v2.4.0 (emitterc.go, encode.go) as sigs.k8s.io/yaml
// uses it for kubectl -o yaml: indent 2, width 80, unicode on, sequences in mappings not indented.
// Values are a decoded-JSON tree; see yaml.ts for how objects get there.
import { analyze, isBreak, isSpace, isYamlPrintable, type Style } from './yamlAnalyze'
import { requestedStyle } from './yamlResolve'

export type YamlScalar = { kind: 'str'; value: string } | { kind: 'raw'; text: string }
export type YamlNode = YamlScalar | YamlNode[] | { kind: 'map'; entries: [YamlScalar, YamlNode][] }

const BEST_INDENT = 2
const BEST_WIDTH = 80

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
    if (text.length > 128 && !/[^\p{ASCII}]/u.test(text)) return false
    if (analyze([...text]).multiline) return false
    return utf8Length(text) <= 128
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

function utf8Length(s: string): number {
  let n = 0
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4
  }
  return n
}
