// The browser plays virtual time frame by frame (drive 'external'); a reload rebuilds the world by
// replaying the journal with drive 'auto'. Both must give the same world, or a reload would
// quietly change the cluster under the student.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createAppStore, type AppStore } from './createAppStore'
import { loadLab } from './labLoader'
import { memoryStorage } from './persist'
import { microtasks, startCommand } from './testing/startCommand'

const OPEN = {
  id: 'os-upgrades',
  fileName: 'labs/os-upgrades.json',
  text: readFileSync('labs/os-upgrades.json', 'utf8'),
}

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

/**
 * Type a line in a fresh lab at 60× and play frames of frameMs until it is done; then close. With
 * `tasks`, the store posts work to a queue that runs after each frame, as the browser's tasks do.
 */
async function playLive(line: string, frameMs: number, extraFrames = 0, tasks?: (() => void)[]) {
  const storage = memoryStorage()
  const postTask = tasks && ((fn: () => void) => void tasks.push(fn))
  // real time stands still: the frame budget never runs out, so frames are reproducible
  const store = createAppStore({
    loader: loadLab,
    storage,
    saveDelayMs: 0,
    postTask,
    realNow: () => 0,
  })
  await store.getState().openLab(OPEN)
  store.getState().setSpeed(60)
  const cmd = await startCommand(store, line)
  let frames = 0
  for (; frames < 400 && cmd.code() === undefined; frames++) {
    store.frame(frameMs)
    await microtasks()
    // the tasks a frame posted, each after the previous one's promise continuations
    for (let task = tasks?.shift(); task; task = tasks?.shift()) {
      task()
      await microtasks()
    }
  }
  for (let i = 0; i < extraFrames; i++) store.frame(frameMs)
  store.flush()
  return { store, storage, code: cmd.code(), frames }
}

/** The page opened again: the lab restored from what the first one saved. */
async function reopen(storage: ReturnType<typeof memoryStorage>): Promise<AppStore> {
  const again = createAppStore({ loader: loadLab, storage })
  await again.getState().openLab(OPEN)
  return again
}

const clockOf = (s: AppStore) => s.getState().getRuntime()!.world.clock.now()

describe('live play and reload replay', () => {
  it('a drain played at 60× in frames leaves the same world as its replay after a reload', async () => {
    // a little more time passes after the drain, then the page is closed
    const live = await playLive('kubectl drain node01 --ignore-daemonsets --force', 16, 20)
    expect(live.code).toBe(0)
    const again = await reopen(live.storage)
    expect(clockOf(again)).toBe(clockOf(live.store))
    expect(worldView(again)).toBe(worldView(live.store))
  }, 60_000)

  it('a command that acts after a sleep acts at its wake-up time live too, as the replay does', async () => {
    // 100 ms frames at 60×: 6 virtual seconds each, so the wake-up falls inside a frame
    const live = await playLive('sleep 5; kubectl run probe --image=nginx', 100)
    expect(live.code).toBe(0)
    expect(worldView(await reopen(live.storage))).toBe(worldView(live.store))
  }, 60_000)

  it('a busy loop stopped by Ctrl-C ran as many iterations live as its replay runs', async () => {
    const storage = memoryStorage()
    const store = createAppStore({ loader: loadLab, storage, saveDelayMs: 0, realNow: () => 0 })
    await store.getState().openLab(OPEN)
    store.getState().setSpeed(60)
    const loop = await startCommand(store, 'i=0; while true; do i=$((i+1)); done')
    for (let f = 0; f < 5; f++) {
      store.frame(16)
      await microtasks()
    }
    store.getState().interrupt()
    await microtasks()
    expect(loop.code()).toBe(130)
    const count = async (s: AppStore) => {
      let out = ''
      await s
        .getState()
        .getRuntime()!
        .runCommand('echo $i', {
          stdout: (t) => (out += t),
          stderr: (t) => (out += t),
        })
      return Number(out)
    }
    const live = await count(store)
    // a frame ends when a sleeping command wakes: a loop runs LOOP_YIELD_EVERY idle iterations
    // (one 10 ms yield) per frame while the rest of the frame's time waits for later frames
    expect(live).toBeGreaterThanOrEqual(5 * 100)
    store.flush()
    const again = await reopen(storage)
    expect(await count(again)).toBe(live)
  }, 60_000)

  it('a command polling every 100 ms (kubectl delete pod) still gets a whole frame of virtual time', async () => {
    const tasks: (() => void)[] = []
    const live = await playLive('kubectl delete pod -l app=blue', 16, 0, tasks)
    expect(live.code).toBe(0)
    // 2 frames when a frame goes on after each poll wakes (a task per wake-up); 10 when every
    // 100 ms poll ended its frame
    expect(live.frames).toBeLessThanOrEqual(3)
    expect(worldView(await reopen(live.storage))).toBe(worldView(live.store))
  }, 60_000)
})
