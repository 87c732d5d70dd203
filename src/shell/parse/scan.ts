// Bracket matching over raw command text (bash's parse_matched_pair, the subset the lexer needs):
// where a `$(…)`, `$((…))` or `((…))` ends, honouring quotes and backslashes.

/**
 * Index of the quote closing the one at s[i] (`'` literal to the next `'`; `"` and `` ` `` skip
 * backslash escapes); -1 if it is never closed.
 */
export function closingQuote(s: string, i: number): number {
  const q = s[i]
  if (q === "'") return s.indexOf("'", i + 1)
  let j = i + 1
  while (j < s.length && s[j] !== q) j += s[j] === '\\' ? 2 : 1
  return j < s.length ? j : -1
}

/** Index of the `)` closing a `$(` whose body starts at `from`, honouring quotes; -1 if none. */
export function matchParen(s: string, from: number): number {
  let depth = 1
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === "'" || c === '"') {
      i = closingQuote(s, i)
      if (i < 0) return -1
    } else if (c === '(') depth++
    else if (c === ')' && --depth === 0) return i
  }
  return -1
}

/**
 * Index of the `))` closing an arithmetic expression whose text starts at `from`: -1 at end of
 * input, -2 when a `)` closes the outer parenthesis alone (then it is `$( (…) )` or a subshell).
 */
export function matchArith(s: string, from: number): number {
  let depth = 0
  for (let i = from; i < s.length; i++) {
    const c = s[i]
    if (c === '\\') i++
    else if (c === "'" || c === '"') {
      const e = s.indexOf(c, i + 1)
      if (e < 0) return -1
      i = e
    } else if (c === '(') depth++
    else if (c === ')') {
      if (depth > 0) depth--
      else return s[i + 1] === ')' ? i : i + 1 >= s.length ? -1 : -2
    }
  }
  return -1
}
