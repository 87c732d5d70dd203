// POSIX regular expressions (regcomp BRE and ERE, as GNU grep/sed/awk read them) translated to
// JavaScript RegExp source, including bracket expressions with [:classes:].
import { POSIX_CLASSES } from '../../posixClasses'

/** Translate a bracket expression starting at s[i] === '['; returns [source, next index]. */
function bracket(s: string, i: number): [string, number] {
  let j = i + 1
  let out = '['
  if (s[j] === '^') {
    out += '^'
    j++
  }
  if (s[j] === ']') {
    out += '\\]'
    j++
  }
  while (j < s.length && s[j] !== ']') {
    if (s.startsWith('[:', j)) {
      const end = s.indexOf(':]', j + 2)
      if (end > 0) {
        out += POSIX_CLASSES[s.slice(j + 2, end)] ?? ''
        j = end + 2
        continue
      }
    }
    out += s[j] === '\\' || s[j] === '[' ? '\\' + s[j] : s[j]
    j++
  }
  if (j >= s.length) throw new SyntaxError('Unmatched [, [^, [:, [., or [=')
  return [out + ']', j + 1]
}

/** POSIX ERE → JS. */
export function ereToJs(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      const n = s[i + 1] ?? ''
      i++
      out += /[wWsSbB<>]/.test(n)
        ? n === '<' || n === '>'
          ? '\\b'
          : '\\' + n
        : /[0-9]/.test(n)
          ? '\\' + n
          : escapeJs(n)
    } else if (c === '[') {
      const [b, next] = bracket(s, i)
      out += b
      i = next - 1
    } else if (c === '{' && !/^\{\d*(,\d*)?\}/.test(s.slice(i))) out += '\\{'
    else if (c === '}' && !/\{\d*(,\d*)?$/.test(s.slice(0, i))) out += '\\}'
    else out += c
  }
  return out
}

/** POSIX BRE → JS: \( \) \{ \} \| \+ \? are operators; ( ) { } | + ? are literals. */
export function breToJs(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') {
      const n = s[i + 1] ?? ''
      i++
      if ('(){}|+?'.includes(n)) out += n
      else if (/[wWsSbB]/.test(n)) out += '\\' + n
      else if (n === '<' || n === '>') out += '\\b'
      else if (/[0-9]/.test(n)) out += '\\' + n
      else out += escapeJs(n)
    } else if (c === '[') {
      const [b, next] = bracket(s, i)
      out += b
      i = next - 1
    } else if (c === '*' && (i === 0 || (i === 1 && s[0] === '^'))) out += '\\*'
    else if ('(){}|+?'.includes(c)) out += '\\' + c
    else out += c
  }
  return out
}

export function escapeJs(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
