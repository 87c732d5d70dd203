// Tokenizer for the subset of the bash grammar Cordon runs (mirrors bash's parse.y read_token):
// quoting, $-expansions, operators, redirections and here-document bodies.
import { matchBrace, parseBraced as splitBraced, type ParamOp } from './paramOps'
import { matchArith, matchParen } from './scan'

export { matchParen }

/** One piece of a word; `q` marks text that came from inside quotes (no globbing, no splitting). */
export type Part =
  | { k: 'lit'; s: string; q: boolean }
  | { k: 'tilde' }
  | { k: 'param'; name: string; q: boolean; op?: ParamOp; arg?: string; arg2?: string }
  | { k: 'cmd'; src: string; q: boolean }
  | { k: 'arith'; src: string; q: boolean }

export type { ParamOp }

export type Word = Part[]

export type OpKind = ';' | '&&' | '||' | '|' | '&' | '\n' | ';;' | '(' | ')'
export type RedirOp = '>' | '>>' | '<' | '&>' | '&>>' | '>&' | '<&' | '<<' | '<<-' | '<<<'

export type Token =
  | { t: 'word'; w: Word; raw: string }
  | { t: 'op'; op: OpKind }
  | { t: 'redir'; op: RedirOp; fd?: number; heredoc?: HereDoc }
  /** `(( expr ))` in command position: the arithmetic command */
  | { t: 'arith'; src: string }

export interface HereDoc {
  delim: string
  quoted: boolean
  body: string
  /** `<<-`: leading tabs stripped */
  strip: boolean
}

/** A syntax error; `message` is bash's text without the leading `bash: `. */
export class ParseError extends Error {}

export interface LexResult {
  tokens: Token[]
  warnings: string[]
}

const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')'])
const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/
/** words after which the next word is in command position (a `((` there is arithmetic) */
const LEADS_COMMAND = new Set(['do', 'then', 'else', 'elif', 'if', 'while', 'until', '{', '!'])

export function lex(src: string): LexResult {
  return new Lexer(src).run()
}

class Lexer {
  i = 0
  private tokens: Token[] = []
  private warnings: string[] = []
  private pending: { doc: HereDoc; line: number }[] = []
  private line = 1
  /** readWord runs to the end of the text (an operator's word), not to a metacharacter */
  wholeText = false

  constructor(private readonly s: string) {}

  run(): LexResult {
    const s = this.s
    while (this.i < s.length) {
      const c = s[this.i]
      if (c === ' ' || c === '\t') this.i++
      else if (c === '\\' && s[this.i + 1] === '\n') this.i += 2
      else if (c === '#') while (this.i < s.length && s[this.i] !== '\n') this.i++
      else if (c === '\n') {
        this.i++
        this.line++
        this.tokens.push({ t: 'op', op: '\n' })
        this.readHereDocs()
      } else if (!this.operator()) this.word()
    }
    if (this.pending.length) this.readHereDocs()
    return { tokens: this.tokens, warnings: this.warnings }
  }

  private operator(): boolean {
    const s = this.s
    const rest = s.slice(this.i, this.i + 3)
    const fdMatch = /^(\d+)(>>|>&|>|<&|<<-|<<<|<<|<)/.exec(s.slice(this.i, this.i + 12))
    if (fdMatch) {
      this.i += fdMatch[0].length
      this.redir(fdMatch[2] as RedirOp, Number(fdMatch[1]))
      return true
    }
    for (const op of ['&>>', '<<-', '<<<', '&&', '||', ';;', '>>', '&>', '>&', '<&', '<<']) {
      if (rest.startsWith(op)) {
        this.i += op.length
        if (op === '&&' || op === '||' || op === ';;') this.tokens.push({ t: 'op', op })
        else this.redir(op as RedirOp)
        return true
      }
    }
    const c = s[this.i]
    if (c === '(' && s[this.i + 1] === '(' && this.atCommandStart()) {
      const end = matchArith(s, this.i + 2)
      if (end >= 0) {
        this.tokens.push({ t: 'arith', src: s.slice(this.i + 2, end) })
        this.i = end + 2
        return true
      }
    }
    if (c === '>' || c === '<') {
      this.i++
      if (c === '>' && s[this.i] === '|') this.i++
      this.redir(c)
      return true
    }
    if (c === ';' || c === '&' || c === '|' || c === '(' || c === ')') {
      this.i++
      this.tokens.push({ t: 'op', op: c })
      return true
    }
    return false
  }

