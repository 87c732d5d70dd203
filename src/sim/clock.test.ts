import { describe, expect, it } from 'vitest'
import { ClockLoopError, VirtualClock, parseDurationMs } from './clock'

describe('VirtualClock', () => {
  it('runs events in time order, ties in scheduling order, each at its own time', () => {
    const c = new VirtualClock(0)
    const seen: string[] = []
    c.schedule(20, () => seen.push(`b@${c.now()}`))
    c.schedule(10, () => seen.push(`a@${c.now()}`))
    c.schedule(20, () => seen.push(`c@${c.now()}`))
    const gone = c.schedule(15, () => seen.push('cancelled'))
    c.cancel(gone)
    c.advanceTo(100)
    expect(seen).toEqual(['a@10', 'b@20', 'c@20'])
    expect(c.now()).toBe(100)
  })

  it('a sleep resolves when virtual time reaches it, and counts as a wake-up', async () => {
    const c = new VirtualClock(1000)
    const s = c.sleep(parseDurationMs('1m30s'))
    let done = false
    void s.promise.then(() => (done = true))
    c.advance('1m')
    await Promise.resolve()
    expect(done).toBe(false)
    expect(c.wakes).toBe(0)
    c.advance(30_000)
    await Promise.resolve()
    expect(done).toBe(true)
    expect(c.wakes).toBe(1)
  })

  it('fails loudly on a runaway loop at one instant', () => {
    const c = new VirtualClock(0)
    const again = (): void => void c.schedule(0, again, 'again')
    again()
    expect(() => c.runDue(50)).toThrow(ClockLoopError)
  })

  it('with shouldYield, stops between instants (never inside one) and goes on later', () => {
    const c = new VirtualClock(0)
    const seen: number[] = []
    for (const at of [10, 10, 20, 30, 40]) c.scheduleAt(at, () => seen.push(c.now()))
    // yields whenever asked: at least one instant runs, then it stops before the next one
    expect(c.advanceTo(100, undefined, () => true)).toBe(false)
    expect(seen).toEqual([10, 10])
    expect(c.now()).toBe(10)
    expect(c.advanceTo(100, undefined, () => seen.length >= 4)).toBe(false)
    expect(seen).toEqual([10, 10, 20, 30])
    expect(c.now()).toBe(30)
    expect(c.advanceTo(100, undefined, () => seen.length >= 5)).toBe(false)
    expect(c.now()).toBe(40) // the last instant ran; moving on to 100 waits for the next call
    expect(c.advanceTo(100, undefined, () => false)).toBe(true)
    expect(seen).toEqual([10, 10, 20, 30, 40])
    expect(c.now()).toBe(100)
    // nothing left to run: the clock simply moves on
    expect(c.advanceTo(200, undefined, () => true)).toBe(true)
    expect(c.now()).toBe(200)
  })
})
