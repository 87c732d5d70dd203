import { describe, expect, it } from 'vitest'
import { JournaledRuntime } from './journal'
import { FakeRuntime } from './testing/fakeRuntime'

const io = { stdout: () => {}, stderr: () => {} }

describe('JournaledRuntime', () => {
  it('a command typed before the gate opens (help texts still loading) starts, and is stamped, after it', async () => {
    const inner = new FakeRuntime(1)
    let open!: () => void
    const gate = new Promise<void>((r) => (open = r))
    const rt = new JournaledRuntime(inner, 1, gate)
    const t0 = inner.world.clock.now()
    const done = rt.runCommand('touch default/a', io, { drive: 'external' })
    // the browser's clock plays on meanwhile; nothing has happened yet
    inner.world.clock.advanceTo(t0 + 3000)
    await Promise.resolve()
    expect(rt.entries).toEqual([])
    expect(inner.world.cluster()!.store.list('ConfigMap')).toEqual([])
    open()
    expect(await done).toBe(0)
    expect(rt.entries).toEqual([{ op: 'cmd', at: t0 + 3000, line: 'touch default/a' }])
    expect(rt.snapshot().entries[0].at).toBe(t0 + 3000)
  })

  it('a gate that fails (the chunk did not download) does not stop commands', async () => {
    const inner = new FakeRuntime(1)
    const rt = new JournaledRuntime(inner, 1, Promise.reject(new Error('Failed to fetch')))
    expect(await rt.runCommand('touch default/b', io, { drive: 'external' })).toBe(0)
    expect(
      inner.world
        .cluster()!
        .store.list('ConfigMap')
        .map((c) => c.metadata.name),
    ).toEqual(['b'])
  })
})
