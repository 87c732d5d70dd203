// bash's read builtin, ported from builtins/read.def and subst.c (get_word_from_string,
// string_extract_verbatim, dequote_string) of bash 5.2: one line (or up to -d's delimiter, or
// -n/-N characters) from the shared stdin, split on IFS into the named variables.
// https://git.savannah.gnu.org/cgit/bash.git/tree/builtins/read.def?h=bash-5.2
import { getVar, setVar } from '../../session'
import type { Program, ProgramContext, StdinCursor } from '../../types'

const USAGE =
  'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] ' +
  '[-p prompt] [-t timeout] [-u fd] [name ...]\n'
/** bash marks a backslash-quoted character with CTLESC so that IFS splitting passes over it */
const CTLESC = '\x01'
const CTLNUL = '\x7f'
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const NUMBER = /^[ \t\n]*[-+]?\d+[ \t\n]*$/
const TIMEOUT = /^(\d+(\.\d*)?|\.\d+)$/

interface Options {
  raw: boolean
  delim: string
  /** -N: read exactly this many characters, no delimiter, no IFS splitting */
  ignoreDelim: boolean
  nchars: number
  prompt?: string
  timeout?: string
  fd?: string
  array?: string
  names: string[]
}

const isWhite = (c: string): boolean => c === ' ' || c === '\t' || c === '\n'

export const read: Program = async (ctx) => {
  const o = parseOptions(ctx)
  if (typeof o === 'number') return o
  if (o.array !== undefined) {
    // divergence: the shell has no arrays
    ctx.stderr('cordon: bash: read: -a (arrays) is not simulated\n')
    return 2
  }
  const cursor: StdinCursor = ctx.stdinCursor ?? { text: ctx.stdin, pos: 0 }
  if (o.timeout !== undefined && Number(o.timeout) === 0) {
    // `read -t 0`: is input available? A pipe or file always is (it may be at its end); the
    // terminal never is, nobody types. Nothing is read.
    return cursor.tty ? 1 : 0
  }
  if (o.fd !== undefined) {
    if (!NUMBER.test(o.fd) || Number(o.fd) < 0) {
      ctx.stderr(`bash: read: ${o.fd}: invalid file descriptor specification\n`)
      return 1
    }
    // divergence: only fd 0 is open for reading (no `exec 3< file`)
    if (Number(o.fd) !== 0) {
      ctx.stderr(`bash: read: ${o.fd}: invalid file descriptor: Bad file descriptor\n`)
      return 1
    }
  }
  if (o.names.length && !NAME.test(o.names[0])) {
    ctx.stderr(`bash: read: \`${o.names[0]}': not a valid identifier\n`)
    return 1
  }
  // -p, -e and -s only apply when the input is the terminal
  if (o.prompt !== undefined && cursor.tty) ctx.stderr(o.prompt)
  const ifs = o.ignoreDelim ? '' : (getVar(ctx.session, 'IFS') ?? ' \t\n')
  const { input, sawEscape, eof } = readInput(cursor, o, ifs)
  const status = eof ? 1 : 0
  if (!o.names.length) {
    setVar(ctx.session, 'REPLY', sawEscape ? dequote(input) : input)
    return status
  }
  return assign(ctx, o.names, input, ifs, sawEscape) ?? status
}

function parseOptions(ctx: ProgramContext): Options | number {
  const o: Options = { raw: false, delim: '\n', ignoreDelim: false, nchars: -1, names: [] }
  const args = ctx.argv.slice(1)
  let i = 0
  for (; i < args.length; i++) {
    const a = args[i]
    if (a === '--') {
      i++
      break
    }
    if (!a.startsWith('-') || a === '-') break
    for (let j = 1; j < a.length; j++) {
      const c = a[j]
      if ('ers'.includes(c)) {
        if (c === 'r') o.raw = true
        continue
      }
      if (!'adinNptu'.includes(c)) {
        ctx.stderr(`bash: read: -${c}: invalid option\n${USAGE}`)
        return 2
      }
      let arg = a.slice(j + 1)
      if (!arg) {
        if (i + 1 >= args.length) {
          ctx.stderr(`bash: read: -${c}: option requires an argument\n${USAGE}`)
          return 2
        }
        arg = args[++i]
      }
      const bad = setOption(ctx, o, c, arg)
      if (bad !== undefined) return bad
      break
    }
  }
  o.names = args.slice(i)
  return o
}

function setOption(ctx: ProgramContext, o: Options, c: string, arg: string): number | undefined {
  switch (c) {
    case 'a':
      o.array = arg
      break
    case 'd':
      o.delim = arg[0] ?? '\0'
      break
    case 'n':
    case 'N':
      if (!NUMBER.test(arg) || Number(arg) < 0) {
        ctx.stderr(`bash: read: ${arg}: invalid number\n`)
        return 1
      }
      o.nchars = Number(arg)
      o.ignoreDelim = c === 'N'
      break
    case 'p':
      o.prompt = arg
      break
    case 't':
      if (!TIMEOUT.test(arg)) {
        ctx.stderr(`bash: read: ${arg}: invalid timeout specification\n`)
        return 1
      }
      // divergence: input is always there at once (or at its end), so a timeout never fires
      o.timeout = arg
      break
    case 'u':
      o.fd = arg
      break
    // -i only seeds readline's buffer (-e), which needs a terminal with a keyboard
  }
  return undefined
}

