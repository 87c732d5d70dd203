// Playing a lab the way a student does at a terminal: a fixed think time before each command, then
// the command in the main session. The CLI, golden transcripts and labs:check share this path.
import type { Writer } from '../shell/types'
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

/** Here-document terminators a command line opens (`<<EOF`, `<<-'END'`), in order. */
export function heredocTerminators(line: string): string[] {
  const out: string[] = []
  const re = /<<-?\s*(['"]?)([A-Za-z_][\w]*)\1/g
  let m: RegExpExecArray | null
  while ((m = re.exec(line))) out.push(m[2])
  return out
}

/**
 * Group input lines into commands: a line that opens here-documents takes the following lines
 * up to each terminator (as bash reads them at its `> ` prompt).
 */
export function splitCommands(lines: string[]): string[][] {
  const out: string[][] = []
  for (let i = 0; i < lines.length; i++) {
    const group = [lines[i]]
    for (const term of heredocTerminators(lines[i])) {
      while (++i < lines.length) {
        group.push(lines[i])
        if (lines[i].replace(/^\t+/, '') === term) break
      }
    }
    out.push(group)
  }
  return out
}
