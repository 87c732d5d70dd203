// bash builtin echo (builtins/echo.def): -n, -e, -E; unknown options are printed as text.
import type { Program } from '../../types'

export const echo: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  let newline = true
  let escapes = false
  while (args.length && /^-[neE]+$/.test(args[0])) {
    for (const c of args.shift()!.slice(1)) {
      if (c === 'n') newline = false
      else escapes = c === 'e'
    }
  }
  let text = args.join(' ')
  if (escapes) {
    const r = interpretEscapes(text)
    text = r.text
    if (r.stop) newline = false
  }
  ctx.stdout(newline ? text + '\n' : text)
  return 0
}

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
}

/** echo -e / printf %b escapes; `\c` stops output. */
export function interpretEscapes(s: string): { text: string; stop: boolean } {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c !== '\\' || i + 1 >= s.length) {
      out += c
      continue
    }
    const n = s[++i]
    if (n === 'c') return { text: out, stop: true }
    if (n in SIMPLE) out += SIMPLE[n]
    else if (n === '0') {
      const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0]
      out += String.fromCharCode(parseInt(m || '0', 8))
      i += m.length
    } else if (n === 'x') {
      const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))?.[0]
      if (m) {
        out += String.fromCharCode(parseInt(m, 16))
        i += m.length
      } else out += '\\x'
    } else out += '\\' + n
  }
  return { text: out, stop: false }
}
