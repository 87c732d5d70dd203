// GNU coreutils ls, mkdir, touch, rm, cp, mv over the host's in-memory filesystem.
import type { Program, ProgramContext } from '../../types'
import { has, parseOrUsage, resolve } from './common'
import { strftime } from '../builtins/date'

function lsColumns(names: string[], width: number): string {
  // GNU ls -C: fill columns top to bottom, 2 spaces between columns, as many columns as fit.
  if (!names.length) return ''
  for (let cols = names.length; cols >= 1; cols--) {
    const rows = Math.ceil(names.length / cols)
    const used = Math.ceil(names.length / rows)
    const w: number[] = []
    for (let c = 0; c < used; c++)
      w.push(Math.max(...names.slice(c * rows, c * rows + rows).map((n) => n.length)))
    const total = w.reduce((a, b) => a + b, 0) + 2 * (used - 1)
    if (total <= width || cols === 1) {
      let out = ''
      for (let r = 0; r < rows; r++) {
        const cells: string[] = []
        for (let c = 0; c < used; c++) {
          const n = names[c * rows + r]
          if (n !== undefined) cells.push(n)
        }
        out +=
          cells.map((n, c) => (c === cells.length - 1 ? n : n.padEnd(w[c] + 2))).join('') + '\n'
      }
      return out
    }
  }
  return ''
}

// divergence: the sim's filesystem has no owners, modes, link counts or mtimes; ls -l shows
// root-owned 0644 files / 0755 dirs, link count 1 (dirs 2), and the virtual time of boot.
function longLine(
  ctx: ProgramContext,
  abs: string,
  name: string,
): { line: string; blocks: number } {
  const fs = ctx.host.fs
  const dir = fs.isDir(abs)
  const size = dir ? 4096 : new TextEncoder().encode(fs.read(abs)).length
  const when = strftime('%b %e %H:%M', ctx.host.bootedAt)
  return {
    line: `${dir ? 'drwxr-xr-x 2' : '-rw-r--r-- 1'} root root ${String(size)} ${when} ${name}`,
    blocks: dir ? 4 : Math.ceil(size / 4096) * 4,
  }
}

function alignLong(rows: string[]): string[] {
  const split = rows.map((r) => r.split(' '))
  const w = Math.max(...split.map((s) => s[4].length))
  return split.map((s) => [...s.slice(0, 4), s[4].padStart(w), ...s.slice(5)].join(' '))
}

export const ls: Program = async (ctx) => {
  const p = parseOrUsage(
    ctx,
    'ls',
    {
      flags: 'laA1dhRrtSF',
      long: {
        all: { as: 'a' },
        'almost-all': { as: 'A' },
        directory: { as: 'd' },
        'human-readable': { as: 'h' },
      },
    },
    2,
  )
  if (typeof p === 'number') return p
  const fs = ctx.host.fs
  const long = has(p, 'l')
  const one = has(p, '1') || !ctx.stdoutIsTTY
  const targets = p.args.length ? p.args : ['.']
  let status = 0
  const files: string[] = []
  const dirs: string[] = []
  for (const t of targets) {
    const abs = resolve(ctx, t)
    if (!fs.exists(abs)) {
      ctx.stderr(`ls: cannot access '${t}': No such file or directory\n`)
      status = 2
    } else if (fs.isDir(abs) && !has(p, 'd')) dirs.push(t)
    else files.push(t)
  }
  const render = (names: string[], base: string | undefined): string => {
    if (long) {
      const rows = names.map((n) =>
        longLine(ctx, base === undefined ? resolve(ctx, n) : resolve(ctx, `${base}/${n}`), n),
      )
      const total = base !== undefined ? `total ${rows.reduce((a, r) => a + r.blocks, 0)}\n` : ''
      return (
        total +
        alignLong(rows.map((r) => r.line))
          .map((l) => l + '\n')
          .join('')
      )
    }
    return one ? names.map((n) => n + '\n').join('') : lsColumns(names, ctx.columns)
  }
  const sorted = (l: string[]): string[] => {
    const s = [...l].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    return has(p, 'r') ? s.reverse() : s
  }
  let out = render(sorted(files), undefined)
  const showHeaders = targets.length > 1
  for (const d of sorted(dirs)) {
    let names = fs.list(resolve(ctx, d))
    if (!has(p, 'a') && !has(p, 'A')) names = names.filter((n) => !n.startsWith('.'))
    names = sorted(names)
    if (has(p, 'a')) names = ['.', '..', ...names]
    if (out || (showHeaders && d !== sorted(dirs)[0])) out += '\n'
    if (showHeaders) out += `${d}:\n`
    out += render(names, d)
  }
  ctx.stdout(out)
  return status
}

export const mkdir: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'mkdir', {
    flags: 'pv',
    withArg: 'm',
    long: { parents: { as: 'p' }, verbose: { as: 'v' }, mode: { as: 'm', arg: true } },
  })
  if (typeof p === 'number') return p
  if (!p.args.length) {
    ctx.stderr("mkdir: missing operand\nTry 'mkdir --help' for more information.\n")
    return 1
  }
  let status = 0
  for (const d of p.args) {
    const abs = resolve(ctx, d)
    const parent = abs.slice(0, abs.lastIndexOf('/')) || '/'
    if (ctx.host.fs.exists(abs) && !(has(p, 'p') && ctx.host.fs.isDir(abs))) {
      ctx.stderr(`mkdir: cannot create directory '${d}': File exists\n`)
      status = 1
    } else if (!has(p, 'p') && !ctx.host.fs.isDir(parent)) {
      ctx.stderr(
        `mkdir: cannot create directory '${d}': ${ctx.host.fs.isFile(parent) ? 'Not a directory' : 'No such file or directory'}\n`,
      )
      status = 1
    } else ctx.host.fs.mkdirp(abs)
  }
  return status
}

