import { describe, expect, it, vi } from 'vitest'
import { createAppStore } from './createAppStore'
import { labKey, memoryStorage } from './persist'
import { fakeLoader } from './testing/fakeRuntime'
import { microtasks, startCommand } from './testing/startCommand'
import type { TerminalEvent } from './terminalStream'

const OPEN = { id: 'fake', text: '{}', fileName: 'labs/fake.json' }

async function openStore(storage = memoryStorage()) {
  const loader = fakeLoader()
  const store = createAppStore({ loader, storage, saveDelayMs: 0 })
  const events: TerminalEvent[] = []
  store
    .getState()
    .getStream()
    .subscribe((e) => events.push(e))
  await store.getState().openLab(OPEN)
  events.length = 0
  return { store, loader, events, storage }
}

describe('terminal', () => {
  it('a command echoes with its prompt, streams its output, then the terminal goes idle', async () => {
    const { store, events } = await openStore()
    const code = await store.getState().runCommand('echo hi', { external: true })
    expect(code).toBe(0)
    expect(events).toEqual([
      { kind: 'command', line: 'echo hi', prompt: 'controlplane ~ ➜  ', external: true },
      { kind: 'output', text: 'hi\n' },
      { kind: 'idle' },
    ])
    expect(store.getState().getStream().scrollback()).toBe('controlplane ~ ➜  echo hi\r\nhi\n')
    expect(store.getState().terminal.history).toEqual(['echo hi'])
  })

  it('lines submitted together (a paste) run one after the other in order', async () => {
    const { store, events } = await openStore()
    const codes = await Promise.all(
      ['echo a', 'nope', 'echo b'].map((l) => store.getState().runCommand(l)),
    )
    expect(codes).toEqual([0, 127, 0])
    expect(events.filter((e) => e.kind !== 'command')).toEqual([
      { kind: 'output', text: 'a\n' },
      { kind: 'output', text: 'nope: command not found\n' },
      { kind: 'output', text: 'b\n' },
      { kind: 'idle' },
    ])
  })

  it('a waiting command progresses only as frames play virtual time at the chosen speed', async () => {
    const { store } = await openStore()
    store.getState().setSpeed(10)
    const cmd = await startCommand(store, 'sleep 5')
    expect(store.getState().terminal.busy).toBe(true)
    for (let i = 0; i < 4; i++) store.frame(100) // 4 s of virtual time
    await microtasks()
    expect(cmd.code()).toBeUndefined()
    store.frame(100) // 5 s
    await microtasks()
    await microtasks()
    expect(cmd.code()).toBe(0)
    expect(store.getState().terminal.busy).toBe(false)
  })

  it('paused, a waiting command waits; +1 min fast-forwards it', async () => {
    const { store } = await openStore()
    store.getState().togglePlay()
    const cmd = await startCommand(store, 'sleep 30')
    store.frame(10_000)
    await microtasks()
    expect(cmd.code()).toBeUndefined()
    store.getState().advanceClock(60_000)
    await microtasks()
    await microtasks()
    expect(cmd.code()).toBe(0)
  })

  it('Ctrl-C interrupts the waiting command and drops the queued ones with status 130', async () => {
    const { store, events } = await openStore()
    const first = store.getState().runCommand('sleep 600')
    const second = store.getState().runCommand('echo never')
    await microtasks()
    store.getState().interrupt()
    expect(await first).toBe(130)
    expect(await second).toBe(130)
    expect(events.map((e) => e.kind)).toEqual(['command', 'output', 'idle'])
  })
})

