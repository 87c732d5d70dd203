// Virtual-time driver: while a command line waits in ctx.sleep, jump the world clock to the wake-up
// time (drive 'auto'), or let someone else play the clock (drive 'external', the browser).
import type { World } from '../sim'
import { Interrupted, type AbortSignalLike } from './types'

export const DEFAULT_MAX_VIRTUAL_MS = 6 * 3_600_000

/** A loop that has not waited for this many iterations yields to the driver (see loopTick). */
export const LOOP_YIELD_EVERY = 100
/**
 * Virtual time a loop yield costs (so a busy loop runs LOOP_YIELD_EVERY iterations per 10 ms of
 * virtual time), in both drives: it keeps a busy `while true` bounded by maxVirtualMs and by a
 * Ctrl-C scheduled on the clock, and a reload's replay of a loop stopped by Ctrl-C then runs as
 * many iterations as the student's did — no more (with free yields live, a replay ran up to 100×
 * as many: a reload after a 3 s loop at 60× took 8 s).
 */
export const LOOP_YIELD_MS = 10

/** An abort signal that fires on Ctrl-C (the outer signal) or when the driver gives up. */
export class LineSignal implements AbortSignalLike {
  private own = false
  private fire!: () => void
  readonly promise: Promise<void>

  constructor(private readonly outer?: AbortSignalLike) {
    const mine = new Promise<void>((r) => (this.fire = r))
    this.promise = outer ? Promise.race([outer.promise, mine]) : mine
  }

  get aborted(): boolean {
    return this.own || (this.outer?.aborted ?? false)
  }

  abort(): void {
    this.own = true
    this.fire()
  }
}

export class Driver {
  private pending: number[] = []
  private dirty = false
  private notify?: () => void
  private readonly deadline: number
  /** sleeps started so far (a loop that waited need not yield) */
  private sleeps = 0
  private sleepsAtTick = 0
  private idleIterations = 0

  constructor(
    private readonly world: World,
    readonly mode: 'auto' | 'external',
    readonly signal: LineSignal,
    maxVirtualMs = DEFAULT_MAX_VIRTUAL_MS,
    private readonly yieldToHost?: () => Promise<void>,
  ) {
    this.deadline = world.clock.now() + maxVirtualMs
  }

  /** ctx.sleep: wait ms of virtual time; rejects with Interrupted on Ctrl-C. */
  async sleep(ms: number): Promise<void> {
    if (this.signal.aborted) throw new Interrupted()
    this.sleeps++
    const s = this.world.clock.sleep(ms, 'shell sleep')
    if (this.mode === 'auto') {
      this.pending.push(s.at)
      this.dirty = true
      this.notify?.()
    }
    let interrupted = false
    try {
      await Promise.race([s.promise, this.signal.promise.then(() => (interrupted = true))])
    } finally {
      const k = this.pending.indexOf(s.at)
      if (k >= 0) this.pending.splice(k, 1)
    }
    if (interrupted || this.signal.aborted) {
      this.world.clock.cancel(s.id)
      throw new Interrupted()
    }
  }

  /**
   * Called by loops once per iteration: after LOOP_YIELD_EVERY iterations that did not wait,
   * sleep LOOP_YIELD_MS. In drive 'external' the page's clock player wakes it in a later frame (the
   * page stays responsive and Ctrl-C gets through); in drive 'auto' a host that must stay live
   * (the interactive CLI, for a real Ctrl-C) also gets a turn through yieldToHost.
   * divergence: a busy loop takes virtual time (10,000 idle iterations per virtual second), not
   * as much CPU as it can get.
   */
  async loopTick(): Promise<void> {
    if (this.sleeps !== this.sleepsAtTick) {
      this.sleepsAtTick = this.sleeps
      this.idleIterations = 0
      return
    }
    if (++this.idleIterations < LOOP_YIELD_EVERY) return
    this.idleIterations = 0
    await this.sleep(LOOP_YIELD_MS)
    if (this.mode === 'auto' && this.yieldToHost) {
      await this.yieldToHost()
      if (this.signal.aborted) throw new Interrupted()
    }
    this.sleepsAtTick = this.sleeps
  }

  /** Run work to completion, advancing the clock whenever it is blocked in sleep (auto mode). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.mode === 'external') return work()
    let done = false
    const p = work().finally(() => {
      done = true
      this.notify?.()
    })
    while (!done) {
      if (!this.dirty) await new Promise<void>((r) => (this.notify = r))
      this.notify = undefined
      this.dirty = false
      if (done || !this.pending.length) continue
      const at = Math.min(...this.pending)
      if (at > this.deadline) {
        if (this.world.clock.now() < this.deadline) this.world.clock.advanceTo(this.deadline)
        this.signal.abort()
        await p.catch(() => undefined)
        break
      }
      this.world.clock.advanceTo(at)
    }
    return p
  }
}
