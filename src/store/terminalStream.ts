// The terminal session's output stream: what xterm shows, kept outside React and immer state.
// Persisted scrollback is the committed text (prompts, echoed commands, output), replayable into xterm.

/** What the terminal adapter receives, in order. */
export type TerminalEvent =
  /** a command starts; `external` ones (graph buttons, pasted lines) were not typed in the editor */
  | { kind: 'command'; line: string; prompt: string; external: boolean }
  | { kind: 'output'; text: string }
  /** the queue is empty: draw the prompt and the line being edited */
  | { kind: 'idle' }
  /** the whole screen is replaced (a lab was opened, restored or reset) */
  | { kind: 'replace'; text: string }

export const SCROLLBACK_LIMIT = 200_000

export class TerminalStream {
  private log = ''
  private listeners = new Set<(ev: TerminalEvent) => void>()

  constructor(scrollback = '') {
    this.log = scrollback
  }

  /** Everything committed so far (capped to the last SCROLLBACK_LIMIT characters, cut at a line). */
  scrollback(): string {
    return this.log
  }

  emit(ev: TerminalEvent): void {
    if (ev.kind === 'command') this.append(`${ev.prompt}${ev.line}\r\n`)
    else if (ev.kind === 'output') this.append(ev.text)
    else if (ev.kind === 'replace') this.log = ev.text
    for (const l of this.listeners) l(ev)
  }

  /** Returns an unsubscribe function. */
  subscribe(fn: (ev: TerminalEvent) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private append(text: string): void {
    this.log += text
    if (this.log.length > SCROLLBACK_LIMIT) {
      const cut = this.log.indexOf('\n', this.log.length - SCROLLBACK_LIMIT)
      this.log = this.log.slice(cut < 0 ? this.log.length - SCROLLBACK_LIMIT : cut + 1)
    }
  }
}
