// Small bash builtins and coreutils: history, clear, hostname, whoami, true, false, exit, type, which.
import type { Program, SessionState } from '../../types'
import { activePrograms, exitHandlers } from '../../session'

export const history: Program = async (ctx) => {
  const h = ctx.session.history
  const arg = ctx.argv[1]
  if (arg === '-c') {
    h.length = 0
    return 0
  }
  let from = 0
  if (arg !== undefined) {
    if (!/^\d+$/.test(arg)) {
      ctx.stderr(`bash: history: ${arg}: numeric argument required\n`)
      return 1
    }
    from = Math.max(0, h.length - Number(arg))
  }
  for (let i = from; i < h.length; i++) ctx.stdout(`${String(i + 1).padStart(5)}  ${h[i]}\n`)
  return 0
}

export const clear: Program = async (ctx) => {
  ctx.stdout('\x1b[H\x1b[2J\x1b[3J')
  return 0
}

export const hostname: Program = async (ctx) => {
  const a = ctx.argv[1]
  if (a === '-i' || a === '-I') ctx.stdout(ctx.host.ip + (a === '-I' ? ' ' : '') + '\n')
  else ctx.stdout(ctx.host.name + '\n')
  return 0
}

export const whoami: Program = async (ctx) => {
  if (ctx.argv.length > 1) {
    ctx.stderr(
      `whoami: extra operand '${ctx.argv[1]}'\nTry 'whoami --help' for more information.\n`,
    )
    return 1
  }
  ctx.stdout(ctx.session.user + '\n')
  return 0
}

export const trueCmd: Program = async () => 0
export const falseCmd: Program = async () => 1

/**
 * exit: a lab terminal never closes. An ssh session registers a handler (registerExitHandler) that
 * returns to the previous host; at the login shell bash would print `logout` and close the
 * terminal — divergence: we print `logout` and stay, with $? set to the requested status.
 */
export const exit: Program = async (ctx) => {
  const a = ctx.argv[1]
  let status = ctx.session.lastStatus
  if (a !== undefined) {
    if (!/^-?\d+$/.test(a)) {
      ctx.stderr(`logout\nbash: exit: ${a}: numeric argument required\n`)
      return 2
    }
    status = ((Number(a) % 256) + 256) % 256
  }
  const handler = exitHandlers(ctx.session).pop()
  if (handler) return handler(ctx, status)
  ctx.stderr('logout\n')
  return status
}

export const BUILTIN_NAMES = new Set([
  'cd',
  'pwd',
  'echo',
  'export',
  'unset',
  'history',
  'exit',
  'type',
  'true',
  'false',
  'logout',
  'test',
  '[',
  ':',
  'break',
  'continue',
  'read',
])

/** Builtins with no /usr/bin twin: `which` finds nothing for them. */
const NO_BINARY = new Set([
  'cd',
  'export',
  'unset',
  'history',
  'exit',
  'type',
  'logout',
  ':',
  'break',
  'continue',
  'read',
])

/** Where `which`/`type` say a program lives. */
export function programPath(name: string): string {
  if (['etcdctl', 'etcdutl', 'helm'].includes(name)) return `/usr/local/bin/${name}`
  if (['kubeadm', 'kubelet', 'kubectl'].includes(name)) return `/usr/bin/${name}`
  if (['systemctl', 'journalctl'].includes(name)) return `/usr/bin/${name}`
  return `/usr/bin/${name}`
}

function known(session: SessionState, name: string): boolean {
  return Object.hasOwn(activePrograms(session), name)
}

export const type: Program = async (ctx) => {
  const names = ctx.argv.slice(1)
  const bad = names.find((n) => n.startsWith('-') && !/^-[afptP]+$/.test(n))
  if (bad) {
    ctx.stderr(
      `bash: type: ${bad.slice(0, 2)}: invalid option\ntype: usage: type [-afptP] name [name ...]\n`,
    )
    return 2
  }
  let status = 0
  for (const n of names.filter((x) => !x.startsWith('-'))) {
    if (BUILTIN_NAMES.has(n)) ctx.stdout(`${n} is a shell builtin\n`)
    else if (known(ctx.session, n)) ctx.stdout(`${n} is ${programPath(n)}\n`)
    else {
      ctx.stderr(`bash: type: ${n}: not found\n`)
      status = 1
    }
  }
  return status
}

export const which: Program = async (ctx) => {
  let status = 0
  for (const n of ctx.argv.slice(1)) {
    if (n.startsWith('-')) continue
    if (!NO_BINARY.has(n) && known(ctx.session, n)) ctx.stdout(programPath(n) + '\n')
    else status = 1
  }
  return status
}
