// awk expressions (POSIX awk grammar, precedence climbing from ternary down to primary), compiled
// to closures over the runtime in ./runtime.ts; the statement parser in ./parser.ts extends this.
import { AwkSyntaxError, type Tok } from './lexer'
import { Ctl, type Rt, type Val, cmpVals, toBool, toNum, toStr, builtin, regexOf } from './runtime'

export type Expr = (rt: Rt) => Val
export type Stmt = (rt: Rt) => void
export interface LValue {
  get: Expr
  set: (rt: Rt, v: Val) => void
}

export class ExprParser {
  protected i = 0
  constructor(protected readonly t: Tok[]) {}

  protected peek(): Tok {
    return this.t[this.i]
  }
  protected is(kind: Tok['t'], v?: string): boolean {
    const x = this.t[this.i]
    return x.t === kind && (v === undefined || ('v' in x && x.v === v))
  }
  protected eat(kind: Tok['t'], v?: string): Tok {
    if (!this.is(kind, v)) this.fail()
    return this.t[this.i++]
  }
  protected lineNo(): number {
    const nl = this.t.slice(0, this.i).filter((x) => x.t === 'nl').length
    return nl + 1 + (this.peek().t === 'eof' ? 1 : 0)
  }
  protected fail(): never {
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
  protected nls(): void {
    while (this.is('nl') || this.is('op', ';')) this.i++
  }
  protected optNl(): void {
    while (this.is('nl')) this.i++
  }

  protected exprList(noGt: boolean): Expr[] {
    const l = [this.expr(noGt)]
    while (this.is('op', ',')) {
      this.i++
      this.optNl()
      l.push(this.expr(noGt))
    }
    return l
  }

  protected subscript(): Expr {
    this.eat('op', '[')
    const parts = this.exprList(false)
    this.eat('op', ']')
    return (rt) => parts.map((p) => toStr(p(rt), rt)).join(rt.getStr('SUBSEP'))
  }

  expr(noGt = false): Expr {
    return this.ternary(noGt)
  }

  protected ternary(noGt: boolean): Expr {
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

  protected or(noGt: boolean): Expr {
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

  protected and(noGt: boolean): Expr {
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

  protected inExpr(noGt: boolean): Expr {
    let l = this.match(noGt)
    while (this.is('kw', 'in')) {
      this.i++
      const arr = (this.eat('name') as { v: string }).v
      const k = l
      l = (rt) => (rt.array(arr).has(toStr(k(rt), rt)) ? 1 : 0)
    }
    return l
  }

  protected match(noGt: boolean): Expr {
    let l = this.compare(noGt)
    while (this.is('op', '~') || this.is('op', '!~')) {
      const neg = (this.t[this.i++] as { v: string }).v === '!~'
      const a = l
      const r = this.compare(noGt)
      l = (rt) => (regexOf(r, rt).test(toStr(a(rt), rt)) !== neg ? 1 : 0)
    }
    return l
  }

  protected compare(noGt: boolean): Expr {
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

  protected concat(noGt: boolean): Expr {
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

  protected additive(): Expr {
    let l = this.mul()
    while (this.is('op', '+') || this.is('op', '-')) {
      const op = (this.t[this.i++] as { v: string }).v
      const a = l
      const b = this.mul()
      l = (rt) => arith(op, a(rt), b(rt))
    }
    return l
  }

  protected mul(): Expr {
    let l = this.unary()
    while (this.is('op', '*') || this.is('op', '/') || this.is('op', '%')) {
      const op = (this.t[this.i++] as { v: string }).v
      const a = l
      const b = this.unary()
      l = (rt) => arith(op, a(rt), b(rt))
    }
    return l
  }

  protected unary(): Expr {
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

  protected pow(): Expr {
    const b = this.postfix()
    if (this.is('op', '^')) {
      this.i++
      const e = this.unary()
      return (rt) => Math.pow(toNum(b(rt)), toNum(e(rt)))
    }
    return b
  }

  protected postfix(): Expr {
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

  protected primary(): Expr {
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

  protected postfixNoIncr(): Expr {
    if (this.is('op', '-') || this.is('op', '+') || this.is('op', '!')) return this.unary()
    return this.primary()
  }
}

export function arith(op: string, a: Val, b: Val): number {
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

export function loop(rt: Rt, cond: () => boolean, body: Stmt, step?: Expr): void {
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