export const touch: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'touch', { flags: 'acm' })
  if (typeof p === 'number') return p
  if (!p.args.length) {
    ctx.stderr("touch: missing file operand\nTry 'touch --help' for more information.\n")
    return 1
  }
  let status = 0
  for (const f of p.args) {
    const abs = resolve(ctx, f)
    const parent = abs.slice(0, abs.lastIndexOf('/')) || '/'
    if (ctx.host.fs.exists(abs)) continue
    if (!ctx.host.fs.isDir(parent)) {
      ctx.stderr(
        `touch: cannot touch '${f}': ${ctx.host.fs.isFile(parent) ? 'Not a directory' : 'No such file or directory'}\n`,
      )
      status = 1
    } else ctx.host.fs.write(abs, '')
  }
  return status
}

/** Every file path at or under abs. */
function filesUnder(ctx: ProgramContext, abs: string): string[] {
  const prefix = abs === '/' ? '/' : abs + '/'
  return ctx.host.fs
    .entries()
    .map(([p]) => p)
    .filter((p) => p === abs || p.startsWith(prefix))
}

export const rm: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'rm', {
    flags: 'rRfidv',
    long: { recursive: { as: 'r' }, force: { as: 'f' } },
  })
  if (typeof p === 'number') return p
  const force = has(p, 'f')
  if (!p.args.length && !force) {
    ctx.stderr("rm: missing operand\nTry 'rm --help' for more information.\n")
    return 1
  }
  let status = 0
  for (const f of p.args) {
    const abs = resolve(ctx, f)
    const fs = ctx.host.fs
    if (!fs.exists(abs)) {
      if (!force) {
        ctx.stderr(`rm: cannot remove '${f}': No such file or directory\n`)
        status = 1
      }
    } else if (fs.isDir(abs)) {
      if (!has(p, 'r') && !has(p, 'R')) {
        ctx.stderr(`rm: cannot remove '${f}': Is a directory\n`)
        status = 1
      } else if (abs === '/') {
        ctx.stderr(
          "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
        )
        status = 1
      } else {
        // divergence: FileSystem has no rmdir; empty directories created with mkdir stay listed.
        for (const x of filesUnder(ctx, abs)) fs.remove(x)
      }
    } else fs.remove(abs)
  }
  return status
}

function copyOrMove(name: 'cp' | 'mv'): Program {
  return async (ctx) => {
    const p = parseOrUsage(ctx, name, {
      flags: 'rRfipav',
      long: { recursive: { as: 'r' }, force: { as: 'f' } },
    })
    if (typeof p === 'number') return p
    const fs = ctx.host.fs
    if (p.args.length < 2) {
      ctx.stderr(
        p.args.length
          ? `${name}: missing destination file operand after '${p.args[0]}'\nTry '${name} --help' for more information.\n`
          : `${name}: missing file operand\nTry '${name} --help' for more information.\n`,
      )
      return 1
    }
    const dest = p.args[p.args.length - 1]
    const destAbs = resolve(ctx, dest)
    const srcs = p.args.slice(0, -1)
    if (srcs.length > 1 && !fs.isDir(destAbs)) {
      ctx.stderr(`${name}: target '${dest}' is not a directory\n`)
      return 1
    }
    let status = 0
    for (const s of srcs) {
      const abs = resolve(ctx, s)
      if (!fs.exists(abs)) {
        ctx.stderr(`${name}: cannot stat '${s}': No such file or directory\n`)
        status = 1
        continue
      }
      const base = abs.slice(abs.lastIndexOf('/') + 1)
      const target = fs.isDir(destAbs)
        ? destAbs === '/'
          ? `/${base}`
          : `${destAbs}/${base}`
        : destAbs
      const parent = target.slice(0, target.lastIndexOf('/')) || '/'
      if (!fs.isDir(parent)) {
        ctx.stderr(`${name}: cannot create regular file '${dest}': No such file or directory\n`)
        status = 1
        continue
      }
      if (fs.isDir(abs)) {
        if (name === 'cp' && !has(p, 'r') && !has(p, 'R') && !has(p, 'a')) {
          ctx.stderr(`cp: -r not specified; omitting directory '${s}'\n`)
          status = 1
          continue
        }
        fs.mkdirp(target)
        for (const f of filesUnder(ctx, abs)) {
          fs.write(target + f.slice(abs.length), fs.read(f))
          if (name === 'mv') fs.remove(f)
        }
      } else {
        if (target === abs) {
          ctx.stderr(`${name}: '${s}' and '${dest}' are the same file\n`)
          status = 1
          continue
        }
        fs.write(target, fs.read(abs))
        if (name === 'mv') fs.remove(abs)
      }
    }
    return status
  }
}

export const cp = copyOrMove('cp')
export const mv = copyOrMove('mv')
