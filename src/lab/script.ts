// A terminal transcript of a lab: each command echoed after the prompt (here-document lines after
// bash's `> ` continuation prompt), then its output, stdout and stderr in the order written.
// The CLI's piped mode and the golden transcript runner both print through here.
import { promptFor } from '../shell'
import type { LabRuntime } from './runtime'
import { splitCommands, typeCommand } from './replay'

/** Echo one command (its lines) as a terminal shows it, run it, and write its output. */
export async function echoAndRun(
  rt: LabRuntime,
  group: string[],
  write: (s: string) => void,
): Promise<number> {
  write(`${promptFor(rt.session)}${group[0]}\n`)
  for (const l of group.slice(1)) write(`> ${l}\n`)
  const line = group.join('\n')
  if (!line.trim()) return rt.session.lastStatus
  return typeCommand(rt, line, { stdout: write, stderr: write })
}

/** Play input lines (one command per line) and write the transcript; `stop` ends it early (exit). */
export async function runScript(
  rt: LabRuntime,
  lines: string[],
  write: (s: string) => void,
  stop: () => boolean = () => false,
): Promise<void> {
  for (const group of splitCommands(lines)) {
    await echoAndRun(rt, group, write)
    if (stop()) return
  }
}
