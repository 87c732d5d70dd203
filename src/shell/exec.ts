// Runs parsed command lines like bash's execute_cmd.c: and-or lists, pipelines, simple commands
// with assignments and redirections, program lookup, $? and Ctrl-C. Compound commands: compound.ts.
import type { World } from '../sim'
import { Driver, LineSignal } from './driver'
import { expandString, expandWord, type ExpandEnv } from './parse/expand'
import { ArithError } from './arith'
import { LineAbort, loopBuiltin, runCompound, subshell, SubshellExit } from './compound'
import {
  NotSimulatedError,
  parse,
  ParseError,
  type AndOr,
  type List,
  type Pipeline,
  type SimpleCommand,
} from './parse/parser'
import { joinHistoryLines } from './parse/history'
import { programs as builtinPrograms } from './programs'
import { redirectIO, stdinOf } from './redirect'
import { getVar, setActivePrograms, setVar } from './session'
import {
  Interrupted,
  type AbortSignalLike,
  type Program,
  type ProgramContext,
  type SessionState,
  type StdinCursor,
  type Writer,
} from './types'

export interface RunOptions {
  stdout: Writer
  stderr: Writer
  signal?: AbortSignalLike
  drive: 'auto' | 'external'
  /** terminal width; 80 when unknown */
  columns?: number
  /** extra programs, e.g. the `lab` builtin supplied by the lab engine */
  programs?: Record<string, Program>
  /** give up (as Ctrl-C does) when a line would pass this much virtual time; default 6 h */
  maxVirtualMs?: number
  /**
   * drive 'auto' only: how a busy loop lets its host run (the interactive CLI passes a macrotask,
   * so a real Ctrl-C gets through); without it a loop yields to the virtual clock alone
   */
  yieldToHost?: () => Promise<void>
}

export interface IO {
  /** shared by every command that inherits it, so `read`s in a loop take successive lines */
  stdin: StdinCursor
  stdout: Writer
  stderr: Writer
}

/** The terminal's own stdout writer of the running line (for ctx.stdoutIsTTY). */
const ttyWriters = new WeakSet<Writer>()

export interface Runtime {
  world: World
  session: SessionState
  programs: Record<string, Program>
  columns: number
  driver: Driver
  /** enclosing for/while/until loops (break, continue) */
  loops: number
  /** enclosing ( ) subshells (exit leaves the subshell) */
  subshells: number
  runList(list: List, io: IO): Promise<number>
}

/**
 * The terminal as stdin, with nothing typed: divergence: the browser terminal has no keyboard
 * input for a running command, so reading it behaves as bash does at end of input (`read x`
 * returns 1 at once, as if Ctrl-D were pressed; `read -p` still shows its prompt first).
 */
const TERMINAL_STDIN = (): StdinCursor => ({ text: '', pos: 0, tty: true })

/** The process id bash would print for `$$` (fixed: the sim has no processes). */
const SHELL_PID = '4242'

/**
 * Parse and run one command line (it may span several lines for here-documents). Appends it to
 * the history, sets $?, lets the controllers react afterwards, and never throws.
 */
