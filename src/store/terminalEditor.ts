// The browser terminal's line editing: the shell's LineEditor (src/shell/line) bound to the open lab —
// the main session's history, Tab completion against the live world, multi-line commands.
import { createCompleter, isCompleteCommand, LineEditor, programs } from '../shell'
import type { AppStore } from './createAppStore'

/** Program names the first word completes to (the lab adds its `lab` builtin). */
const programNames = () => [...Object.keys(programs), 'lab']

/** A LineEditor for the store's current lab (create one per opened lab: it holds its history). */
export function createTerminalEditor(store: AppStore): LineEditor {
  const rt = store.getState().getRuntime()
  return new LineEditor({
    history: rt?.session.history ?? [],
    complete: (line, cursor) => {
      const cur = store.getState().getRuntime()
      if (!cur) return { candidates: [], replaceFrom: cursor }
      return createCompleter(cur.world, cur.session, programNames)(line, cursor)
    },
    isComplete: isCompleteCommand,
  })
}
