// awk grammar (POSIX awk): pattern-action items, statements and expressions, compiled straight to
// closures over the runtime in ./runtime.ts. No user-defined functions or getline.
import { AwkSyntaxError, lexAwk, type Tok } from './lexer'
import {
  Ctl,
  type Rt,
  type Val,
  cmpVals,
  fmtNum,
  toBool,
  toNum,
  toStr,
  builtin,
  regexOf,
} from './runtime'

export type Expr = (rt: Rt) => Val
export type Stmt = (rt: Rt) => void
interface LValue {
  get: Expr
  set: (rt: Rt, v: Val) => void
}

export interface AwkProgram {
  begin: Stmt[]
  end: Stmt[]
  items: { pattern?: Expr; range?: [Expr, Expr]; action?: Stmt }[]
}

export function parseAwk(src: string): AwkProgram {
  return new P(lexAwk(src)).program()
}

class P {
  private i = 0
  constructor(private readonly t: Tok[]) {}

  private peek(): Tok {
    return this.t[this.i]
  }
  private is(kind: Tok['t'], v?: string): boolean {
    const x = this.t[this.i]
    return x.t === kind && (v === undefined || ('v' in x && x.v === v))
  }
  private eat(kind: Tok['t'], v?: string): Tok {
    if (!this.is(kind, v)) this.fail()
    return this.t[this.i++]
  }
  private lineNo(): number {
    const nl = this.t.slice(0, this.i).filter((x) => x.t === 'nl').length
    return nl + 1 + (this.peek().t === 'eof' ? 1 : 0)
  }
  private fail(): never {
    const x = this.peek()
    if (x.t === 'eof')
      throw new AwkSyntaxError('syntax error at or near end of file', this.lineNo())
    const shown =
      x.t === 'nl'
        ? 'end of line'
        : x.t === 'str'
          ? `"${x.v}"`
          : x.t === 're'
            ? `/${x.v}/`
            : String((x as { v: unknown }).v)
    throw new AwkSyntaxError(`syntax error at or near ${shown}`, this.lineNo())
  }
  private nls(): void {
    while (this.is('nl') || this.is('op', ';')) this.i++
  }
  private optNl(): void {
    while (this.is('nl')) this.i++
  }

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

  private exprList(noGt: boolean): Expr[] {
    const l = [this.expr(noGt)]
    while (this.is('op', ',')) {
      this.i++
      this.optNl()
      l.push(this.expr(noGt))
    }
    return l
  }

  private subscript(): Expr {
    this.eat('op', '[')
    const parts = this.exprList(false)
    this.eat('op', ']')
    return (rt) => parts.map((p) => toStr(p(rt), rt)).join(rt.getStr('SUBSEP'))
  }

  expr(noGt = false): Expr {
    return this.ternary(noGt)
  }

  private ternary(noGt: boolean): Expr {
    const c = this.or(noGt)
    if (this.is('op', '?')) {
      this.i++
      const a = this.ternary(noGt)
      this.eat('op', ':')
      const b = this.ternary(noGt)
      return (rt) => (toBool(c(rt)) ? a(rt) : b(rt))
    }
    if (
      this.is('op') &&
      ['=', '+=', '-=', '*=', '/=', '%=', '^='].includes((this.peek() as { v: string }).v)
    ) {
      const lv = (c as Expr & { lv?: LValue }).lv
      if (!lv) this.fail()
      const op = (this.t[this.i++] as { v: string }).v
      const rhs = this.ternary(noGt)
      return (rt) => {
        const v = op === '=' ? rhs(rt) : arith(op[0], lv.get(rt), rhs(rt))
        lv.set(rt, v)
        return v
      }
    }
    return c
  }

  private or(noGt: boolean): Expr {
    let l = this.and(noGt)
    while (this.is('op', '||')) {
      this.i++
      this.optNl()
      const a = l
      const b = this.and(noGt)
      l = (rt) => (toBool(a(rt)) || toBool(b(rt)) ? 1 : 0)
    }
    return l
  }

