// Parser for bash lists, and-or chains, pipelines, simple commands and the compound commands
// for/while/until/if, { }, ( ) and (( )) (bash's parse.y, the subset a lab needs). case, select,
// functions and [[ ]] are refused with NotSimulatedError.
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
  k: 'simple'
  assigns: Assignment[]
  words: Word[]
  redirs: Redirect[]
}

/** A list of and-or chains (bash's compound_list): the body of a loop, a branch, a group. */
export type List = AndOr[]

export type CompoundCommand = (
  | {
      k: 'for'
      name: string
      /** undefined: `for NAME; do` over "$@" */ items?: Word[]
      body: List
    }
  | { k: 'while'; until: boolean; cond: List; body: List }
  | { k: 'if'; clauses: { cond: List; body: List }[]; otherwise?: List }
  | { k: 'group'; body: List }
  | { k: 'subshell'; body: List }
  | { k: 'arith'; src: string }
) & { redirs: Redirect[] }

export type Command = SimpleCommand | CompoundCommand

export interface Pipeline {
  negate: boolean
  commands: Command[]
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

/** A construct Cordon does not run (case, functions, [[ ]]); `message` follows `cordon: bash: `. */
export class NotSimulatedError extends Error {}

const ASSIGN = /^([A-Za-z_][A-Za-z0-9_]*)=/

/** Reserved words that only continue or end a compound command: an error where a command starts. */
const CLOSERS = new Set(['then', 'elif', 'else', 'fi', 'do', 'done', '}'])
const REFUSED = new Set(['case', 'esac', 'select', 'function', '[[', ']]', 'coproc'])

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

