// awk grammar (POSIX awk): pattern-action items, statements and expressions, compiled straight to
// closures over the runtime in ./runtime.ts. No user-defined functions or getline.
import { AwkSyntaxError, lexAwk } from './lexer'
import { Ctl, fmtNum, toBool, toNum, toStr, builtin } from './runtime'
import { ExprParser, loop, type Expr, type Stmt } from './exprParser'

export type { Expr, Stmt }

export interface AwkProgram {
  begin: Stmt[]
  end: Stmt[]
  items: { pattern?: Expr; range?: [Expr, Expr]; action?: Stmt }[]
}

export function parseAwk(src: string): AwkProgram {
  return new P(lexAwk(src)).program()
}

class P extends ExprParser {
  program(): AwkProgram {
    const prog: AwkProgram = { begin: [], end: [], items: [] }
    this.nls()
    while (!this.is('eof')) {
      if (this.is('kw', 'BEGIN') || this.is('kw', 'END')) {
        const which = (this.t[this.i++] as { v: string }).v
        this.optNl()
        ;(which === 'BEGIN' ? prog.begin : prog.end).push(this.block())
      } else {
        let pattern: Expr | undefined
        let range: [Expr, Expr] | undefined
        if (!this.is('op', '{')) {
          pattern = this.expr()
          if (this.is('op', ',')) {
            this.i++
            this.optNl()
            range = [pattern, this.expr()]
            pattern = undefined
          }
        }
        const action = this.is('op', '{') ? this.block() : undefined
        prog.items.push({ pattern, range, action })
      }
      this.nls()
    }
    return prog
  }

  private block(): Stmt {
    this.eat('op', '{')
    const body: Stmt[] = []
    this.nls()
    while (!this.is('op', '}')) {
      if (this.is('eof')) throw new AwkSyntaxError('missing } near end of file', this.lineNo())
      body.push(this.stmt())
      this.nls()
    }
    this.i++
    return (rt) => {
      for (const s of body) s(rt)
    }
  }

  private simpleEnd(): void {
    if (this.is('op', ';') || this.is('nl')) this.i++
    else if (!this.is('op', '}') && !this.is('eof')) this.fail()
  }

  private stmt(): Stmt {
    if (this.is('op', '{')) return this.block()
    if (this.is('kw', 'if')) {
      this.i++
      this.eat('op', '(')
      const c = this.expr()
      this.eat('op', ')')
      this.optNl()
      const th = this.stmt()
      const save = this.i
      this.nls()
      if (this.is('kw', 'else')) {
        this.i++
        this.optNl()
        const el = this.stmt()
        return (rt) => (toBool(c(rt)) ? th(rt) : el(rt))
      }
      this.i = save
      return (rt) => {
        if (toBool(c(rt))) th(rt)
      }
    }
    if (this.is('kw', 'while')) {
      this.i++
      this.eat('op', '(')
      const c = this.expr()
      this.eat('op', ')')
      this.optNl()
      const body = this.stmt()
      return (rt) => loop(rt, () => toBool(c(rt)), body)
    }
    if (this.is('kw', 'for')) return this.forStmt()
    const kw = this.peek()
    if (kw.t === 'kw' && ['next', 'exit', 'break', 'continue'].includes(kw.v)) {
      this.i++
      let code: Expr | undefined
      if (kw.v === 'exit' && !this.is('op', ';') && !this.is('nl') && !this.is('op', '}'))
        code = this.expr()
      this.simpleEnd()
      return (rt) => {
        if (code) rt.exitCode = toNum(code(rt))
        throw new Ctl(kw.v as Ctl['kind'])
      }
    }
    if (this.is('kw', 'delete')) {
      this.i++
      const name = (this.eat('name') as { v: string }).v
      let idx: Expr | undefined
      if (this.is('op', '[')) idx = this.subscript()
      this.simpleEnd()
      return (rt) => {
        const a = rt.array(name)
        if (idx) a.delete(toStr(idx(rt), rt))
        else a.clear()
      }
    }
    if (this.is('kw', 'print') || this.is('kw', 'printf')) return this.print()
    const e = this.expr()
    this.simpleEnd()
    return (rt) => void e(rt)
  }

  private forStmt(): Stmt {
    this.i++
    this.eat('op', '(')
    if (
      this.is('name') &&
      this.t[this.i + 1]?.t === 'kw' &&
      (this.t[this.i + 1] as { v: string }).v === 'in'
    ) {
      const k = (this.eat('name') as { v: string }).v
      this.i++
      const arr = (this.eat('name') as { v: string }).v
      this.eat('op', ')')
      this.optNl()
      const body = this.stmt()
      return (rt) => {
        for (const key of [...rt.array(arr).keys()]) {
          rt.setVar(k, key)
          try {
            body(rt)
          } catch (e) {
            if (e instanceof Ctl && e.kind === 'break') break
            if (!(e instanceof Ctl && e.kind === 'continue')) throw e
          }
        }
      }
    }
    const init = this.is('op', ';') ? undefined : this.expr()
    this.eat('op', ';')
    const cond = this.is('op', ';') ? undefined : this.expr()
    this.eat('op', ';')
    const step = this.is('op', ')') ? undefined : this.expr()
    this.eat('op', ')')
    this.optNl()
    const body = this.stmt()
    return (rt) => {
      if (init) init(rt)
      loop(rt, () => (cond ? toBool(cond(rt)) : true), body, step)
    }
  }

  private print(): Stmt {
    const isPrintf = (this.t[this.i++] as { v: string }).v === 'printf'
    let args: Expr[] = []
    const end = (): boolean =>
      this.is('op', ';') ||
      this.is('nl') ||
      this.is('op', '}') ||
      this.is('eof') ||
      this.is('op', '>') ||
      this.is('op', '>>') ||
      this.is('op', '|')
    if (this.is('op', '(')) {
      const save = this.i
      this.i++
      const list = [this.expr()]
      while (this.is('op', ',')) {
        this.i++
        list.push(this.expr())
      }
      if (this.is('op', ')') && (this.i++, end())) args = list
      else {
        this.i = save
        args = this.exprList(true)
      }
    } else if (!end()) args = this.exprList(true)
    let dest: { mode: string; target: Expr } | undefined
    if (this.is('op', '>') || this.is('op', '>>') || this.is('op', '|')) {
      const mode = (this.t[this.i++] as { v: string }).v
      dest = { mode, target: this.concat(true) }
    }
    this.simpleEnd()
    return (rt) => {
      let text: string
      if (isPrintf) {
        const [f, ...rest] = args.map((a) => a(rt))
        text = toStr(builtin('sprintf', [f ?? '', ...rest], rt), rt)
      } else {
        const vals = args.length ? args.map((a) => a(rt)) : [rt.field(0)]
        text =
          vals
            .map((v) => (typeof v === 'number' ? fmtNum(v, rt.getStr('OFMT')) : toStr(v, rt)))
            .join(rt.getStr('OFS')) + rt.getStr('ORS')
      }
      rt.write(text, dest && { mode: dest.mode, target: toStr(dest.target(rt), rt) })
    }
  }
}
