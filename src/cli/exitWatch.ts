// `exit` / `logout` at the top-level shell ends the CLI, as it ends a terminal's login shell.
import { exitHandlers } from '../shell'
import type { LabRuntime } from '../lab'

/** Calls onExit when the student leaves the main session's shell (re-armed after `lab reset`). */
export function watchExit(rt: LabRuntime, onExit: (status: number) => void): void {
  const arm = () => {
    const handlers = exitHandlers(rt.session)
    if (handlers.length) return
    handlers.push(async (ctx, status) => {
      ctx.stderr('logout\n')
      onExit(status)
      return status
    })
  }
  arm()
  rt.onChange(arm)
}
