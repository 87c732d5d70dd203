// The browser plays virtual time frame by frame (drive 'external'); a reload rebuilds the world by
// replaying the journal with drive 'auto'. Both must give the same world, or a reload would
// quietly change the cluster under the student.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { loadLab } from './labLoader'
import { memoryStorage } from './persist'

const OPEN = {
  id: 'os-upgrades',
  fileName: 'labs/os-upgrades.json',
  text: readFileSync('labs/os-upgrades.json', 'utf8'),
}

const microtasks = () => new Promise<void>((r) => setTimeout(r, 0))

/** Pods and events as kubectl would list them: what a student would compare after a reload. */
function worldView(store: AppStore): string {
  const c = store.getState().getRuntime()!.world.cluster()!
  const pods = c.store
    .list('Pod')
    .map(
      (p) =>
        `${p.metadata.namespace}/${p.metadata.name} ${(p as { spec?: { nodeName?: string } }).spec?.nodeName ?? ''} ${p.metadata.deletionTimestamp ?? ''}`,
    )
  const events = c.store.list('Event').map((e) => `${e.metadata.name} ${JSON.stringify(e)}`)
  return [...pods.sort(), ...events.sort()].join('\n')
}

describe('live play and reload replay', () => {
  it('a drain played at 60× in frames leaves the same world as its replay after a reload', async () => {
    const storage = memoryStorage()
    const store = createAppStore({ loader: loadLab, storage, saveDelayMs: 0 })
    await store.getState().openLab(OPEN)
    store.getState().setSpeed(60)
    let code: number | undefined
    void store
      .getState()
      .runCommand('kubectl drain node01 --ignore-daemonsets --force')
      .then((c) => (code = c))
    await microtasks() // as in the browser: the command starts in the task that submitted it
    for (let i = 0; i < 400 && code === undefined; i++) {
      store.frame(16)
      await microtasks()
    }
    expect(code).toBe(0)
    // a little more time passes after the drain, then the page is closed
    for (let i = 0; i < 20; i++) store.frame(16)
    store.flush()

    const again = createAppStore({ loader: loadLab, storage })
    await again.getState().openLab(OPEN)
    const clockOf = (s: AppStore) => s.getState().getRuntime()!.world.clock.now()
    expect(clockOf(again)).toBe(clockOf(store))
    expect(worldView(again)).toBe(worldView(store))
  }, 60_000)

  it('a command that acts after a sleep acts at its wake-up time live too, as the replay does', async () => {
    const storage = memoryStorage()
    const store = createAppStore({ loader: loadLab, storage, saveDelayMs: 0 })
    await store.getState().openLab(OPEN)
    store.getState().setSpeed(60)
    let code: number | undefined
    void store
      .getState()
      .runCommand('sleep 5; kubectl run probe --image=nginx')
      .then((c) => (code = c))
    await microtasks()
    // 100 ms frames at 60×: 6 virtual seconds each, so the wake-up falls inside a frame
    for (let i = 0; i < 50 && code === undefined; i++) {
      store.frame(100)
      await microtasks()
    }
    expect(code).toBe(0)
    store.flush()
    const again = createAppStore({ loader: loadLab, storage })
    await again.getState().openLab(OPEN)
    expect(worldView(again)).toBe(worldView(store))
  }, 60_000)
})
