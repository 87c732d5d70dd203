// bash builtins cd and pwd (builtins/cd.def): cd, cd DIR, cd -, cd ~; PWD/OLDPWD kept in the env.
import type { Program } from '../../types'
import { resolve } from '../coreutils/common'

export const cd: Program = async (ctx) => {
  const args = ctx.argv.slice(1).filter((a, i) => !(i === 0 && a === '--'))
  if (args.length > 1) {
    ctx.stderr('bash: cd: too many arguments\n')
    return 1
  }
  const env = ctx.session.env
  let dir = args[0] ?? env.get('HOME')
  if (dir === undefined) {
    ctx.stderr('bash: cd: HOME not set\n')
    return 1
  }
  const dash = dir === '-'
  if (dash) {
    const old = env.get('OLDPWD')
    if (!old) {
      ctx.stderr('bash: cd: OLDPWD not set\n')
      return 1
    }
    dir = old
  }
  if (dir === '') return 0
  const target = resolve(ctx, dir)
  if (!ctx.host.fs.isDir(target)) {
    const why = ctx.host.fs.isFile(target) ? 'Not a directory' : 'No such file or directory'
    ctx.stderr(`bash: cd: ${dir}: ${why}\n`)
    return 1
  }
  env.set('OLDPWD', ctx.session.cwd)
  env.set('PWD', target)
  ctx.session.cwd = target
  if (dash) ctx.stdout(target + '\n')
  return 0
}

export const pwd: Program = async (ctx) => {
  ctx.stdout(ctx.session.cwd + '\n')
  return 0
}
