// Interactive mode on a TTY: the shell's own line editor (the one the browser terminal uses) in
// raw mode — editing keys, history (↑/↓, Ctrl-R), Tab completion, here-documents at the `> `
// prompt; Ctrl-C interrupts a waiting command; Ctrl-D on an empty line or `exit` leaves.
import { createCompleter, isCompleteCommand, LineEditor, programs, promptFor } from '../shell'
import { typeCommand, type LabRuntime } from '../lab'
import { watchExit } from './exitWatch'

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

export function interactive(rt: LabRuntime): Promise<number> {
  const stdin = process.stdin
  const write = (s: string) => void process.stdout.write(s)
  const names = () => [...Object.keys(programs), 'lab']
  let session = rt.session
  const makeEditor = () =>
    new LineEditor({
      history: rt.session.history,
      complete: createCompleter(rt.world, rt.session, names),
      isComplete: isCompleteCommand,
    })
  let editor = makeEditor()
  let busy = false
  let running: Interrupt | undefined
  let exitStatus: number | undefined
  const queue: string[] = []

  return new Promise((resolve) => {
    const finish = (code: number) => {
      stdin.setRawMode(false)
      stdin.pause()
      stdin.removeAllListeners('data')
      resolve(code)
    }
    watchExit(rt, (status) => (exitStatus = status))

    const pump = async () => {
      if (busy) return
      busy = true
      while (queue.length) {
        const line = queue.shift()!
        running = new Interrupt()
        // a busy loop (`while true; do …; done`) lets stdin in now and then, so Ctrl-C reaches it
        await typeCommand(
          rt,
          line,
          { stdout: write, stderr: write },
          { signal: running, yieldToHost: () => new Promise((r) => setImmediate(r)) },
        )
        running = undefined
        if (exitStatus !== undefined) return finish(exitStatus)
        if (rt.session !== session) {
          session = rt.session
          editor = makeEditor()
        }
        const r = editor.ready(promptFor(rt.session))
        write(r.write)
        queue.push(...r.submitted)
      }
      busy = false
    }

    stdin.setRawMode(true)
    stdin.setEncoding('utf8')
    stdin.on('data', (data: string) => {
      if (data === '\x04' && !busy && editor.line === '') {
        write('\r\nlogout\r\n')
        return finish(0)
      }
      const out = editor.feed(data)
      write(out.write)
      if (out.interrupt) running?.abort()
      queue.push(...out.submitted)
      void pump()
    })
    write(editor.ready(promptFor(rt.session)).write)
    stdin.resume()
  })
}