  /** The next token is the unquoted reserved word `w` (only meaningful where a command starts). */
  private isWord(w: string): boolean {
    const t = this.peek()
    return t?.t === 'word' && t.raw === w
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

  /** A compound_list up to (not including) one of `ends` (reserved words, or `)`). */
  private list(ends: string[]): List {
    const lists: AndOr[] = []
    for (;;) {
      while (this.isOp('\n')) this.i++
      const t = this.peek()
      if (!t) throw new ParseError('syntax error: unexpected end of file')
      if (this.atEnd(ends)) {
        if (!lists.length) throw unexpected(t)
        return lists
      }
      lists.push(this.andOr())
      const n = this.peek()
      if (!n) throw new ParseError('syntax error: unexpected end of file')
      if (n.t === 'op' && (n.op === ';' || n.op === '&' || n.op === '\n')) this.i++
      else if (!this.atEnd(ends)) throw unexpected(n)
    }
  }

  private atEnd(ends: string[]): boolean {
    const t = this.peek()
    if (t?.t === 'op') return t.op === ')' && ends.includes(')')
    return t?.t === 'word' && ends.includes(t.raw)
  }

  private expect(w: string): void {
    const t = this.peek()
    if (!t) throw new ParseError('syntax error: unexpected end of file')
    if (!(t.t === 'op' ? t.op === w : t.t === 'word' && t.raw === w)) throw unexpected(t)
    this.i++
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

  private command(): Command {
    const t = this.peek()
    if (t?.t === 'arith') {
      this.i++
      return this.redirsAfter({ k: 'arith', src: t.src, redirs: [] })
    }
    if (t?.t === 'op' && t.op === '(') {
      this.i++
      const body = this.list([')'])
      this.expect(')')
      return this.redirsAfter({ k: 'subshell', body, redirs: [] })
    }
    if (t?.t === 'word') {
      if (CLOSERS.has(t.raw)) throw unexpected(t)
      if (REFUSED.has(t.raw))
        throw new NotSimulatedError(
          `'${t.raw}' (compound commands) is not simulated in this lab yet`,
        )
      const c = this.compound(t.raw)
      if (c) return this.redirsAfter(c)
    }
    return this.simple()
  }

  private compound(word: string): CompoundCommand | undefined {
    switch (word) {
      case 'for':
        this.i++
        return this.forCommand()
      case 'while':
      case 'until': {
        this.i++
        const cond = this.list(['do'])
        this.expect('do')
        const body = this.list(['done'])
        this.expect('done')
        return { k: 'while', until: word === 'until', cond, body, redirs: [] }
      }
      case 'if': {
        this.i++
        const clauses: { cond: List; body: List }[] = []
        let otherwise: List | undefined
        for (;;) {
          const cond = this.list(['then'])
          this.expect('then')
          clauses.push({ cond, body: this.list(['elif', 'else', 'fi']) })
          if (this.isWord('elif')) this.i++
          else break
        }
        if (this.isWord('else')) {
          this.i++
          otherwise = this.list(['fi'])
        }
        this.expect('fi')
        return { k: 'if', clauses, otherwise, redirs: [] }
      }
      case '{': {
        this.i++
        const body = this.list(['}'])
        this.expect('}')
        return { k: 'group', body, redirs: [] }
      }
    }
    return undefined
  }

  private forCommand(): CompoundCommand {
    const nameTok = this.peek()
    if (nameTok?.t !== 'word') throw nameTok ? unexpected(nameTok) : eof()
    this.i++
    while (this.isOp('\n')) this.i++
    let items: Word[] | undefined
    if (this.isWord('in')) {
      this.i++
      items = []
      for (let t = this.peek(); t?.t === 'word'; t = this.peek()) {
        items.push(t.w)
        this.i++
      }
      const sep = this.peek()
      if (!sep) throw eof()
      if (sep.t !== 'op' || (sep.op !== ';' && sep.op !== '\n')) throw unexpected(sep)
      this.i++
    } else if (this.isOp(';')) this.i++
    while (this.isOp('\n')) this.i++
    this.expect('do')
    const body = this.list(['done'])
    this.expect('done')
    return { k: 'for', name: nameTok.raw, items, body, redirs: [] }
  }

  /** Redirections after a compound command's closing word; a word there is an error. */
  private redirsAfter(c: CompoundCommand): CompoundCommand {
    for (let t = this.peek(); t && t.t !== 'op'; t = this.peek()) {
      // a reserved word may close an enclosing compound: `{ if x; then y; fi }`
      if (t.t === 'word' && CLOSERS.has(t.raw)) break
      if (t.t !== 'redir') throw unexpected(t)
      this.i++
      c.redirs.push(this.redirect(t))
    }
    return c
  }

  private simple(): SimpleCommand {
    const cmd: SimpleCommand = { k: 'simple', assigns: [], words: [], redirs: [] }
    for (;;) {
      const t = this.peek()
      if (!t || t.t === 'op' || t.t === 'arith') break
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
        if (restLit.startsWith('~') && (restLit.length === 1 || restLit[1] === '/')) {
          value.unshift({ k: 'lit', s: restLit.slice(1), q: false })
          value.unshift({ k: 'tilde' })
        } else if (restLit) value.unshift({ k: 'lit', s: restLit, q: false })
        cmd.assigns.push({ name: m[1], value })
      } else cmd.words.push(t.w)
    }
    if (!cmd.words.length && !cmd.assigns.length && !cmd.redirs.length) {
      const t = this.peek()
      if (!t) throw eof()
      throw unexpected(t)
    }
    if (cmd.words.length === 1 && !cmd.assigns.length && this.isOp('(')) {
      const close = this.toks[this.i + 1]
      if (close?.t !== 'op' || close.op !== ')') throw unexpected(close)
      throw new NotSimulatedError('function definitions are not simulated in this lab yet')
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

function eof(): ParseError {
  return new ParseError('syntax error: unexpected end of file')
}

function tokenText(t: Token | undefined): string {
  if (!t) return 'newline'
  if (t.t === 'word') return t.raw
  if (t.t === 'op') return t.op === '\n' ? 'newline' : t.op
  if (t.t === 'arith') return '(('
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
