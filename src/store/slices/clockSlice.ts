// The virtual clock as the student drives it: play/pause, speed, fast-forward. The frames that
// advance time come from the clock player (../clockPlayer.ts); this slice holds its settings.
import type { ClockSlice, SliceCreator } from '../types'

export const createClockSlice: SliceCreator<ClockSlice> = (set, _get, ctx) => ({
  clock: { playing: true, speed: 1, now: 0 },
  worldRevision: 0,
  togglePlay: () => {
    set((s) => {
      s.clock.playing = !s.clock.playing
    })
    ctx.persistSoon()
  },
  setSpeed: (speed) => {
    set((s) => {
      s.clock.speed = speed
    })
    ctx.persistSoon()
  },
  advanceClock: (ms) => {
    const world = ctx.loaded?.runtime.world
    if (!world || ms <= 0) return
    world.clock.advanceTo(world.clock.now() + ms)
    ctx.markDirty()
    ctx.persistSoon()
  },
})