/** read.def's loop: characters up to the delimiter, backslashes marked with CTLESC unless -r. */
function readInput(
  cursor: StdinCursor,
  o: Options,
  ifs: string,
): { input: string; sawEscape: boolean; eof: boolean } {
  const skipCtlesc = ifs.includes(CTLESC)
  const skipCtlnul = ifs.includes(CTLNUL)
  let s = ''
  let sawEscape = false
  let eof = false
  let passNext = false
  let nr = 0
  const text = cursor.tty ? '' : cursor.text
  if (o.nchars === 0) return { input: '', sawEscape, eof }
  for (;;) {
    if (cursor.pos >= text.length) {
      eof = true
      break
    }
    const c = text[cursor.pos++]
    if (c === '\0' && o.delim !== '\0') continue // bash drops NUL bytes
    if (passNext) {
      passNext = false
      if (c === '\n') {
        // a backslash-newline pair disappears (bash backs up over the CTLESC)
        if (!skipCtlnul) s = s.slice(0, -1)
        continue
      }
    } else {
      if (c === '\\' && !o.raw) {
        passNext = true
        if (!skipCtlesc) {
          sawEscape = true
          s += CTLESC
        }
        continue
      }
      if (!o.ignoreDelim && c === o.delim) break
      if ((!skipCtlesc && c === CTLESC) || (!skipCtlnul && c === CTLNUL)) {
        sawEscape = true
        s += CTLESC
      }
    }
    s += c
    nr++
    if (o.nchars > 0 && nr >= o.nchars) break
  }
  return { input: s, sawEscape, eof }
}

/**
 * Split the input among the names as read.def does: leading IFS whitespace dropped, one field per
 * name, the last name gets the rest with its separators (trailing IFS whitespace stripped), or
 * just the one field when exactly one is left. Returns 1 on an invalid name (later names unset).
 */
function assign(
  ctx: ProgramContext,
  names: string[],
  input: string,
  ifs: string,
  sawEscape: boolean,
): number | undefined {
  const value = (v: string): string => (sawEscape ? dequote(v) : v)
  let s = input
  if (ifs) {
    let i = 0
    while (i < s.length && isWhite(s[i]) && ifs.includes(s[i])) i++
    s = s.slice(i)
  }
  const invalid = (name: string): number => {
    ctx.stderr(`bash: read: \`${name}': not a valid identifier\n`)
    return 1
  }
  for (const name of names.slice(0, -1)) {
    if (!NAME.test(name)) return invalid(name)
    let field = ''
    if (s) {
      const w = nextField(s, ifs)
      s = w.rest
      field = value(w.field ?? '')
    }
    setVar(ctx.session, name, field)
  }
  const last = names[names.length - 1]
  if (!NAME.test(last)) return invalid(last)
  if (s) {
    const w = nextField(s, ifs)
    s = w.rest === '' ? (w.field ?? '') : stripTrailingIfsWhite(s, ifs, sawEscape)
  }
  setVar(ctx.session, last, value(s))
  return undefined
}

/** subst.c get_word_from_string: one field and what follows its separator(s). */
function nextField(s: string, ifs: string): { field?: string; rest: string } {
  let i = 0
  const isSep = (c: string): boolean => ifs.includes(c)
  if (ifs === ' \t\n') {
    while (i < s.length && isWhite(s[i])) i++
    if (i >= s.length) return { rest: '' }
  }
  const start = i
  // string_extract_verbatim: a CTLESC-quoted character never separates
  while (i < s.length) {
    if (s[i] === CTLESC) i = Math.min(i + 2, s.length)
    else if (isSep(s[i])) break
    else i++
  }
  const field = s.slice(start, i)
  const whiteSep = i < s.length && isWhite(s[i])
  if (i < s.length) i++
  while (i < s.length && isWhite(s[i]) && isSep(s[i])) i++
  // IFS whitespace then one non-whitespace IFS character is a single delimiter (POSIX 2.6.5)
  if (i < s.length && whiteSep && isSep(s[i]) && !isWhite(s[i])) {
    i++
    while (i < s.length && isWhite(s[i]) && isSep(s[i])) i++
  }
  return { field, rest: s.slice(i) }
}

/** subst.c strip_trailing_ifs_whitespace (the first character always stays). */
function stripTrailingIfsWhite(s: string, ifs: string, sawEscape: boolean): string {
  let end = s.length - 1
  const strips = (c: string): boolean =>
    (isWhite(c) && ifs.includes(c)) || (sawEscape && c === CTLESC)
  while (end > 0 && strips(s[end])) end--
  return s.slice(0, end + 1)
}

/** subst.c dequote_string: drop each CTLESC, keeping the character it quotes. */
function dequote(s: string): string {
  if (s === CTLESC) return s
  let out = ''
  for (let i = 0; i < s.length; i++) {
    if (s[i] === CTLESC && ++i >= s.length) break
    out += s[i]
  }
  return out
}
