// bash builtins export and unset (builtins/setattr.def), coreutils env and printenv.
import type { Program } from '../../types'
import { getVar, shellVars } from '../../session'

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

export const exportCmd: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const bad = args.find((a) => a.startsWith('-') && a !== '-p' && a !== '--')
  if (bad) {
    ctx.stderr(`bash: export: ${bad.slice(0, 2)}: invalid option\n`)
    ctx.stderr('export: usage: export [-fn] [name[=value] ...] or export -p\n')
    return 2
  }
  const names = args.filter((a) => a !== '-p' && a !== '--')
  if (!names.length) {
    const env = [...ctx.session.env.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    for (const [k, v] of env) ctx.stdout(`declare -x ${k}="${v.replace(/(["\\$`])/g, '\\$1')}"\n`)
    return 0
  }
  let status = 0
  for (const a of names) {
    const eq = a.indexOf('=')
    const name = eq < 0 ? a : a.slice(0, eq)
    if (!NAME.test(name)) {
      ctx.stderr(`bash: export: \`${a}': not a valid identifier\n`)
      status = 1
      continue
    }
    const vars = shellVars(ctx.session)
    const value = eq < 0 ? getVar(ctx.session, name) : a.slice(eq + 1)
    vars.delete(name)
    // divergence: `export NAME` of an unset variable is listed by bash as `declare -x NAME`
    // without a value; here it becomes an empty string.
    ctx.session.env.set(name, value ?? '')
  }
  return status
}

export const unset: Program = async (ctx) => {
  let status = 0
  for (const a of ctx.argv.slice(1)) {
    if (a === '-v' || a === '-f') continue
    if (a.startsWith('-')) {
      ctx.stderr(`bash: unset: ${a.slice(0, 2)}: invalid option\n`)
      ctx.stderr('unset: usage: unset [-f] [-v] [-n] [name ...]\n')
      return 2
    }
    if (!NAME.test(a)) {
      ctx.stderr(`bash: unset: \`${a}': not a valid identifier\n`)
      status = 1
      continue
    }
    ctx.session.env.delete(a)
    shellVars(ctx.session).delete(a)
  }
  return status
}

export const env: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const extra = new Map<string, string>()
  while (args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
    const a = args.shift()!
    extra.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1))
  }
  if (args[0]?.startsWith('-') && args[0] !== '-') {
    ctx.stderr(`env: invalid option -- '${args[0][1]}'\nTry 'env --help' for more information.\n`)
    return 125
  }
  if (args.length) {
    // divergence: `env VAR=x cmd` runs cmd through the shell, so its words are re-parsed.
    const line = args.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')
    const prefix = [...extra].map(([k, v]) => `${k}='${v.replace(/'/g, `'\\''`)}' `).join('')
    return ctx.exec(prefix + line, { stdin: ctx.stdin })
  }
  for (const [k, v] of ctx.session.env) if (!extra.has(k)) ctx.stdout(`${k}=${v}\n`)
  for (const [k, v] of extra) ctx.stdout(`${k}=${v}\n`)
  return 0
}

export const printenv: Program = async (ctx) => {
  const names = ctx.argv.slice(1)
  if (!names.length) {
    for (const [k, v] of ctx.session.env) ctx.stdout(`${k}=${v}\n`)
    return 0
  }
  let status = 0
  for (const n of names) {
    const v = ctx.session.env.get(n)
    if (v === undefined) status = 1
    else ctx.stdout(v + '\n')
  }
  return status
}
