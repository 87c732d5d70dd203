// bash's test and [ builtins (test.c): POSIX rules for up to four arguments, then a small
// expression parser with ! -a -o and parentheses. Files are looked up on the host filesystem.
import { normalizePath } from '../../../sim'
import type { Program, ProgramContext } from '../../types'

class TestError extends Error {}

const UNARY = new Set(['-z', '-n', '-e', '-f', '-d', '-s', '-r', '-w', '-x', '-a', '-h', '-L'])
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge'])
const INT64_MAX = 2n ** 63n - 1n

export const test: Program = async (ctx) => runTest(ctx, ctx.argv.slice(1))

export const bracket: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  if (args[args.length - 1] !== ']') {
    ctx.stderr("bash: [: missing `]'\n")
    return 2
  }
  return runTest(ctx, args.slice(0, -1))
}

function runTest(ctx: ProgramContext, args: string[]): number {
  try {
    return new Test(ctx, args).run() ? 0 : 1
  } catch (e) {
    if (!(e instanceof TestError)) throw e
    ctx.stderr(`bash: ${ctx.argv[0]}: ${e.message}\n`)
    return 2
  }
}

class Test {
  private i = 0
  constructor(
    private readonly ctx: ProgramContext,
    private readonly a: string[],
  ) {}

  run(): boolean {
    const a = this.a
    switch (a.length) {
      case 0:
        return false
      case 1:
        return a[0] !== ''
      case 2:
        if (a[0] === '!') return a[1] === ''
        if (!UNARY.has(a[0])) throw new TestError(`${a[0]}: unary operator expected`)
        return this.unary(a[0], a[1])
      case 3:
        if (BINARY.has(a[1])) return this.binary(a[0], a[1], a[2])
        if (a[1] === '-a') return a[0] !== '' && a[2] !== ''
        if (a[1] === '-o') return a[0] !== '' || a[2] !== ''
        if (a[0] === '!') return !this.sub(a.slice(1))
        if (a[0] === '(' && a[2] === ')') return a[1] !== ''
        throw new TestError(`${a[1]}: binary operator expected`)
      case 4:
        if (a[0] === '!') return !this.sub(a.slice(1))
        if (a[0] === '(' && a[3] === ')') return this.sub(a.slice(1, 3))
    }
    const v = this.or()
    if (this.i < a.length) throw new TestError('too many arguments')
    return v
  }

  private sub(args: string[]): boolean {
    return new Test(this.ctx, args).run()
  }

  private or(): boolean {
    let v = this.and()
    while (this.a[this.i] === '-o') {
      this.i++
      v = this.and() || v
    }
    return v
  }

  private and(): boolean {
    let v = this.term()
    while (this.a[this.i] === '-a') {
      this.i++
      v = this.term() && v
    }
    return v
  }

  private term(): boolean {
    const a = this.a
    if (this.i >= a.length) throw new TestError('argument expected')
    const t = a[this.i]
    if (t === '!') {
      this.i++
      return !this.term()
    }
    if (t === '(') {
      this.i++
      const v = this.or()
      if (a[this.i] !== ')') {
        // `[` still sees its closing `]` there
        const found = a[this.i] ?? (this.ctx.argv[0] === '[' ? ']' : undefined)
        throw new TestError(found === undefined ? "`)' expected" : `\`)' expected, found ${found}`)
      }
      this.i++
      return v
    }
    if (this.i + 2 < a.length && BINARY.has(a[this.i + 1])) {
      this.i += 3
      return this.binary(t, a[this.i - 2], a[this.i - 1])
    }
    if (UNARY.has(t) && this.i + 1 < a.length) {
      this.i += 2
      return this.unary(t, a[this.i - 1])
    }
    this.i++
    return t !== ''
  }

  private unary(op: string, arg: string): boolean {
    if (op === '-z') return arg === ''
    if (op === '-n') return arg !== ''
    const fs = this.ctx.host.fs
    const path = normalizePath(arg, this.ctx.session.cwd)
    if (arg === '') return false
    switch (op) {
      case '-f':
        return fs.isFile(path)
      case '-d':
        return fs.isDir(path)
      case '-s':
        return fs.isDir(path) || (fs.isFile(path) && fs.read(path).length > 0)
      case '-h':
      case '-L':
        return false // divergence: the sim's filesystem has no symbolic links
      default:
        // divergence: no permission bits; the lab user is root, for whom -r/-w hold
        return fs.exists(path)
    }
  }

  private binary(l: string, op: string, r: string): boolean {
    switch (op) {
      case '=':
      case '==':
        return l === r
      case '!=':
        return l !== r
      case '<':
        return l < r
      case '>':
        return l > r
    }
    const x = int(l)
    const y = int(r)
    if (op === '-eq') return x === y
    if (op === '-ne') return x !== y
    if (op === '-lt') return x < y
    if (op === '-le') return x <= y
    if (op === '-gt') return x > y
    return x >= y
  }
}

function int(s: string): bigint {
  const m = /^[ \t\n]*([-+]?\d+)[ \t\n]*$/.exec(s)
  const v = m ? BigInt(m[1]) : undefined
  if (v === undefined || v > INT64_MAX || v < -INT64_MAX - 1n)
    throw new TestError(`${s}: integer expression expected`)
  return v
}
