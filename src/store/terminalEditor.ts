// The browser terminal's line editing: the shell's LineEditor (src/shell/line) bound to the store —
// the prompt of the main session, the persisted history, completion against the live world.
import { LineEditor } from '../shell'
import type { AppStore } from './createAppStore'

export interface TerminalEditor {
  /** keystrokes or pasted text in; bytes to echo and complete lines out */
  feed(data: string): { output: string; submitted: string[] }
  /** the prompt and the line being edited, drawn when the terminal is ready for input */
  render(): string
}

export function createTerminalEditor(store: AppStore): TerminalEditor {
  const editor = new LineEditor({
    prompt: () => store.getState().getPrompt(),
    history: () => store.getState().terminal.history,
    complete: (line: string, cursor: number) => {
      const rt = store.getState().getRuntime()
      return rt ? { world: rt.world, session: rt.session, line, cursor } : undefined
    },
  })
  return {
    feed: (data) => editor.feed(data),
    render: () => editor.render(),
  }
}
