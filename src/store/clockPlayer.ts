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

/** Start playing the store's clock; returns a stop function. */
export function startClockPlayer(
  store: AppStore,
  frames: FrameSource = animationFrames,
): () => void {
  let last: number | undefined
  let id = 0
  const tick = (t: number) => {
    const dt = last === undefined ? 0 : t - last
    last = t
    store.frame(dt)
    id = frames.request(tick)
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
