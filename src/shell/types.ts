// The contract between the shell and its programs: a program is (ctx) => Promise<exit code>.
import type { World, Host } from '../sim'

/** Writes text to a stream (stdout or stderr); the terminal shows both interleaved in time order. */
export type Writer = (text: string) => void

/** A Ctrl-C: programs waiting on virtual time check `aborted` or race `promise`. */
export interface AbortSignalLike {
  readonly aborted: boolean
  /** resolves when aborted */
  readonly promise: Promise<void>
}

export interface SessionState {
  /** login user, e.g. 'root' */
  user: string
  /** host the session runs on (ssh changes it) */
  host: string
  cwd: string
  env: Map<string, string>
  /** $? */
  lastStatus: number
  history: string[]
  /** kubeconfig context → cluster name kubectl talks to; undefined = the host's cluster */
  cluster?: string
}

/**
 * A command's standard input, shared like an open file description: every command that inherits
 * the same stdin (the commands of a `while` loop fed by a pipe, `<`, `<<` or `<<<`) reads from
 * `pos` on, so successive `read`s take successive lines.
 */
export interface StdinCursor {
  text: string
  /** how much of `text` has been consumed */
  pos: number
  /** the terminal itself (nothing piped or redirected in): it has no typed input */
  tty?: boolean
}

export interface ProgramContext {
  /** argv[0] is the program name as typed */
  argv: string[]
  /**
   * what is left of everything piped or redirected in ('' when none); reading it consumes it
   * (as `cat` empties a pipe), so a later command sharing this stdin sees nothing of it
   */
  stdin: string
  /** the shared stdin itself, for the `read` builtin (absent: read `stdin` as a whole) */
  stdinCursor?: StdinCursor
  stdout: Writer
  stderr: Writer
  session: SessionState
  world: World
  /** the machine the session is on */
  host: Host
  signal: AbortSignalLike
  /** Wait virtual time (drain polling, sleep, systemctl restart). Rejects with Interrupted on Ctrl-C. */
  sleep(ms: number): Promise<void>
  /** Terminal width in columns (help text wrapping); 80 when unknown. */
  columns: number
  /** True when stdout is the terminal itself (not a pipe or a file), like isatty(1). */
  stdoutIsTTY?: boolean
  /** Run another command line in this session (ssh host 'cmd', watch, xargs). */
  exec(line: string, io?: { stdin?: string; stdout?: Writer; stderr?: Writer }): Promise<number>
}

export type Program = (ctx: ProgramContext) => Promise<number>

/** Thrown by ctx.sleep when the user presses Ctrl-C; the shell prints ^C and sets $? to 130. */
export class Interrupted extends Error {
  constructor() {
    super('interrupted')
  }
}