describe('clock and world revision', () => {
  it("a finished command's changes reach the graph at once, not at the next frame", async () => {
    const { store } = await openStore()
    store.getState().togglePlay()
    const rev = store.getState().worldRevision
    await store.getState().runCommand('touch default/a')
    expect(store.getState().worldRevision).toBe(rev + 1)
    store.frame(16)
    expect(store.getState().worldRevision).toBe(rev + 1)
  })

  it('a command that ends inside a frame hands its changes over in a task of its own', async () => {
    const tasks: (() => void)[] = []
    const store = createAppStore({
      loader: fakeLoader(),
      storage: memoryStorage(),
      saveDelayMs: 0,
      postTask: (fn) => void tasks.push(fn),
    })
    await store.getState().openLab(OPEN)
    store.getState().setSpeed(60)
    const cmd = await startCommand(store, 'sleep 1')
    tasks.length = 0
    const rev = store.getState().worldRevision
    store.frame(100) // 6 virtual s: the sleep wakes inside the frame's sim task
    await microtasks()
    expect(cmd.code()).toBe(0)
    // the command finished in the sim's task: the graph re-reads the world in a later task
    expect(store.getState().worldRevision).toBe(rev)
    for (let task = tasks.shift(); task; task = tasks.shift()) task()
    expect(store.getState().worldRevision).toBe(rev + 1)
    // a command the student types next is shown in its own task, even before the sim's posted
    // tasks have run
    store.frame(16)
    await store.getState().runCommand('touch default/a')
    expect(store.getState().worldRevision).toBe(rev + 2)
  })

  it('many watch events between two frames bump worldRevision once', async () => {
    const { store, loader } = await openStore()
    store.getState().togglePlay()
    const rev = store.getState().worldRevision
    const client = loader.last!.world.cluster()!.client
    client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } })
    for (const name of ['a', 'b'])
      client.create({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace: 'default' },
      })
    expect(store.getState().worldRevision).toBe(rev)
    store.frame(16)
    expect(store.getState().worldRevision).toBe(rev + 1)
    store.frame(16)
    expect(store.getState().worldRevision).toBe(rev + 1)
  })

  it('playing at 60× advances virtual time 60 times faster than real time', async () => {
    const { store, loader } = await openStore()
    store.getState().setSpeed(60)
    const t0 = loader.last!.world.clock.now()
    for (let i = 0; i < 10; i++) store.frame(100)
    expect(loader.last!.world.clock.now() - t0).toBe(60_000)
    expect(store.getState().clock.now).toBe(t0 + 60_000)
  })

  it('a sleeping command resumes at its wake-up time, as a replay would, not at the frame end', async () => {
    const { store, loader } = await openStore()
    store.getState().setSpeed(60)
    const clock = loader.last!.world.clock
    const t0 = clock.now()
    const cmd = await startCommand(store, 'sleep 5')
    store.frame(100) // asks for 6 virtual seconds: stops at the wake-up, 5 s in
    expect(clock.now()).toBe(t0 + 5000)
    await microtasks()
    expect(cmd.code()).toBe(0)
    store.frame(16) // the rest of the backlog follows
    expect(clock.now()).toBe(t0 + 6000 + 960)
  })

  it('a busy moment stops at the frame budget and catches up in later frames', async () => {
    let real = 0
    const store = createAppStore({
      loader: fakeLoader(),
      storage: memoryStorage(),
      saveDelayMs: 0,
      realNow: () => real,
    })
    await store.getState().openLab(OPEN)
    const clock = store.getState().getRuntime()!.world.clock
    store.getState().setSpeed(60)
    const t0 = clock.now()
    // 200 events 10 virtual ms apart, each costing 1 real ms
    for (let i = 1; i <= 200; i++) clock.scheduleAt(t0 + i * 10, () => (real += 1))
    store.frame(16) // asks for 960 virtual ms: the budget stops it after ~12 events
    const first = clock.now() - t0
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(200)
    for (let i = 0; i < 20; i++) store.frame(16)
    // nothing is lost: 21 frames asked for 20,160 virtual ms and the 2,000 ms of events all ran
    expect(clock.now() - t0).toBe(21 * 960)
  })

  it('when only the clock moves, the world is re-read at most every 250 ms of real time', async () => {
    const { store } = await openStore()
    store.getState().setSpeed(60)
    const rev = store.getState().worldRevision
    for (let i = 0; i < 10; i++) store.frame(50) // 500 ms real, a new virtual second every frame
    expect(store.getState().worldRevision - rev).toBe(2)
  })

  it('a long pause between frames (hidden tab) is not replayed as a huge jump', async () => {
    const { store, loader } = await openStore()
    const t0 = loader.last!.world.clock.now()
    store.frame(60_000)
    expect(loader.last!.world.clock.now() - t0).toBe(100)
  })
})

