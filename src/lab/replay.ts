// Playing a lab the way a student does at a terminal: a fixed think time before each command, then
// the command in the main session. The CLI, golden transcripts and labs:check share this path.
import { isCompleteCommand, type Writer } from '../shell'
import type { LabRuntime, RunOptions } from './runtime'

/**
 * Virtual time that passes before each command a student types (a human reading and typing).
 * divergence: real students take longer and vary; a fixed 5 s keeps transcripts deterministic
 * while letting pods move along their lifecycle between commands as they would.
 */
export const THINK_TIME_MS = 5_000

/** Advance the think time, then run the line in the main session. Returns the exit code. */
export async function typeCommand(
  rt: LabRuntime,
  line: string,
  io: { stdout: Writer; stderr: Writer },
  opts: RunOptions = {},
): Promise<number> {
  rt.advance(THINK_TIME_MS)
  return rt.runCommand(line, io, { drive: 'auto', ...opts })
}

/**
 * Group input lines into commands as bash reads them: while a command is incomplete (an open
 * here-document or quote, a trailing `|`), the next line continues it at the `> ` prompt.
 */
export function splitCommands(lines: string[]): string[][] {
  const out: string[][] = []
  for (let i = 0; i < lines.length; i++) {
    const group = [lines[i]]
    while (!isCompleteCommand(group.join('\n')) && i + 1 < lines.length) group.push(lines[++i])
    out.push(group)
  }
  return out
}
