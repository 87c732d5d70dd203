// Interactive mode on a TTY: a prompt with line editing and history (node:readline), here-documents
// continued at bash's `> ` prompt, Ctrl-C interrupts a waiting command, Ctrl-D leaves.
// divergence: uses node:readline, not the browser terminal's line editor (no tab completion here).
import { createInterface } from 'node:readline'
import { promptFor } from '../shell'
import { heredocTerminators, typeCommand, type LabRuntime } from '../lab'

class Interrupt {
  aborted = false
  readonly promise: Promise<void>
  private resolve!: () => void
  constructor() {
    this.promise = new Promise((r) => (this.resolve = r))
  }
  abort(): void {
    this.aborted = true
    this.resolve()
  }
}

export async function interactive(rt: LabRuntime): Promise<number> {
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: true,
    historySize: 1000,
  })
  let pending: string[] = []
  let terms: string[] = []
  let running: Interrupt | undefined
  const out = (s: string) => process.stdout.write(s)
  rl.on('SIGINT', () => {
    if (running) return running.abort()
    pending = []
    terms = []
    out('^C\n')
    rl.setPrompt(promptFor(rt.session))
    rl.prompt()
  })
  rl.setPrompt(promptFor(rt.session))
  rl.prompt()
  for await (const line of rl) {
    pending.push(line)
    if (pending.length === 1) terms = heredocTerminators(line)
    else if (terms.length && line.replace(/^\t+/, '') === terms[0]) terms.shift()
    if (terms.length) {
      rl.setPrompt('> ')
      rl.prompt()
      continue
    }
    const command = pending.join('\n')
    pending = []
    if (command.trim()) {
      running = new Interrupt()
      rl.pause()
      await typeCommand(rt, command, { stdout: out, stderr: out }, { signal: running })
      rl.resume()
      running = undefined
    }
    rl.setPrompt(promptFor(rt.session))
    rl.prompt()
  }
  out('\n')
  return 0
}
