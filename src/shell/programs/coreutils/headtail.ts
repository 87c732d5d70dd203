// GNU coreutils head and tail: -n N (tail -n +N), -c N, the obsolete -N form, several files
// with `==> name <==` headers.
import type { Program, ProgramContext } from '../../types'
import { ERRNO_TEXT, has, last, parseOrUsage, readOperand } from './common'

function tool(name: 'head' | 'tail'): Program {
  return async (ctx: ProgramContext) => {
    const argv = ctx.argv.map((a, i) => (i > 0 && /^-\d+$/.test(a) ? `-n${a.slice(1)}` : a))
    const p = parseOrUsage({ ...ctx, argv }, name, {
      flags: 'qvf',
      withArg: 'nc',
      long: {
        lines: { as: 'n', arg: true },
        bytes: { as: 'c', arg: true },
        quiet: { as: 'q' },
        verbose: { as: 'v' },
        follow: { as: 'f' },
      },
    })
    if (typeof p === 'number') return p
    const bytes = has(p, 'c')
    const spec = (bytes ? last(p, 'c') : last(p, 'n')) ?? '10'
    const m = /^([+-]?)(\d+)$/.exec(spec)
    if (!m) {
      ctx.stderr(`${name}: invalid number of ${bytes ? 'bytes' : 'lines'}: '${spec}'\n`)
      return 1
    }
    const n = Number(m[2])
    const files = p.args.length ? p.args : ['-']
    const headers = (files.length > 1 || has(p, 'v')) && !has(p, 'q')
    let status = 0
    files.forEach((f, idx) => {
      const r = readOperand(ctx, f)
      if ('error' in r) {
        const how = name === 'head' ? 'reading' : 'reading'
        ctx.stderr(
          r.error === 'EISDIR'
            ? `${name}: error reading '${f}': Is a directory\n`
            : `${name}: cannot open '${f}' for ${how}: ${ERRNO_TEXT[r.error]}\n`,
        )
        status = 1
        return
      }
      if (headers) ctx.stdout(`${idx > 0 ? '\n' : ''}==> ${f === '-' ? 'standard input' : f} <==\n`)
      ctx.stdout(slice(r.text, n, m[1], name, bytes))
    })
    return status
  }
}

function slice(
  text: string,
  n: number,
  sign: string,
  name: 'head' | 'tail',
  bytes: boolean,
): string {
  if (bytes) {
    if (name === 'head')
      return sign === '-' ? text.slice(0, Math.max(0, text.length - n)) : text.slice(0, n)
    return sign === '+' ? text.slice(Math.max(0, n - 1)) : n === 0 ? '' : text.slice(-n)
  }
  const parts = text.split('\n')
  const hasEnd = text.endsWith('\n')
  if (hasEnd) parts.pop()
  const join = (l: string[], endsAtEof: boolean): string =>
    l.length ? l.join('\n') + (endsAtEof && !hasEnd ? '' : '\n') : ''
  if (name === 'head') {
    const keep = sign === '-' ? parts.slice(0, Math.max(0, parts.length - n)) : parts.slice(0, n)
    return join(keep, keep.length === parts.length)
  }
  const keep = sign === '+' ? parts.slice(Math.max(0, n - 1)) : n === 0 ? [] : parts.slice(-n)
  return join(keep, true)
}

export const head = tool('head')
export const tail = tool('tail')
