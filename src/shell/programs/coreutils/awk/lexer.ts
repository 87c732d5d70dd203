// Tokenizer for the awk language (POSIX awk grammar tokens; mawk's error wording where it matters).

export type Tok =
  | { t: 'num'; v: number }
  | { t: 'str'; v: string }
  | { t: 're'; v: string }
  | { t: 'name'; v: string }
  | { t: 'func'; v: string }
  | { t: 'kw'; v: string }
  | { t: 'op'; v: string }
  | { t: 'nl' }
  | { t: 'eof' }

export class AwkSyntaxError extends Error {
  constructor(
    message: string,
    readonly line = 1,
  ) {
    super(message)
  }
}

const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'if',
  'else',
  'while',
  'for',
  'in',
  'next',
  'exit',
  'print',
  'printf',
  'delete',
  'do',
  'break',
  'continue',
  'getline',
  'return',
  'function',
])
const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'tolower',
  'toupper',
  'int',
  'sqrt',
  'exp',
  'log',
  'sin',
  'cos',
  'atan2',
  'rand',
  'srand',
  'system',
])
const OPS = [
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '==',
  '<=',
  '>=',
  '!=',
  '++',
  '--',
  '&&',
  '||',
  '>>',
  '!~',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
]

const ESC: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  '"': '"',
  '/': '/',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
}

export function lexAwk(src: string): Tok[] {
  const out: Tok[] = []
  let i = 0
  const operandEnd = (): boolean => {
    const l = out[out.length - 1]
    if (!l) return false
    return (
      l.t === 'num' ||
      l.t === 'str' ||
      l.t === 'name' ||
      l.t === 're' ||
      (l.t === 'op' &&
        (l.v === ')' || l.v === ']' || l.v === '$' || l.v === '++' || l.v === '--')) ||
      (l.t === 'func' && false)
    )
  }
  while (i < src.length) {
    const c = src[i]
    if (c === ' ' || c === '\t' || c === '\r') i++
    else if (c === '\\' && src[i + 1] === '\n') i += 2
    else if (c === '\n') {
      out.push({ t: 'nl' })
      i++
    } else if (c === '#') while (i < src.length && src[i] !== '\n') i++
    else if (c === '"') {
      let s = ''
      i++
      while (i < src.length && src[i] !== '"') {
        if (src[i] === '\\' && i + 1 < src.length) {
          const e = src[i + 1]
          s += ESC[e] ?? '\\' + e
          i += 2
        } else if (src[i] === '\n')
          throw new AwkSyntaxError('runaway string constant "' + s.slice(0, 10) + ' ...')
        else s += src[i++]
      }
      if (i >= src.length)
        throw new AwkSyntaxError(`runaway string constant "${s.slice(0, 10)} ...`)
      i++
      out.push({ t: 'str', v: s })
    } else if (c === '/' && !operandEnd()) {
      let s = ''
      i++
      while (i < src.length && src[i] !== '/') {
        if (src[i] === '\\' && src[i + 1] === '/') {
          s += '/'
          i += 2
        } else if (src[i] === '\n')
          throw new AwkSyntaxError(`runaway regular expression /${s.slice(0, 10)} ...`)
        else s += src[i++]
      }
      if (i >= src.length)
        throw new AwkSyntaxError(`runaway regular expression /${s.slice(0, 10)} ...`)
      i++
      out.push({ t: 're', v: s })
    } else if (/[0-9.]/.test(c) && /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.test(src.slice(i))) {
      const m = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i))!
      out.push({ t: 'num', v: parseFloat(m[0]) })
      i += m[0].length
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i))![0]
      i += m.length
      if (KEYWORDS.has(m)) out.push({ t: 'kw', v: m })
      else if (BUILTINS.has(m)) out.push({ t: 'func', v: m })
      else out.push({ t: 'name', v: m })
    } else {
      const op = OPS.find((o) => src.startsWith(o, i))
      if (!op) throw new AwkSyntaxError(`syntax error at or near ${c}`)
      out.push({ t: 'op', v: op })
      i += op.length
    }
  }
  out.push({ t: 'eof' })
  return out
}
