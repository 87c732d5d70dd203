// Compound commands as bash's execute_cmd.c runs them: for, while/until, if, { } groups,
// ( ) subshells, (( )) and the break/continue builtins. Loops check for Ctrl-C every iteration
// and yield to the driver when they have not waited for a while, so `while true` never freezes.
import { ArithError } from './arith'
import type { IO, Runtime } from './exec'
import { arith, expandWord, type ExpandEnv } from './parse/expand'
import type { CompoundCommand, List } from './parse/parser'
import { redirectIO } from './redirect'
import { setVar, shellVars } from './session'
import { Interrupted, type Writer } from './types'

/** Ends the whole command line with a status (the message is already printed). */
export class LineAbort extends Error {
  constructor(readonly status: number) {
    super('line aborted')
  }
}

/** `exit` inside ( ): leaves the subshell only. */
export class SubshellExit extends Error {
  constructor(readonly status: number) {
    super('subshell exit')
  }
}

/** break/continue unwinding to the loop `n` levels out. */
class LoopControl extends Error {
  constructor(
    readonly kind: 'break' | 'continue',
    public n: number,
    readonly status: number,
  ) {
    super(kind)
  }
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/**
 * break, continue, and exit inside a subshell: handled by the shell itself (undefined: not one
 * of them). Texts recorded from bash 5.2.
 */
export async function loopBuiltin(
  rt: Runtime,
  argv: string[],
  stderr: Writer,
): Promise<number | undefined> {
  const [name, a] = argv
  if (name === 'exit' && rt.subshells > 0) {
    throw new SubshellExit(
      a !== undefined && /^-?\d+$/.test(a)
        ? ((Number(a) % 256) + 256) % 256
        : rt.session.lastStatus,
    )
  }
  if (name !== 'break' && name !== 'continue') return undefined
  if (!rt.loops) {
    stderr(`bash: ${name}: only meaningful in a \`for', \`while', or \`until' loop\n`)
    return 0
  }
  if (argv.length > 2) {
    stderr(`bash: ${name}: too many arguments\n`)
    throw new LineAbort(1)
  }
  if (a === undefined) throw new LoopControl(name, 1, 0)
  if (!/^[-+]?\d+$/.test(a)) {
    stderr(`bash: ${name}: ${a}: numeric argument required\n`)
    throw new LineAbort(128)
  }
  const n = Number(a)
  if (n < 1) {
    stderr(`bash: ${name}: ${a}: loop count out of range\n`)
    throw new LoopControl('break', 1, 1)
  }
  throw new LoopControl(name, n, 0)
}

/** Run a compound command with its redirections; `isolated` when it is a pipeline stage. */
export async function runCompound(
  rt: Runtime,
  c: CompoundCommand,
  io: IO,
  env: ExpandEnv,
  isolated: boolean,
): Promise<number> {
  if (c.redirs.length) {
    const fds = await redirectIO(c.redirs, io, env)
    if (!fds) return 1
    io = {
      stdin: fds.stdin,
      stdout: fds.out.get(1) ?? io.stdout,
      stderr: fds.out.get(2) ?? io.stderr,
    }
  }
  // divergence: a pipeline stage that is a compound runs in a subshell (as in bash); simple
  // commands in pipelines still run in the shell itself.
  if (isolated || c.k === 'subshell') return subshell(rt, () => runBody(rt, c, io, env), io.stderr)
  return runBody(rt, c, io, env)
}

async function runBody(rt: Runtime, c: CompoundCommand, io: IO, env: ExpandEnv): Promise<number> {
  switch (c.k) {
    case 'group':
    case 'subshell':
      return rt.runList(c.body, io)
    case 'if': {
      for (const { cond, body } of c.clauses) {
        if ((await rt.runList(cond, io)) === 0) return rt.runList(body, io)
      }
      return c.otherwise ? rt.runList(c.otherwise, io) : 0
    }
    case 'arith':
      try {
        return (await arith(c.src, env)) !== 0n ? 0 : 1
      } catch (e) {
        if (!(e instanceof ArithError)) throw e
        io.stderr(`bash: ((: ${e.message}\n`)
        return 1
      }
    case 'for':
      return runFor(rt, c, io, env)
    case 'while':
      return loop(rt, async () => {
        const cond = await iterate(rt, c.cond, io)
        if (cond.stop || (cond.status === 0) === c.until) return undefined
        return iterate(rt, c.body, io)
      })
  }
}

async function runFor(
  rt: Runtime,
  c: Extract<CompoundCommand, { k: 'for' }>,
  io: IO,
  env: ExpandEnv,
): Promise<number> {
  if (!NAME.test(c.name)) {
    io.stderr(`bash: \`${c.name}': not a valid identifier\n`)
    return 1
  }
  const items: string[] = []
  // `for NAME; do` walks "$@", which is always empty in this shell
  for (const w of c.items ?? []) items.push(...(await expandWord(w, env)))
  let k = 0
  return loop(rt, async () => {
    if (k >= items.length) return undefined
    setVar(rt.session, c.name, items[k++])
    return iterate(rt, c.body, io)
  })
}

interface Step {
  status: number
  stop: boolean
}

/** Run steps until one returns undefined or breaks; the status is the last body's (0 if none). */
async function loop(rt: Runtime, step: () => Promise<Step | undefined>): Promise<number> {
  rt.loops++
  const level = rt.loops
  let status = 0
  try {
    for (;;) {
      if (rt.driver.signal.aborted) throw new Interrupted()
      await rt.driver.loopTick()
      let r: Step | undefined
      try {
        r = await step()
      } catch (e) {
        if (!(e instanceof LoopControl)) throw e
        if (e.n > 1 && level > 1) {
          e.n--
          throw e
        }
        r = { status: e.status, stop: e.kind === 'break' }
      }
      if (!r) break
      status = r.status
      if (r.stop) break
    }
  } finally {
    rt.loops--
  }
  return status
}

async function iterate(rt: Runtime, body: List, io: IO): Promise<Step> {
  return { status: await rt.runList(body, io), stop: false }
}

/** Run fn with the shell's variables, directory and context restored afterwards. */
export async function subshell(
  rt: Runtime,
  fn: () => Promise<number>,
  stderr: Writer,
): Promise<number> {
  const s = rt.session
  const env = new Map(s.env)
  const vars = new Map(shellVars(s))
  const { cwd, cluster } = s
  rt.subshells++
  try {
    return await fn()
  } catch (e) {
    if (e instanceof SubshellExit) return e.status
    // an expansion error ends the subshell only (`(echo $((1/0))); echo $?` prints 1)
    if (e instanceof LineAbort) return e.status
    if (e instanceof ArithError) {
      stderr(`bash: ${e.message}\n`)
      return 1
    }
    throw e
  } finally {
    rt.subshells--
    replace(s.env, env)
    replace(shellVars(s), vars)
    s.cwd = cwd
    s.cluster = cluster
  }
}

function replace<K, V>(m: Map<K, V>, from: Map<K, V>): void {
  m.clear()
  for (const [k, v] of from) m.set(k, v)
}