  private atCommandStart(): boolean {
    const t = this.tokens[this.tokens.length - 1]
    if (!t) return true
    if (t.t === 'op') return t.op !== ')'
    return t.t === 'word' && LEADS_COMMAND.has(t.raw)
  }

  private redir(op: RedirOp, fd?: number): void {
    const tok: Token = { t: 'redir', op, fd }
    this.tokens.push(tok)
    if (op !== '<<' && op !== '<<-') return
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++
    if (this.i >= this.s.length || META.has(this.s[this.i])) return // parser reports the error
    const start = this.i
    const w = this.readWord()
    const raw = this.s.slice(start, this.i)
    const delim = w.map((p) => (p.k === 'lit' ? p.s : p.k === 'tilde' ? '~' : rawOf(p))).join('')
    const doc: HereDoc = { delim, quoted: /['"\\]/.test(raw), body: '', strip: op === '<<-' }
    tok.heredoc = doc
    this.pending.push({ doc, line: this.line })
  }

  private readHereDocs(): void {
    for (const { doc, line: startLine } of this.pending) {
      const strip = doc.strip
      const lines: string[] = []
      let found = false
      while (this.i < this.s.length) {
        const nl = this.s.indexOf('\n', this.i)
        const end = nl < 0 ? this.s.length : nl
        let text = this.s.slice(this.i, end)
        this.i = nl < 0 ? end : end + 1
        this.line++
        if (strip) text = text.replace(/^\t+/, '')
        if (text === doc.delim) {
          found = true
          break
        }
        lines.push(text + '\n')
      }
      if (!found)
        this.warnings.push(
          `warning: here-document at line ${startLine} delimited by end-of-file (wanted \`${doc.delim}')`,
        )
      doc.body = lines.join('')
    }
    this.pending = []
  }

  private word(): void {
    const start = this.i
    const w = this.readWord()
    this.tokens.push({ t: 'word', w, raw: this.s.slice(start, this.i) })
  }

  readWord(): Word {
    const s = this.s
    const parts: Word = []
    const lit = (ch: string, q: boolean): void => {
      const last = parts[parts.length - 1]
      if (last?.k === 'lit' && last.q === q) last.s += ch
      else parts.push({ k: 'lit', s: ch, q })
    }
    if (
      s[this.i] === '~' &&
      (this.i + 1 >= s.length || s[this.i + 1] === '/' || META.has(s[this.i + 1]))
    ) {
      parts.push({ k: 'tilde' })
      this.i++
    }
    while (this.i < s.length && (this.wholeText || !META.has(s[this.i]))) {
      const c = s[this.i]
      if (c === "'") {
        const end = s.indexOf("'", this.i + 1)
        if (end < 0) throw new ParseError("unexpected EOF while looking for matching `''")
        parts.push({ k: 'lit', s: s.slice(this.i + 1, end), q: true })
        this.i = end + 1
      } else if (c === '"') {
        this.i++
        this.readDouble(parts, lit)
      } else if (c === '\\') {
        if (s[this.i + 1] === '\n') this.i += 2
        else {
          if (this.i + 1 < s.length) lit(s[this.i + 1], true)
          this.i += 2
        }
      } else if (c === '$' && s[this.i + 1] === "'") {
        this.i += 2
        parts.push({ k: 'lit', s: this.readAnsiC(), q: true })
      } else if (c === '$' || c === '`') {
        const p = this.dollar(false)
        if (p) parts.push(p)
        else lit(c, false)
      } else {
        lit(c, false)
        this.i++
      }
    }
    return parts
  }

  private readDouble(parts: Word, lit: (ch: string, q: boolean) => void): void {
    const s = this.s
    let empty = true
    for (;;) {
      if (this.i >= s.length) throw new ParseError('unexpected EOF while looking for matching `"\'')
      const c = s[this.i]
      if (c === '"') {
        this.i++
        break
      }
      empty = false
      if (c === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
        if (s[this.i + 1] !== '\n') lit(s[this.i + 1], true)
        this.i += 2
      } else if (c === '$' || c === '`') {
        const p = this.dollar(true)
        if (p) parts.push(p)
        else lit(c, true)
      } else {
        lit(c, true)
        this.i++
      }
    }
    if (empty) parts.push({ k: 'lit', s: '', q: true })
  }

  private readAnsiC(): string {
    const s = this.s
    const map: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      '\\': '\\',
      "'": "'",
      '"': '"',
      a: '\x07',
      e: '\x1b',
      '0': '\0',
    }
    let out = ''
    for (;;) {
      if (this.i >= s.length) throw new ParseError("unexpected EOF while looking for matching `''")
      const c = s[this.i]
      if (c === "'") {
        this.i++
        return out
      }
      if (c === '\\' && this.i + 1 < s.length) {
        const e = s[this.i + 1]
        out += map[e] ?? '\\' + e
        this.i += 2
      } else {
        out += c
        this.i++
      }
    }
  }

  /** At `$` or a backtick: a parameter or command substitution, or undefined for a plain `$`. */
  dollar(q: boolean): Part | undefined {
    const s = this.s
    if (s[this.i] === '`') {
      const end = s.indexOf('`', this.i + 1)
      if (end < 0) throw new ParseError("unexpected EOF while looking for matching ``'")
      const src = s.slice(this.i + 1, end).replace(/\\([$`\\])/g, '$1')
      this.i = end + 1
      return { k: 'cmd', src, q }
    }
    const n = s[this.i + 1]
    if (n === '(' && s[this.i + 2] === '(') {
      const end = matchArith(s, this.i + 3)
      if (end === -1) throw new ParseError("unexpected EOF while looking for matching `)'")
      if (end >= 0) {
        const src = s.slice(this.i + 3, end)
        this.i = end + 2
        return { k: 'arith', src, q }
      }
      // `$( (…) …)`: a command substitution that starts with a subshell
    }
    if (n === '(') {
      const end = matchParen(s, this.i + 2)
      if (end < 0) throw new ParseError("unexpected EOF while looking for matching `)'")
      const src = s.slice(this.i + 2, end)
      this.i = end + 1
      return { k: 'cmd', src, q }
    }
    if (n === '{') {
      const end = matchBrace(s, this.i + 2)
      if (end < 0) throw new ParseError("unexpected EOF while looking for matching `}'")
      const body = s.slice(this.i + 2, end)
      this.i = end + 1
      return parseBraced(body, q)
    }
    if (n !== undefined && /[?$#!@*0-9-]/.test(n)) {
      this.i += 2
      return { k: 'param', name: n, q }
    }
    if (n !== undefined && NAME_START.test(n)) {
      let j = this.i + 1
      while (j < s.length && NAME_CHAR.test(s[j])) j++
      const name = s.slice(this.i + 1, j)
      this.i = j
      return { k: 'param', name, q }
    }
    this.i++
    return undefined
  }
}

function rawOf(p: Part): string {
  if (p.k === 'param') return '$' + p.name
  if (p.k === 'cmd') return '$(' + p.src + ')'
  if (p.k === 'arith') return '$((' + p.src + '))'
  return ''
}

function parseBraced(body: string, q: boolean): Part {
  // bash reports a bad substitution when it expands the word, not when it reads the line
  const b = splitBraced(body) ?? { name: body, op: 'bad' }
  return { k: 'param', q, ...b }
}

/** Lex the word of a `${p#word}`-style operator: quotes and expansions, up to its end. */
export function lexOpWord(text: string): Word {
  const lx = new Lexer(text)
  lx.wholeText = true
  return lx.readWord()
}

/** Lex a here-document body or a `${x:-word}` argument: expansions but no quote removal of `'`/`"`. */
export function lexHereBody(body: string): Word {
  const parts: Word = []
  let i = 0
  let buf = ''
  const flush = (): void => {
    if (buf) parts.push({ k: 'lit', s: buf, q: true })
    buf = ''
  }
  while (i < body.length) {
    const c = body[i]
    if (c === '\\' && '$`\\\n'.includes(body[i + 1] ?? '')) {
      if (body[i + 1] !== '\n') buf += body[i + 1]
      i += 2
    } else if (c === '$' || c === '`') {
      const lx = new Lexer(body)
      lx.i = i
      const p = lx.dollar(true)
      const ni = lx.i
      if (p) {
        flush()
        parts.push(p)
      } else buf += c
      i = ni
    } else {
      buf += c
      i++
    }
  }
  flush()
  return parts
}
