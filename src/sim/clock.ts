// A virtual clock with an ordered event queue: the only source of time in the sim.
// Mirrors what k8s.io/utils/clock/testing.FakeClock gives controllers upstream, plus a queue.

export interface ClockEvent {
  id: number
  at: number
  seq: number
  label: string
  fn: () => void
}

export interface PendingEvent {
  at: number
  label: string
}

/** Thrown when a run loop exceeds its limit: a runaway controller fails loudly. */
export class ClockLoopError extends Error {}

const DEFAULT_LOOP_LIMIT = 1_000_000

export class VirtualClock {
  private t: number
  private seq = 0
  private nextId = 1
  private heap: ClockEvent[] = []
  private cancelled = new Set<number>()
  private listeners = new Set<(now: number) => void>()
  /** how many sleeps have woken so far (an external player stops right after one: see advanceTo) */
  wakes = 0

  constructor(startMs: number) {
    this.t = startMs
  }

  /** Virtual now, in epoch milliseconds. */
  now(): number {
    return this.t
  }

  /** Schedule fn after delayMs of virtual time; returns an id for cancel(). */
  schedule(delayMs: number, fn: () => void, label = 'event'): number {
    return this.scheduleAt(this.t + Math.max(0, delayMs), fn, label)
  }

  scheduleAt(atMs: number, fn: () => void, label = 'event'): number {
    const ev: ClockEvent = {
      id: this.nextId++,
      at: Math.max(atMs, this.t),
      seq: this.seq++,
      label,
      fn,
    }
    this.push(ev)
    return ev.id
  }

  cancel(id: number): void {
    this.cancelled.add(id)
  }

  /** Time of the next live event, if any. */
  nextAt(): number | undefined {
    this.dropCancelled()
    return this.heap[0]?.at
  }

  /** Events still queued (for leak checks in tests). */
  pending(): PendingEvent[] {
    return this.heap
      .filter((e) => !this.cancelled.has(e.id))
      .sort((a, b) => a.at - b.at || a.seq - b.seq)
      .map((e) => ({ at: e.at, label: e.label }))
  }

  /** Run every event due at or before now, including ones they schedule for now. */
  runDue(limit = DEFAULT_LOOP_LIMIT): number {
    let n = 0
    for (;;) {
      this.dropCancelled()
      const top = this.heap[0]
      if (!top || top.at > this.t) break
      this.pop()
      if (++n > limit)
        throw new ClockLoopError(
          `clock: more than ${limit} events at one instant (last: ${top.label})`,
        )
      top.fn()
    }
    return n
  }

  /** Alias kept for tests: run what is due now. */
  runUntilIdle(limit = DEFAULT_LOOP_LIMIT): number {
    return this.runDue(limit)
  }

  /**
   * Advance to atMs, running each event at its own time, in order. With `shouldYield`, asked
   * between two instants (never inside one), the clock may stop early at the last instant it ran:
   * returns false then, and a later call continues from there.
   */
  advanceTo(atMs: number, limit = DEFAULT_LOOP_LIMIT, shouldYield?: () => boolean): boolean {
    let n = 0
    this.runDue(limit)
    let reached = true
    for (;;) {
      this.dropCancelled()
      const top = this.heap[0]
      if (!top || top.at > atMs) break
      if (top.at > this.t && n > 0 && shouldYield?.()) {
        reached = false
        break
      }
      this.pop()
      this.t = Math.max(this.t, top.at)
      if (++n > limit)
        throw new ClockLoopError(
          `clock: more than ${limit} events while advancing (last: ${top.label})`,
        )
      top.fn()
    }
    // moving on to atMs also leaves the last instant run
    if (reached && atMs > this.t && n > 0 && shouldYield?.()) reached = false
    if (reached && atMs > this.t) this.t = atMs
    this.emit()
    return reached
  }

  /** Advance by a duration in ms or a string like '5m', '30s', '1h30m'. */
  advance(d: number | string): void {
    const ms = typeof d === 'number' ? d : parseDurationMs(d)
    this.advanceTo(this.t + ms)
  }

  /** Jump to the next event's time and run everything due then. False when the queue is empty. */
  advanceToNext(): boolean {
    const at = this.nextAt()
    if (at === undefined) return false
    this.advanceTo(at)
    return true
  }

  /** A promise that resolves when virtual time reaches now + ms. */
  sleep(ms: number, label = 'sleep'): { promise: Promise<void>; id: number; at: number } {
    let resolve!: () => void
    const promise = new Promise<void>((r) => (resolve = r))
    const at = this.t + Math.max(0, ms)
    const id = this.scheduleAt(
      at,
      () => {
        this.wakes++
        resolve()
      },
      label,
    )
    return { promise, id, at }
  }

  /** Called after each advance; returns an unsubscribe function. */
  onAdvance(fn: (now: number) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private emit(): void {
    for (const l of this.listeners) l(this.t)
  }

  private dropCancelled(): void {
    while (this.heap.length && this.cancelled.has(this.heap[0].id)) {
      this.cancelled.delete(this.heap[0].id)
      this.pop()
    }
  }

  private less(a: ClockEvent, b: ClockEvent): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq)
  }

  private push(ev: ClockEvent): void {
    const h = this.heap
    h.push(ev)
    let i = h.length - 1
    while (i > 0) {
      const p = (i - 1) >> 1
      if (!this.less(h[i], h[p])) break
      ;[h[i], h[p]] = [h[p], h[i]]
      i = p
    }
  }

  private pop(): ClockEvent | undefined {
    const h = this.heap
    if (!h.length) return undefined
    const top = h[0]
    const last = h.pop()!
    if (h.length) {
      h[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < h.length && this.less(h[l], h[m])) m = l
        if (r < h.length && this.less(h[r], h[m])) m = r
        if (m === i) break
        ;[h[i], h[m]] = [h[m], h[i]]
        i = m
      }
    }
    return top
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }

/** Parse '90s', '5m', '1h30m', '250ms', '2d' into ms. Throws on anything else. */
export function parseDurationMs(s: string): number {
  const re = /(\d+(?:\.\d+)?)(ms|s|m|h|d)/gy
  let total = 0
  let matched = 0
  const str = s.trim()
  if (!str) throw new Error(`invalid duration "${s}"`)
  let m: RegExpExecArray | null
  while ((m = re.exec(str))) {
    total += parseFloat(m[1]) * UNIT_MS[m[2]]
    matched = re.lastIndex
  }
  if (matched !== str.length) throw new Error(`invalid duration "${s}"`)
  return Math.round(total)
}
