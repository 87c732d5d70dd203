// Shell arithmetic as bash's expr.c evaluates it: 64-bit wrapping integers, C operators and
// precedence, assignments, ++/--, base#n constants, short-circuit without evaluation ("noeval"),
// and the error texts with bash's "error token" (the text from the last token read).
// https://git.savannah.gnu.org/cgit/bash.git/tree/expr.c

export interface ArithVars {
  get(name: string): string | undefined
  set(name: string, value: string): void
}

/** An arithmetic error; `message` is bash's text without the leading `bash: `. */
export class ArithError extends Error {}

/** divergence: bash's MAX_EXPR_RECURSION_LEVEL is 1024; the JS stack holds fewer nested levels */
const MAX_RECURSION = 100

const ASSIGN_OPS = ['<<=', '>>=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '=']
const OPS = ['**', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', ...'+-*/%<>&|^!~?:,()']

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v)
const bool = (b: boolean): bigint => (b ? 1n : 0n)

type Tok =
  { t: 'num'; v: bigint } | { t: 'var'; name: string } | { t: 'op'; op: string } | { t: 'eof' }

/** Evaluate an arithmetic expression (the text inside `$(( ))` or `(( ))`). Throws ArithError. */
export function evalArith(expr: string, vars: ArithVars, depth = 0): bigint {
  if (depth > MAX_RECURSION) {
    const e = expr.replace(/^[ \t\n]+/, '')
    throw new ArithError(`${e}: expression recursion level exceeded (error token is "${e}")`)
  }
  return new Evaluator(expr, vars, depth).run()
}

class Evaluator {
  private pos = 0
  private tok: Tok = { t: 'eof' }
  /** start of the last token read (bash's lasttp; not moved by end of input) */
  private last = 0
  /** >0 while evaluating the untaken side of && || ?: */
  private noeval = 0
  private readonly s: string

  constructor(
    expr: string,
    private readonly vars: ArithVars,
    private readonly depth: number,
  ) {
    this.s = expr.replace(/^[ \t\n]+/, '')
  }

  run(): bigint {
    this.next()
    if (this.tok.t === 'eof') return 0n
    const v = this.comma()
    if (this.is('bad')) this.fail('syntax error: invalid arithmetic operator')
    if (!this.atEof()) this.fail('syntax error in expression')
    return v
  }

  private fail(msg: string): never {
    throw new ArithError(`${this.s}: ${msg} (error token is "${this.s.slice(this.last)}")`)
  }

  private next(): void {
    const s = this.s
    while (this.pos < s.length && ' \t\n'.includes(s[this.pos])) this.pos++
    if (this.pos >= s.length) {
      this.tok = { t: 'eof' }
      return
    }
    const start = (this.last = this.pos)
    const c = s[start]
    const prev = this.tok
    if (/[0-9]/.test(c)) {
      let j = start
      while (j < s.length && /[A-Za-z0-9#@_]/.test(s[j])) j++
      this.pos = j
      this.tok = { t: 'num', v: parseConstant(s.slice(start, j)) }
      return
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = start
      while (j < s.length && /[A-Za-z0-9_]/.test(s[j])) j++
      this.pos = j
      this.tok = { t: 'var', name: s.slice(start, j) }
      return
    }
    if ((c === '+' || c === '-') && s[start + 1] === c) {
      if (prev.t === 'var') return this.op(c + c + 'post', 2)
      let j = start + 2
      while (j < s.length && ' \t\n'.includes(s[j])) j++
      if (/[A-Za-z_]/.test(s[j] ?? '')) return this.op(c + c + 'pre', 2)
      return this.op(c, 1)
    }
    for (const op of [...ASSIGN_OPS, ...OPS]) {
      if (s.startsWith(op, start)) {
        // `a == b` is not `a = (= b)`
        if (op === '=' && s[start + 1] === '=') continue
        return this.op(op, op.length)
      }
    }
    // a character no operator starts with: an error where an operand or operator is expected
    this.op('bad', 1)
  }

  private op(op: string, len: number): void {
    this.pos += len
    this.tok = { t: 'op', op }
  }

  private atEof(): boolean {
    return this.tok.t === 'eof'
  }

  private is(op: string): boolean {
    return this.tok.t === 'op' && this.tok.op === op
  }

  private comma(): bigint {
    let v = this.assign()
    while (this.is(',')) {
      this.next()
      v = this.assign()
    }
    return v
  }

  private assign(): bigint {
    const lhs = this.tok
    const v = this.cond()
    if (this.tok.t === 'op' && ASSIGN_OPS.includes(this.tok.op)) {
      const op = this.tok.op
      if (lhs.t !== 'var') this.fail('attempted assignment to non-variable')
      this.next()
      const rhs = this.assign()
      const res = op === '=' ? rhs : this.binary(op.slice(0, -1), v, rhs)
      if (!this.noeval) this.vars.set(lhs.name, String(res))
      return res
    }
    return v
  }

  private cond(): bigint {
    const c = this.binaryLevel(0)
    if (!this.is('?')) return c
    this.next()
    if (this.tok.t === 'eof' || this.is(':')) this.fail('expression expected')
    if (!c) this.noeval++
    const a = this.comma()
    if (!c) this.noeval--
    if (!this.is(':')) this.fail("`:' expected for conditional expression")
    this.next()
    if (this.atEof()) this.fail('expression expected')
    if (c) this.noeval++
    const b = this.cond()
    if (c) this.noeval--
    return c ? a : b
  }

  /** Left-associative binary levels, loosest first (bash's explor … expmuldiv). */
  private static LEVELS = [
    ['||'],
    ['&&'],
    ['|'],
    ['^'],
    ['&'],
    ['==', '!='],
    ['<', '>', '<=', '>='],
    ['<<', '>>'],
    ['+', '-'],
    ['*', '/', '%'],
  ]

  private binaryLevel(level: number): bigint {
    if (level >= Evaluator.LEVELS.length) return this.power()
    const ops = Evaluator.LEVELS[level]
    let v = this.binaryLevel(level + 1)
    while (this.tok.t === 'op' && ops.includes(this.tok.op)) {
      const op = this.tok.op
      this.next()
      const short = (op === '&&' && !v) || (op === '||' && !!v)
      if (short) this.noeval++
      const r = this.binaryLevel(level + 1)
      if (short) this.noeval--
      if (op === '&&') v = bool(!!v && !!r)
      else if (op === '||') v = bool(!!v || !!r)
      else v = this.binary(op, v, r)
    }
    return v
  }

  private binary(op: string, a: bigint, b: bigint): bigint {
    if (this.noeval) return 0n
    switch (op) {
      case '+':
        return wrap(a + b)
      case '-':
        return wrap(a - b)
      case '*':
        return wrap(a * b)
      case '/':
      case '%':
        if (!b) this.fail('division by 0')
        if (b === -1n) return op === '/' ? wrap(-a) : 0n
        return op === '/' ? a / b : a % b
      case '<<':
        return wrap(a << (b & 63n))
      case '>>':
        return a >> (b & 63n)
      case '&':
        return a & b
      case '|':
        return a | b
      case '^':
        return a ^ b
      case '==':
        return bool(a === b)
      case '!=':
        return bool(a !== b)
      case '<':
        return bool(a < b)
      case '>':
        return bool(a > b)
      case '<=':
        return bool(a <= b)
      case '>=':
        return bool(a >= b)
    }
    return 0n
  }

  private power(): bigint {
    const base = this.unary()
    if (!this.is('**')) return base
    this.next()
    const exp = this.power()
    if (this.noeval) return 0n
    if (exp < 0n) this.fail('exponent less than 0')
    let r = 1n
    let b = base
    for (let e = exp; e > 0n; e >>= 1n) {
      if (e & 1n) r = wrap(r * b)
      b = wrap(b * b)
    }
    return r
  }

  private unary(): bigint {
    const t = this.tok
    if (t.t === 'op' && ['!', '~', '-', '+'].includes(t.op)) {
      this.next()
      const v = this.unary()
      if (t.op === '!') return bool(!v)
      if (t.op === '~') return ~v
      return t.op === '-' ? wrap(-v) : v
    }
    if (t.t === 'op' && (t.op === '++pre' || t.op === '--pre')) {
      this.next()
      const v = this.tok
      if (v.t !== 'var') this.fail('syntax error: operand expected')
      const nv = wrap(this.value(v.name) + (t.op === '++pre' ? 1n : -1n))
      if (!this.noeval) this.vars.set(v.name, String(nv))
      this.next()
      return nv
    }
    return this.primary()
  }

  private primary(): bigint {
    const t = this.tok
    if (t.t === 'op' && t.op === '(') {
      this.next()
      const v = this.comma()
      if (!this.is(')')) this.fail("missing `)'")
      this.next()
      return v
    }
    if (t.t === 'num') {
      this.next()
      return t.v
    }
    if (t.t === 'var') {
      const v = this.value(t.name)
      this.next()
      if (this.is('++post') || this.is('--post')) {
        const inc = this.is('++post') ? 1n : -1n
        if (!this.noeval) this.vars.set(t.name, String(wrap(v + inc)))
        this.next()
      }
      return v
    }
    this.fail('syntax error: operand expected')
  }

  /** A variable's value as an integer: its text is itself an expression (bash expr_streval). */
  private value(name: string): bigint {
    if (this.noeval) return 0n
    const text = this.vars.get(name)
    if (!text) return 0n
    return evalArith(text, this.vars, this.depth + 1)
  }
}

/** A constant: decimal, 0x hex, 0 octal or base#digits (bash strlong). */
function parseConstant(tok: string): bigint {
  let base = 10
  let digits = tok
  const hash = tok.indexOf('#')
  if (hash >= 0) {
    base = Number(tok.slice(0, hash))
    digits = tok.slice(hash + 1)
    if (!/^\d+$/.test(tok.slice(0, hash)) || base < 2 || base > 64)
      throw new ArithError(`${tok}: invalid arithmetic base (error token is "${tok}")`)
  } else if (/^0[xX]/.test(tok)) {
    base = 16
    digits = tok.slice(2)
  } else if (tok.startsWith('0')) base = 8
  let v = 0n
  for (const ch of digits) {
    const d = digitValue(ch, base)
    if (d < 0 || d >= base)
      throw new ArithError(`${tok}: value too great for base (error token is "${tok}")`)
    v = wrap(v * BigInt(base) + BigInt(d))
  }
  return v
}

function digitValue(ch: string, base: number): number {
  if (/[0-9]/.test(ch)) return ch.charCodeAt(0) - 48
  if (/[a-z]/.test(ch)) return ch.charCodeAt(0) - 97 + 10
  if (/[A-Z]/.test(ch)) return ch.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36)
  if (ch === '@') return 62
  if (ch === '_') return 63
  return -1
}
