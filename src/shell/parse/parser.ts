// Parser for bash lists, and-or chains, pipelines and simple commands (bash's parse.y, the subset
// a lab needs). Compound commands (if/for/while, subshells, functions) are not supported.
import { lex, ParseError, type HereDoc, type RedirOp, type Token, type Word } from './lexer'

export interface Redirect {
  op: RedirOp
  /** the file descriptor redirected (default 1 for output, 0 for input) */
  fd: number
  /** file name or fd number word; absent for here-documents */
  target?: Word
  heredoc?: HereDoc
}

export interface Assignment {
  name: string
  value: Word
}

export interface SimpleCommand {
  assigns: Assignment[]
  words: Word[]
  redirs: Redirect[]
}

export interface Pipeline {
  negate: boolean
  commands: SimpleCommand[]
}

export interface AndOr {
  first: Pipeline
  rest: { op: '&&' | '||'; pipeline: Pipeline }[]
}

export interface Script {
  lists: AndOr[]
  /** bash warnings printed before running (here-document delimited by end-of-file) */
  warnings: string[]
}

export { ParseError }

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/

/** Parse a command line (possibly several lines with here-document bodies). Throws ParseError. */
export function parse(src: string): Script {
  const { tokens, warnings } = lex(src)
  return { lists: new Parser(tokens).script(), warnings }
}

class Parser {
  private i = 0
  constructor(private readonly toks: Token[]) {}

  private peek(): Token | undefined {
    return this.toks[this.i]
  }

  private isOp(op: string): boolean {
    const t = this.peek()
    return t?.t === 'op' && t.op === op
  }

  script(): AndOr[] {
    const lists: AndOr[] = []
    for (;;) {
      while (this.isOp('\n')) this.i++
      if (!this.peek()) return lists
      lists.push(this.andOr())
      const t = this.peek()
      if (!t) return lists
      if (t.t === 'op' && (t.op === ';' || t.op === '&' || t.op === '\n')) this.i++
      else throw unexpected(t)
    }
  }

  private andOr(): AndOr {
    const first = this.pipeline()
    const rest: AndOr['rest'] = []
    for (;;) {
      const t = this.peek()
      if (t?.t !== 'op' || (t.op !== '&&' && t.op !== '||')) return { first, rest }
      this.i++
      this.skipNewlines()
      rest.push({ op: t.op, pipeline: this.pipeline() })
    }
  }

  private skipNewlines(): void {
    while (this.isOp('\n')) this.i++
    if (!this.peek()) throw new ParseError('syntax error: unexpected end of file')
  }

  private pipeline(): Pipeline {
    let negate = false
    const t0 = this.peek()
    if (t0?.t === 'word' && t0.raw === '!') {
      negate = true
      this.i++
    }
    const commands = [this.command()]
    while (this.isOp('|')) {
      this.i++
      this.skipNewlines()
      commands.push(this.command())
    }
    return { negate, commands }
  }

  private command(): SimpleCommand {
    const cmd: SimpleCommand = { assigns: [], words: [], redirs: [] }
    for (;;) {
      const t = this.peek()
      if (!t || t.t === 'op') break
      this.i++
      if (t.t === 'redir') {
        cmd.redirs.push(this.redirect(t))
        continue
      }
      const first = t.w[0]
      const m = first?.k === 'lit' && !first.q ? ASSIGN.exec(first.s) : null
      if (m && cmd.words.length === 0) {
        const value: Word = [...t.w.slice(1)]
        const restLit = first.k === 'lit' ? first.s.slice(m[0].length) : ''
        if (restLit.startsWith('~') && (restLit.length === 1 || restLit[1] === '/') && true) {
          value.unshift({ k: 'lit', s: restLit.slice(1), q: false })
          value.unshift({ k: 'tilde' })
        } else if (restLit) value.unshift({ k: 'lit', s: restLit, q: false })
        cmd.assigns.push({ name: m[1], value })
      } else cmd.words.push(t.w)
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirs.length) {
      const t = this.peek()
      if (!t) throw new ParseError('syntax error: unexpected end of file')
      throw unexpected(t)
    }
    return cmd
  }

  private redirect(t: Extract<Token, { t: 'redir' }>): Redirect {
    const input = t.op === '<' || t.op === '<&' || t.op.startsWith('<<')
    const fd = t.fd ?? (input ? 0 : 1)
    if (t.op === '<<' || t.op === '<<-') {
      if (!t.heredoc) throw unexpected(this.peek())
      return { op: t.op, fd, heredoc: t.heredoc }
    }
    const w = this.peek()
    if (w?.t !== 'word') throw unexpected(w)
    this.i++
    return { op: t.op, fd, target: w.w }
  }
}

function tokenText(t: Token | undefined): string {
  if (!t) return 'newline'
  if (t.t === 'word') return t.raw
  if (t.t === 'op') return t.op === '\n' ? 'newline' : t.op
  return t.fd !== undefined ? String(t.fd) + t.op : t.op
}

function unexpected(t: Token | undefined): ParseError {
  return new ParseError(`syntax error near unexpected token \`${tokenText(t)}'`)
}

/** False when bash would ask for more lines (PS2 `> `): open quote, here-document, trailing `|`. */
export function isCompleteCommand(src: string): boolean {
  try {
    return parse(src).warnings.length === 0
  } catch (e) {
    return !(e instanceof ParseError && /unexpected EOF|unexpected end of file/.test(e.message))
  }
}
