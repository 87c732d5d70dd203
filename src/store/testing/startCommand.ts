// Test helper: submit a line the way the terminal does and let it start (it runs in the task that
// submitted it); `code()` is its exit status once it has finished.
import type { AppStore } from '../createAppStore'

export const microtasks = () => new Promise<void>((r) => setTimeout(r, 0))

export async function startCommand(
  store: AppStore,
  line: string,
): Promise<{ code: () => number | undefined }> {
  let code: number | undefined
  void store
    .getState()
    .runCommand(line)
    .then((c) => (code = c))
  await microtasks()
  return { code: () => code }
}