describe('questions', () => {
  it('opening a lab shows question 1 and runs its setup through the runtime', async () => {
    const { store } = await openStore()
    expect(store.getState().lab.status).toBe('ready')
    expect(store.getState().lab.questions.map((q) => [q.state, q.reached])).toEqual([
      ['correct', true],
      ['unanswered', false],
      ['unanswered', false],
    ])
  })

  it('a choice answer is graded by the runtime on Check', async () => {
    const { store } = await openStore()
    await store.getState().selectQuestion(2)
    store.getState().answerQuestion(2, '1')
    expect(await store.getState().checkQuestion(2)).toBe(false)
    expect(store.getState().lab.questions[1].state).toBe('incorrect')
    store.getState().answerQuestion(2, '2')
    expect(await store.getState().checkQuestion(2)).toBe(true)
    expect(store.getState().lab.questions[1].state).toBe('correct')
  })

  it('a malformed answer shows the runtime’s message and keeps the state', async () => {
    const { store } = await openStore()
    store.getState().answerQuestion(2, '')
    expect(await store.getState().checkQuestion(2)).toBe(false)
    expect(store.getState().lab.questions[1]).toMatchObject({
      state: 'unanswered',
      failures: ['expected an option number, got ""'],
    })
  })

  it('a task is checked on the world and shows why it fails', async () => {
    const { store } = await openStore()
    expect(await store.getState().checkQuestion(3)).toBe(false)
    expect(store.getState().lab.questions[2].failures).toEqual(['no ConfigMap default/x'])
    await store.getState().runCommand('touch default/x')
    expect(await store.getState().checkQuestion(3)).toBe(true)
    expect(store.getState().lab.questions[2].failures).toEqual([])
  })

  it('a lab file that does not load shows its error instead of a page', async () => {
    const store = createAppStore({ loader: fakeLoader(), storage: memoryStorage() })
    await store.getState().openLab({ ...OPEN, text: 'broken' })
    expect(store.getState().lab).toMatchObject({
      status: 'error',
      error: 'fake.json: invalid JSON',
    })
  })
})

describe('persistence', () => {
  it('reopening a lab restores the world, progress, positions, scrollback, history and settings', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const { store, storage, loader: first } = await openStore()
      await store.getState().runCommand('touch default/x')
      store.getState().advanceClock(90_000)
      await store.getState().runCommand('echo one')
      store.getState().setNodePosition('node/node01', { x: 10.4, y: 20.6 })
      store.getState().toggleSystemPods()
      store.getState().setLang('ko')
      store.getState().setScreenReader(true)
      store.getState().answerQuestion(2, '2')
      await store.getState().checkQuestion(2)
      store.flush()

      const before = first.last!.world.clock.now()
      const loader = fakeLoader()
      const again = createAppStore({ loader, storage })
      await again.getState().openLab(OPEN)
      const s = again.getState()
      expect(
        loader
          .last!.world.cluster()!
          .store.list('ConfigMap')
          .map((o) => o.metadata.name),
      ).toEqual(['x'])
      expect(s.clock.now).toBe(before)
      expect(s.lang).toBe('ko')
      expect(s.screenReader).toBe(true)
      expect(s.layout.positions).toEqual({ 'node/node01': { x: 10, y: 21 } })
      expect(s.showSystemPods).toBe(true)
      expect(s.terminal.history).toEqual(['touch default/x', 'echo one'])
      expect(s.getStream().scrollback()).toBe(
        'controlplane ~ ➜  touch default/x\r\ncontrolplane ~ ➜  echo one\r\none\n',
      )
      expect(s.lab.questions.map((q) => q.state)).toEqual(['correct', 'correct', 'unanswered'])
    } finally {
      vi.useRealTimers()
    }
  })

  it('a save that no longer loads is dropped with a visible notice', async () => {
    const storage = memoryStorage({ [labKey('fake')]: '{"version":2,"labId":"fake","progress":7}' })
    const { store } = await openStore(storage)
    expect(store.getState().notice).toBe(
      'Your saved progress in this lab could not be loaded (bad progress) and was reset.',
    )
    expect(store.getState().lab.status).toBe('ready')
    expect(storage.data.has(labKey('fake'))).toBe(false)
  })

  it('reset starts the lab afresh but keeps the graph layout and command history', async () => {
    const { store, loader } = await openStore()
    await store.getState().runCommand('touch default/x')
    store.getState().setNodePosition('node/node01', { x: 1, y: 2 })
    const before = loader.last
    await store.getState().resetLab()
    expect(loader.last).not.toBe(before)
    expect(store.getState().getStream().scrollback()).toBe('')
    expect(store.getState().layout.positions).toEqual({ 'node/node01': { x: 1, y: 2 } })
    expect(store.getState().terminal.history).toEqual(['touch default/x'])
    expect(loader.last!.world.cluster()!.store.list('ConfigMap')).toEqual([])
  })
})