export async function runLine(
  world: World,
  session: SessionState,
  line: string,
  opts: RunOptions,
): Promise<number> {
  if (line.trim()) session.history.push(joinHistoryLines(line.replace(/\n+$/, '')))
  const signal = new LineSignal(opts.signal)
  const rt: Runtime = {
    world,
    session,
    programs: { ...builtinPrograms, ...opts.programs },
    columns: opts.columns ?? 80,
    driver: new Driver(world, opts.drive, signal, opts.maxVirtualMs, opts.yieldToHost),
    loops: 0,
    subshells: 0,
    runList: (list, io) => runList(rt, list, io),
  }
  setActivePrograms(session, rt.programs)
  ttyWriters.add(opts.stdout)
  let status: number
  try {
    status = await rt.driver.run(() =>
      runScript(rt, line, { stdin: TERMINAL_STDIN(), stdout: opts.stdout, stderr: opts.stderr }),
    )
  } catch (e) {
    if (e instanceof Interrupted) {
      opts.stdout('^C\n')
      status = 130
    } else if (e instanceof LineAbort) status = e.status
    else if (e instanceof ArithError) {
      // an expansion error abandons the rest of the line (interactive bash)
      opts.stderr(`bash: ${e.message}\n`)
      status = 1
    } else {
      opts.stderr(`bash: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
      status = 1
    }
  }
  session.lastStatus = status
  world.settle()
  return status
}

async function runScript(rt: Runtime, src: string, io: IO): Promise<number> {
  let lists: AndOr[]
  try {
    const script = parse(src)
    for (const w of script.warnings) io.stderr(`bash: ${w}\n`)
    lists = script.lists
  } catch (e) {
    if (e instanceof NotSimulatedError) {
      // divergence: say plainly what is not simulated instead of running pieces of it.
      io.stderr(`cordon: bash: ${e.message}\n`)
    } else if (e instanceof ParseError) io.stderr(`bash: ${e.message}\n`)
    else throw e
    rt.session.lastStatus = 2
    return 2
  }
  return lists.length ? runList(rt, lists, io) : rt.session.lastStatus
}

async function runList(rt: Runtime, lists: List, io: IO): Promise<number> {
  let status = 0
  for (const list of lists) {
    status = await runPipeline(rt, list.first, io)
    for (const { op, pipeline } of list.rest) {
      if ((op === '&&') === (status === 0)) status = await runPipeline(rt, pipeline, io)
    }
  }
  return status
}

async function runPipeline(rt: Runtime, p: Pipeline, io: IO): Promise<number> {
  // divergence: stages run one after another, each reading the previous stage's whole output.
  let stdin = io.stdin
  let status = 0
  const piped = p.commands.length > 1
  for (let i = 0; i < p.commands.length; i++) {
    const last = i === p.commands.length - 1
    let buf = ''
    const stdout: Writer = last ? io.stdout : (t) => void (buf += t)
    const cmd = p.commands[i]
    const cio = { stdin, stdout, stderr: io.stderr }
    // each stage of a real pipeline runs in a subshell, as in bash (`echo x | read v` sets no v)
    if (cmd.k === 'simple') {
      status = piped
        ? await subshell(rt, () => runCommand(rt, cmd, cio), io.stderr)
        : await runCommand(rt, cmd, cio)
    } else status = await runCompound(rt, cmd, cio, expandEnv(rt, cio), piped)
    stdin = stdinOf(buf)
    if (rt.driver.signal.aborted) throw new Interrupted()
  }
  if (p.negate) status = status === 0 ? 1 : 0
  rt.session.lastStatus = status
  return status
}

/** A command substitution or ctx.exec: its expansion errors and `exit` end it, not the line. */
async function runNested(rt: Runtime, src: string, io: IO): Promise<number> {
  try {
    return await runScript(rt, src, io)
  } catch (e) {
    if (e instanceof ArithError) {
      io.stderr(`bash: ${e.message}\n`)
      return 1
    }
    if (e instanceof LineAbort || e instanceof SubshellExit) return e.status
    throw e
  }
}

/** The expansion environment of a command; `onSubstituted` hears each `$( )`'s exit status. */
export function expandEnv(
  rt: Runtime,
  io: IO,
  onSubstituted?: (status: number) => void,
): ExpandEnv {
  const s = rt.session
  return {
    lookup: (name) => {
      if (name === '?') return String(s.lastStatus)
      if (name === '$') return SHELL_PID
      if (name === '#') return '0'
      if (name === '0') return 'bash'
      if (name === 'PWD') return s.cwd
      return getVar(s, name)
    },
    assign: (name, value) => setVar(s, name, value),
    substitute: async (src) => {
      let out = ''
      // $( ) runs in a subshell (its `exit`, `cd` and variables stay inside) and inherits the
      // command's stdin, as in bash
      const code = await subshell(
        rt,
        () =>
          runNested(rt, src, {
            stdin: io.stdin,
            stdout: (t) => void (out += t),
            stderr: io.stderr,
          }),
        io.stderr,
      )
      onSubstituted?.(code)
      return out
    },
    cwd: s.cwd,
    fs: host(rt).fs,
  }
}

function host(rt: Runtime) {
  const h = rt.world.hosts.get(rt.session.host)
  if (!h) throw new Error(`session host "${rt.session.host}" does not exist`)
  return h
}

async function runCommand(rt: Runtime, cmd: SimpleCommand, io: IO): Promise<number> {
  let substStatus: number | undefined
  const env = expandEnv(rt, io, (code) => (substStatus = code))
  const argv: string[] = []
  for (const w of cmd.words) argv.push(...(await expandWord(w, env)))
  const assigns: [string, string][] = []
  for (const a of cmd.assigns) assigns.push([a.name, await expandString(a.value, env)])

  const fds = await redirectIO(cmd.redirs, io, env)
  if (!fds) return 1
  if (!argv.length) {
    for (const [k, v] of assigns) setVar(rt.session, k, v)
    // bash: a command of assignments alone has the status of its last command substitution
    return substStatus ?? 0
  }
  const stdout = fds.out.get(1) ?? io.stdout
  const stderr = fds.out.get(2) ?? io.stderr
  const name = argv[0]
  const special = await loopBuiltin(rt, argv, stderr)
  if (special !== undefined) return special
  const prog = lookup(rt, name)
  if (!prog) {
    stderr(
      name.includes('/')
        ? `bash: ${name}: No such file or directory\n`
        : `${name}: command not found\n`,
    )
    return 127
  }
  // `VAR=x cmd`: the assignment holds for this command only.
  const saved = assigns.map(([k]) => [k, rt.session.env.get(k)] as const)
  for (const [k, v] of assigns) rt.session.env.set(k, v)
  const ctx: ProgramContext = {
    argv,
    stdin: '', // replaced by consumeOnRead below
    stdinCursor: fds.stdin,
    stdout,
    stderr,
    session: rt.session,
    world: rt.world,
    host: host(rt),
    signal: rt.driver.signal,
    sleep: (ms) => rt.driver.sleep(ms),
    columns: rt.columns,
    stdoutIsTTY: ttyWriters.has(stdout),
    exec: (line, o) =>
      runNested(rt, line, {
        stdin: stdinOf(o?.stdin ?? ''),
        stdout: o?.stdout ?? stdout,
        stderr: o?.stderr ?? stderr,
      }),
  }
  consumeOnRead(ctx, fds.stdin)
  try {
    return await prog(ctx)
  } catch (e) {
    if (e instanceof Interrupted) throw e
    stderr(`bash: ${name}: internal error: ${e instanceof Error ? e.message : String(e)}\n`)
    return 1
  } finally {
    for (const [k, v] of saved) {
      if (v === undefined) rt.session.env.delete(k)
      else rt.session.env.set(k, v)
    }
  }
}

/**
 * Make `ctx.stdin` a getter that takes the rest of the shared stdin the first time a program reads
 * it, as `cat` or `grep` empty a pipe; a program that never looks leaves it to the next command.
 * It is not enumerable, so `{ ...ctx, argv }` (option parsing) does not read it by accident.
 * divergence: a program that reads its stdin takes all of it; GNU `head -n1` on a regular file
 * seeks back after the first line, here it leaves nothing.
 */
function consumeOnRead(ctx: ProgramContext, cursor: StdinCursor): void {
  let taken: string | undefined
  Object.defineProperty(ctx, 'stdin', {
    enumerable: false,
    get: () => {
      if (taken === undefined) {
        taken = cursor.text.slice(cursor.pos)
        cursor.pos = cursor.text.length
      }
      return taken
    },
  })
}

function lookup(rt: Runtime, name: string): Program | undefined {
  if (Object.hasOwn(rt.programs, name)) return rt.programs[name]
  // divergence: a path like /usr/bin/kubectl runs the program of that name; no PATH search.
  const m = /^\/(?:usr\/)?(?:local\/)?s?bin\/([^/]+)$/.exec(name)
  return m && Object.hasOwn(rt.programs, m[1]) ? rt.programs[m[1]] : undefined
}
