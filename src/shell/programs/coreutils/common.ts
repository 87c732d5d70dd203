// Shared helpers for GNU-style programs: getopt_long option parsing (with argument permutation),
// path resolution against the session's cwd, and the usual "cannot open" messages.
import { normalizePath } from '../../../sim'
import type { ProgramContext } from '../../types'

export interface OptSpec {
  /** short options without an argument, e.g. 'nvi' */
  flags?: string
  /** short options taking an argument, e.g. 'nd' */
  withArg?: string
  /** long option → short letter it means (or itself), and whether it takes an argument */
  long?: Record<string, { as: string; arg?: boolean }>
}

export interface Parsed {
  /** option letter → values in order ('' for flags) */
  opts: Map<string, string[]>
  args: string[]
}

/** getopt_long with GNU permutation. Returns the error line (without the Try line) on failure. */
export function getopt(prog: string, argv: string[], spec: OptSpec): Parsed | { error: string } {
  const opts = new Map<string, string[]>()
  const args: string[] = []
  const add = (k: string, v: string): void => void opts.set(k, [...(opts.get(k) ?? []), v])
  const flags = spec.flags ?? ''
  const withArg = spec.withArg ?? ''
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--') {
      args.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=')
      const name = a.slice(2, eq < 0 ? undefined : eq)
      const keys = Object.keys(spec.long ?? {})
      const exact = keys.find((k) => k === name)
      const matches = exact ? [exact] : keys.filter((k) => k.startsWith(name))
      if (matches.length !== 1) {
        return matches.length
          ? { error: `${prog}: option '${a}' is ambiguous` }
          : { error: `${prog}: unrecognized option '${a}'` }
      }
      const def = spec.long![matches[0]]
      if (def.arg) {
        if (eq >= 0) add(def.as, a.slice(eq + 1))
        else if (i + 1 < argv.length) add(def.as, argv[++i])
        else return { error: `${prog}: option '--${matches[0]}' requires an argument` }
      } else if (eq >= 0)
        return { error: `${prog}: option '--${matches[0]}' doesn't allow an argument` }
      else add(def.as, '')
      continue
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]
        if (withArg.includes(c)) {
          const rest = a.slice(j + 1)
          if (rest) add(c, rest)
          else if (i + 1 < argv.length) add(c, argv[++i])
          else return { error: `${prog}: option requires an argument -- '${c}'` }
          break
        }
        if (!flags.includes(c)) return { error: `${prog}: invalid option -- '${c}'` }
        add(c, '')
      }
      continue
    }
    args.push(a)
  }
  return { opts, args }
}

/** Parse options, printing GNU's two-line usage error and returning the status on failure. */
export function parseOrUsage(
  ctx: ProgramContext,
  prog: string,
  spec: OptSpec,
  status = 1,
): Parsed | number {
  const p = getopt(prog, ctx.argv.slice(1), spec)
  if ('error' in p) {
    ctx.stderr(`${p.error}\nTry '${prog} --help' for more information.\n`)
    return status
  }
  return p
}

export function has(p: Parsed, k: string): boolean {
  return p.opts.has(k)
}

export function last(p: Parsed, k: string): string | undefined {
  const v = p.opts.get(k)
  return v?.[v.length - 1]
}

export function resolve(ctx: ProgramContext, path: string): string {
  return normalizePath(path, ctx.session.cwd)
}

export type ReadResult = { text: string } | { error: 'ENOENT' | 'EISDIR' }

/** Read a file operand ('-' is stdin). */
export function readOperand(ctx: ProgramContext, name: string): ReadResult {
  if (name === '-') return { text: ctx.stdin }
  if (name === '/dev/null') return { text: '' }
  const p = resolve(ctx, name)
  if (ctx.host.fs.isFile(p)) return { text: ctx.host.fs.read(p) }
  return { error: ctx.host.fs.isDir(p) ? 'EISDIR' : 'ENOENT' }
}

export const ERRNO_TEXT = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
} as const

/** Split text into lines without the trailing empty piece after a final newline. */
export function lines(text: string): string[] {
  if (!text) return []
  const l = text.split('\n')
  if (l[l.length - 1] === '') l.pop()
  return l
}

/** Join lines back, each terminated by a newline. */
export function unlines(l: string[]): string {
  return l.map((x) => x + '\n').join('')
}
