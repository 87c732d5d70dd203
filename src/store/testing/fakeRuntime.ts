// A small stand-in for the lab engine's runtime in store tests: a real World (sim) with one cluster,
// commands `echo`, `sleep <s>` (waits virtual time, honours Ctrl-C), `touch <ns/name>` (creates a
// ConfigMap) and `fail`; questions graded by the presence of ConfigMaps.
import { createWorld, type World } from '../../sim'
import type { AbortSignalLike, SessionState, Writer } from '../../shell/types'
import type { LabDoc, LabLoader, LabRuntimeLike, RuntimeProgress } from '../runtime'
import { JournaledRuntime } from '../journal'

export const FAKE_LAB: LabDoc = {
  id: 'fake',
  title: { en: 'Fake lab', ko: '가짜 실습' },
  summary: 'For tests',
  difficulty: 'beginner',
  minutes: 5,
  questions: [
    { id: 'q1', type: 'info', title: 'Welcome', text: 'Read me' },
    { id: 'q2', type: 'choice', title: 'Pick', text: 'Which?', options: ['a', 'b'] },
    { id: 'q3', type: 'task', title: 'Make cm', text: 'touch default/x' },
  ],
}

export class FakeRuntime implements LabRuntimeLike {
  world: World
  session: SessionState = {
    user: 'root',
    host: 'controlplane',
    cwd: '/root',
    env: new Map(),
    lastStatus: 0,
    history: [],
  }
  progress: RuntimeProgress[] = FAKE_LAB.questions.map(() => ({
    state: 'unanswered',
    setupDone: false,
  }))
  lang: 'en' | 'ko' = 'en'
  private listeners = new Set<() => void>()

  constructor(seed: number) {
    this.world = createWorld({ seed, start: '2026-11-24T09:00:00Z' })
    this.world.addCluster({ name: 'kubernetes', version: 'v1.33.0' }, [])
  }

  private changed() {
    for (const l of this.listeners) l()
  }

  async runCommand(
    line: string,
    io: { stdout: Writer; stderr: Writer },
    opts?: { drive?: 'auto' | 'external'; signal?: AbortSignalLike },
  ): Promise<number> {
    const [cmd, arg = ''] = line.trim().split(/\s+/)
    if (cmd === 'echo') io.stdout(`${arg}\n`)
    else if (cmd === 'sleep') {
      const s = this.world.clock.sleep(Number(arg) * 1000)
      if (opts?.drive !== 'external') this.world.clock.advanceTo(s.at)
      const stop = opts?.signal?.promise.then(() => 'stop' as const)
      if ((await Promise.race([s.promise, stop])) === 'stop') {
        io.stdout('^C\n')
        return 130
      }
      io.stdout(`slept ${arg}\n`)
    } else if (cmd === 'touch') {
      const [namespace, name] = arg.split('/')
      const client = this.world.cluster()!.client
      if (!client.tryGet('Namespace', undefined, namespace))
        client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } })
      client.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace } })
    } else if (cmd) {
      io.stderr(`${cmd}: command not found\n`)
      return 127
    }
    return 0
  }

  async show(n: number) {
    if (!this.progress[n - 1].setupDone) {
      this.progress[n - 1].setupDone = true
      if (FAKE_LAB.questions[n - 1].type === 'info') this.progress[n - 1].state = 'correct'
      this.changed()
    }
    return n
  }

  async answer(n: number, answer: string) {
    if (!/^\d+$/.test(answer)) throw new Error(`expected an option number, got "${answer}"`)
    const correct = answer === '2'
    this.progress[n - 1].state = correct ? 'correct' : 'incorrect'
    this.changed()
    return { correct }
  }

  async check(n: number) {
    const has = this.world
      .cluster()!
      .store.list('ConfigMap', 'default')
      .some((o) => o.metadata.name === 'x')
    const failures = has ? [] : ['no ConfigMap default/x']
    Object.assign(this.progress[n - 1], {
      state: has ? 'correct' : 'incorrect',
      failures: has ? undefined : failures,
    })
    this.changed()
    return { correct: has, failures }
  }

  setLang(lang: 'en' | 'ko') {
    this.lang = lang
  }

  onChange(fn: () => void) {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }
}

/** A loader that builds FakeRuntimes and remembers the last one. */
export function fakeLoader(): LabLoader & { last?: FakeRuntime; requests: unknown[] } {
  const loader = async (req: Parameters<LabLoader>[0]) => {
    loader.requests.push(req)
    if (req.text === 'broken') throw new Error('fake.json: invalid JSON')
    const inner = new FakeRuntime(req.seed)
    const runtime = new JournaledRuntime(inner, req.seed)
    if (req.snapshot !== undefined) await runtime.replay(req.snapshot)
    loader.last = inner
    return {
      lab: FAKE_LAB,
      runtime,
      prompt: () => 'controlplane ~ ➜  ',
      snapshot: () => runtime.snapshot(),
    }
  }
  loader.requests = [] as unknown[]
  loader.last = undefined as FakeRuntime | undefined
  return loader
}
