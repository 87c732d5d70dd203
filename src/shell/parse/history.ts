// One history entry for a command typed over several lines, as bash's cmdhist joins them
// (bashhist.c bash_add_history and parse.y history_delimiting_chars): `; ` between lines unless
// the previous line ends in a word or operator after which a `;` would be wrong, a newline
// inside quotes and here-documents.
import { lex } from './lexer'

/** after these last tokens of a line bash joins the next one with a space (no_semi_successors) */
const NO_SEMI =
  /(?:^|[\s;&|(){}])(?:do|else|if|then|until|while|in|case|elif)$|(?:[{(;&|]|&&|\|\|)$/

/** Join the lines of a multi-line command into one history entry (cmdhist). */
export function joinHistoryLines(text: string): string {
  const lines = text.split('\n')
  let out = lines[0]
  let heredocs = pendingHereDocs(lines[0])
  let afterHereDoc = false
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]
    const prev = lines[i - 1].replace(/\s+$/, '')
    let sep: string
    if (heredocs.length) {
      sep = '\n'
      const d = heredocs[0]
      if ((d.strip ? line.replace(/^\t+/, '') : line) === d.delim) heredocs.shift()
      afterHereDoc = !heredocs.length
      out += sep + line
      continue
    } else if (hasOpenQuote(out)) sep = '\n'
    // the here-document's last line keeps its newline, then a space as after a `\n` token
    else if (afterHereDoc) sep = '\n '
    else if (NO_SEMI.test(prev)) sep = ' '
    else if (/^\s*for\s+\w+$/.test(prev)) sep = /^\s*in\b/.test(line) ? ' ' : ';'
    else if (!line.trim()) sep = ''
    else sep = '; '
    afterHereDoc = false
    out += sep + line
    heredocs = pendingHereDocs(line)
  }
  return out
}

function pendingHereDocs(line: string): { delim: string; strip: boolean }[] {
  const docs: { delim: string; strip: boolean }[] = []
  for (const m of line.matchAll(/(?<!<)<<(?!<)(-?)\s*(['"]?)([^\s'";&|<>()]+)\2/g)) {
    docs.push({ delim: m[3], strip: m[1] === '-' })
  }
  return docs
}

function hasOpenQuote(src: string): boolean {
  try {
    lex(src)
    return false
  } catch {
    return true
  }
}
