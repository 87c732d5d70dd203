// The browser driver of virtual time: one store.frame(dt) per animation frame (requestAnimationFrame),
// so waiting commands (drain) progress as the clock plays, and saves are flushed when the page hides.
import type { AppStore } from './createAppStore'

export interface FrameSource {
  request(cb: (timeMs: number) => void): number
  cancel(id: number): void
}

export const animationFrames: FrameSource = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
}

/**
 * Start playing the store's clock; returns a stop function. With `postTask`, each frame's sim work
 * runs in a task of its own instead of inside the animation-frame callback, so it never shares a
 * task with the terminal's and the browser's rendering of that frame.
 */
export function startClockPlayer(
  store: AppStore,
  frames: FrameSource = animationFrames,
  postTask?: (fn: () => void) => void,
): () => void {
  let last: number | undefined
  let id = 0
  const tick = (t: number) => {
    const dt = last === undefined ? 0 : t - last
    last = t
    id = frames.request(tick)
    if (postTask) postTask(() => store.frame(dt))
    else store.frame(dt)
  }
  id = frames.request(tick)
  const onHide = () => store.flush()
  const hasWindow = typeof window !== 'undefined'
  if (hasWindow) window.addEventListener('pagehide', onHide)
  return () => {
    frames.cancel(id)
    if (hasWindow) window.removeEventListener('pagehide', onHide)
  }
}
