import { describe, expect, it } from 'vitest'
import { startClockPlayer, type FrameSource } from './clockPlayer'
import type { AppStore } from './createAppStore'

function fakeFrames() {
  let next: ((t: number) => void) | undefined
  const frames: FrameSource = {
    request: (cb) => {
      next = cb
      return 1
    },
    cancel: () => (next = undefined),
  }
  return { frames, fire: (t: number) => next?.(t) }
}

describe('clock player', () => {
  it('hands each frame its real duration, in a task of its own when given a task poster', () => {
    const seen: number[] = []
    const store = { frame: (dt: number) => seen.push(dt), flush: () => {} } as unknown as AppStore
    const { frames, fire } = fakeFrames()
    const tasks: (() => void)[] = []
    const stop = startClockPlayer(store, frames, (fn) => tasks.push(fn))
    fire(1000)
    fire(1016)
    expect(seen).toEqual([]) // nothing ran inside the frame callbacks
    for (const t of tasks.splice(0)) t()
    expect(seen).toEqual([0, 16])
    stop()
    fire(1032)
    expect(tasks).toHaveLength(0)
  })
})
