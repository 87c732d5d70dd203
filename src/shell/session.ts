// A terminal session: a login shell's user, host, working directory, variables and history
// (what bash keeps per interactive shell).
import type { World } from '../sim'
import type { Program, ProgramContext, SessionState } from './types'

export interface SessionOptions {
  host: string
  user?: string
  cluster?: string
  env?: Record<string, string>
}

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'

export function homeOf(user: string): string {
  return user === 'root' ? '/root' : `/home/${user}`
}

/** Start a login shell on a host: cwd is the user's home. Throws when the host does not exist. */
export function createSession(world: World, opts: SessionOptions): SessionState {
  const host = world.hosts.get(opts.host)
  if (!host) throw new Error(`no host "${opts.host}"`)
  const user = opts.user ?? 'root'
  const home = homeOf(user)
  host.fs.mkdirp(home)
  const env = new Map<string, string>([
    ['HOME', home],
    ['USER', user],
    ['LOGNAME', user],
    ['PATH', DEFAULT_PATH],
    ['HOSTNAME', host.name],
    ['SHELL', '/bin/bash'],
    ['TERM', 'xterm-256color'],
    ['PWD', home],
    ...Object.entries(opts.env ?? {}),
  ])
  return {
    user,
    host: host.name,
    cwd: home,
    env,
    lastStatus: 0,
    history: [],
    cluster: opts.cluster,
  }
}

/** The prompt of the KodeKloud-style labs: `controlplane ~ ➜  `. */
export function promptFor(session: SessionState): string {
  const home = session.env.get('HOME') ?? homeOf(session.user)
  let shown = session.cwd
  if (shown === home) shown = '~'
  else if (home !== '/' && shown.startsWith(home + '/')) shown = '~' + shown.slice(home.length)
  return `${session.host} ${shown} ➜  `
}

// divergence: bash keeps unexported shell variables apart from the environment; SessionState has
// only `env`, so unexported ones live here, keyed by session (they are not persisted).
const shellVarTable = new WeakMap<SessionState, Map<string, string>>()

export function shellVars(session: SessionState): Map<string, string> {
  let m = shellVarTable.get(session)
  if (!m) shellVarTable.set(session, (m = new Map<string, string>()))
  return m
}

/** A variable's value: shell variables first, then the environment. */
export function getVar(session: SessionState, name: string): string | undefined {
  return shellVars(session).get(name) ?? session.env.get(name)
}

/** `NAME=value`: updates the environment when exported, else a shell variable. */
export function setVar(session: SessionState, name: string, value: string): void {
  if (session.env.has(name)) session.env.set(name, value)
  else shellVars(session).set(name, value)
}

const programTable = new WeakMap<SessionState, Record<string, Program>>()

/** The program table of the line running in this session (for `type`, `which`, completion). */
export function activePrograms(session: SessionState): Record<string, Program> {
  return programTable.get(session) ?? {}
}

export function setActivePrograms(session: SessionState, table: Record<string, Program>): void {
  programTable.set(session, table)
}

/** What `exit` does in a nested login (ssh): returns the status of the exit. */
export type ExitHandler = (ctx: ProgramContext, status: number) => Promise<number>

const exitTable = new WeakMap<SessionState, ExitHandler[]>()

/** Handlers stacked by nested logins (ssh pushes one, `exit` pops the last). */
export function exitHandlers(session: SessionState): ExitHandler[] {
  let l = exitTable.get(session)
  if (!l) exitTable.set(session, (l = []))
  return l
}
