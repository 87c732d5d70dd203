// The main terminal session: a queue of command lines run one at a time through the lab runtime,
// their output streamed to the TerminalStream (not to React state), Ctrl-C, and the line history.
import { Interruptor } from '../runtime'
import type { SliceCreator, TerminalSlice } from '../types'

const HISTORY_LIMIT = 500

interface Queued {
  line: string
  external: boolean
  resolve: (code: number) => void
}

/** exit status of a command stopped by Ctrl-C (128 + SIGINT), as bash reports it */
const INTERRUPTED = 130

export const createTerminalSlice: SliceCreator<TerminalSlice> = (set, get, ctx) => {
  const queue: Queued[] = []
  let running: Interruptor | undefined

  const write = (text: string) => ctx.stream.emit({ kind: 'output', text })

  async function runOne(item: Queued): Promise<number> {
    const loaded = ctx.loaded
    set((s) => {
      const h = s.terminal.history
      if (item.line.trim() && h[h.length - 1] !== item.line) h.push(item.line)
      if (h.length > HISTORY_LIMIT) h.splice(0, h.length - HISTORY_LIMIT)
    })
    ctx.stream.emit({
      kind: 'command',
      line: item.line,
      prompt: get().getPrompt(),
      external: item.external,
    })
    if (!loaded) {
      write('cordon: no lab is open\n')
      return 1
    }
    const signal = new Interruptor()
    running = signal
    try {
      return await loaded.runtime.runCommand(
        item.line,
        { stdout: write, stderr: write },
        { drive: 'external', signal, columns: ctx.columns },
      )
    } catch (e) {
      write(`cordon: ${e instanceof Error ? e.message : String(e)}\n`)
      return 1
    } finally {
      running = undefined
      ctx.markDirty()
      // the command's effect reaches the graph in this task, so the next frame already shows it
      ctx.publishWorld()
      ctx.persistSoon()
    }
  }

  async function pump(): Promise<void> {
    if (get().terminal.busy) return
    set((s) => {
      s.terminal.busy = true
    })
    while (queue.length) {
      const item = queue.shift()!
      set((s) => {
        s.terminal.queued = queue.length
      })
      item.resolve(await runOne(item))
    }
    set((s) => {
      s.terminal.busy = false
    })
    ctx.stream.emit({ kind: 'idle' })
  }

  return {
    terminal: { busy: false, queued: 0, history: [] },
    runCommand: (line, opts) =>
      new Promise<number>((resolve) => {
        ctx.enterUserTask()
        queue.push({ line, external: opts?.external ?? false, resolve })
        set((s) => {
          s.terminal.queued = queue.length
        })
        void pump()
      }),
    interrupt: () => {
      for (const q of queue.splice(0)) q.resolve(INTERRUPTED)
      set((s) => {
        s.terminal.queued = 0
      })
      running?.abort()
    },
    getStream: () => ctx.stream,
    getPrompt: () => ctx.loaded?.prompt() ?? '$ ',
    setColumns: (columns) => {
      ctx.columns = columns
    },
  }
}