  private and(noGt: boolean): Expr {
    let l = this.inExpr(noGt)
    while (this.is('op', '&&')) {
      this.i++
      this.optNl()
      const a = l
      const b = this.inExpr(noGt)
      l = (rt) => (toBool(a(rt)) && toBool(b(rt)) ? 1 : 0)
    }
    return l
  }

  private inExpr(noGt: boolean): Expr {
    let l = this.match(noGt)
    while (this.is('kw', 'in')) {
      this.i++
      const arr = (this.eat('name') as { v: string }).v
      const k = l
      l = (rt) => (rt.array(arr).has(toStr(k(rt), rt)) ? 1 : 0)
    }
    return l
  }

  private match(noGt: boolean): Expr {
    let l = this.compare(noGt)
    while (this.is('op', '~') || this.is('op', '!~')) {
      const neg = (this.t[this.i++] as { v: string }).v === '!~'
      const a = l
      const r = this.compare(noGt)
      l = (rt) => (regexOf(r, rt).test(toStr(a(rt), rt)) !== neg ? 1 : 0)
    }
    return l
  }

  private compare(noGt: boolean): Expr {
    const l = this.concat(noGt)
    const ops = ['<', '<=', '==', '!=', '>=', ...(noGt ? [] : ['>'])]
    const x = this.peek()
    if (x.t === 'op' && ops.includes(x.v)) {
      this.i++
      const r = this.concat(noGt)
      const op = x.v
      return (rt) => {
        const c = cmpVals(l(rt), r(rt), rt)
        return (
          op === '<'
            ? c < 0
            : op === '<='
              ? c <= 0
              : op === '=='
                ? c === 0
                : op === '!='
                  ? c !== 0
                  : op === '>='
                    ? c >= 0
                    : c > 0
        )
          ? 1
          : 0
      }
    }
    return l
  }

  private concat(noGt: boolean): Expr {
    let l = this.additive()
    for (;;) {
      const x = this.peek()
      const starts =
        x.t === 'num' ||
        x.t === 'str' ||
        x.t === 're' ||
        x.t === 'name' ||
        x.t === 'func' ||
        (x.t === 'op' && ['$', '!', '(', '-', '+', '++', '--'].includes(x.v))
      if (!starts || (x.t === 'op' && (x.v === '-' || x.v === '+'))) break
      const a = l
      const b = this.additive()
      l = (rt) => toStr(a(rt), rt) + toStr(b(rt), rt)
      void noGt
    }
    return l
  }

  private additive(): Expr {
    let l = this.mul()
    while (this.is('op', '+') || this.is('op', '-')) {
      const op = (this.t[this.i++] as { v: string }).v
      const a = l
      const b = this.mul()
      l = (rt) => arith(op, a(rt), b(rt))
    }
    return l
  }

  private mul(): Expr {
    let l = this.unary()
    while (this.is('op', '*') || this.is('op', '/') || this.is('op', '%')) {
      const op = (this.t[this.i++] as { v: string }).v
      const a = l
      const b = this.unary()
      l = (rt) => arith(op, a(rt), b(rt))
    }
    return l
  }

  private unary(): Expr {
    if (this.is('op', '!')) {
      this.i++
      const e = this.unary()
      return (rt) => (toBool(e(rt)) ? 0 : 1)
    }
    if (this.is('op', '-') || this.is('op', '+')) {
      const neg = (this.t[this.i++] as { v: string }).v === '-'
      const e = this.unary()
      return (rt) => (neg ? -toNum(e(rt)) : toNum(e(rt)))
    }
    return this.pow()
  }

  private pow(): Expr {
    const b = this.postfix()
    if (this.is('op', '^')) {
      this.i++
      const e = this.unary()
      return (rt) => Math.pow(toNum(b(rt)), toNum(e(rt)))
    }
    return b
  }

  private postfix(): Expr {
    if (this.is('op', '++') || this.is('op', '--')) {
      const d = (this.t[this.i++] as { v: string }).v === '++' ? 1 : -1
      const lv = (this.postfix() as Expr & { lv?: LValue }).lv
      if (!lv) this.fail()
      return (rt) => {
        const v = toNum(lv.get(rt)) + d
        lv.set(rt, v)
        return v
      }
    }
    const p = this.primary()
    const lv = (p as Expr & { lv?: LValue }).lv
    if (lv && (this.is('op', '++') || this.is('op', '--'))) {
      const d = (this.t[this.i++] as { v: string }).v === '++' ? 1 : -1
      return (rt) => {
        const v = toNum(lv.get(rt))
        lv.set(rt, v + d)
        return v
      }
    }
    return p
  }

  private primary(): Expr {
    const x = this.peek()
    this.i++
    if (x.t === 'num') return () => x.v
    if (x.t === 'str') return () => x.v
    if (x.t === 're') {
      const re = regexOf(() => x.v, undefined)
      const e: Expr = (rt) => (re.test(toStr(rt.field(0), rt)) ? 1 : 0)
      return Object.assign(e, { re: x.v })
    }
    if (x.t === 'op' && x.v === '(') {
      const e = this.expr()
      this.eat('op', ')')
      return e
    }
    if (x.t === 'op' && x.v === '$') {
      const idx = this.postfixNoIncr()
      const get: Expr = (rt) => rt.field(toNum(idx(rt)))
      const lv: LValue = { get, set: (rt, v) => rt.setField(toNum(idx(rt)), toStr(v, rt)) }
      return Object.assign(get, { lv })
    }
    if (x.t === 'func') {
      let args: Expr[] = []
      if (this.is('op', '(')) {
        this.i++
        if (!this.is('op', ')')) args = this.exprList(false)
        this.eat('op', ')')
      } else if (x.v !== 'length') this.fail()
      return (rt) =>
        builtin(
          x.v,
          args.map((a) =>
            (a as { re?: string }).re !== undefined ? { re: (a as { re?: string }).re! } : a(rt),
          ),
          rt,
          args,
        )
    }
    if (x.t === 'name') {
      if (this.is('op', '[')) {
        const sub = this.subscript()
        const get: Expr = (rt) => {
          const a = rt.array(x.v)
          const k = toStr(sub(rt), rt)
          if (!a.has(k)) a.set(k, '')
          return a.get(k)!
        }
        return Object.assign(get, {
          lv: { get, set: (rt: Rt, v: Val) => void rt.array(x.v).set(toStr(sub(rt), rt), v) },
        })
      }
      const get: Expr = (rt) => rt.getVar(x.v)
      return Object.assign(get, {
        lv: { get, set: (rt: Rt, v: Val) => rt.setVar(x.v, v) },
        arrName: x.v,
      })
    }
    this.i--
    this.fail()
  }

  private postfixNoIncr(): Expr {
    if (this.is('op', '-') || this.is('op', '+') || this.is('op', '!')) return this.unary()
    return this.primary()
  }
}

function arith(op: string, a: Val, b: Val): number {
  const x = toNum(a)
  const y = toNum(b)
  switch (op) {
    case '+':
      return x + y
    case '-':
      return x - y
    case '*':
      return x * y
    case '/':
      return x / y
    case '%':
      return x % y
    default:
      return Math.pow(x, y)
  }
}

function loop(rt: Rt, cond: () => boolean, body: Stmt, step?: Expr): void {
  let guard = 0
  while (cond()) {
    if (++guard > 10_000_000) throw new Ctl('error', 'loop limit exceeded')
    try {
      body(rt)
    } catch (e) {
      if (e instanceof Ctl && e.kind === 'break') break
      if (!(e instanceof Ctl && e.kind === 'continue')) throw e
    }
    if (step) step(rt)
  }
}
