import { describe, expect, it } from 'vitest'
import type { Node } from '../sim'
import { run, tinyRuntime } from './testing/fixtures'
import type { LabRuntime } from './runtime'

const hasLate = (rt: LabRuntime) =>
  rt.world.cluster()!.client.tryGet('Deployment', 'default', 'late') !== undefined

const nodeReady = (rt: LabRuntime, name: string) =>
  rt.world
    .cluster()!
    .client.get<Node>('Node', undefined, name)
    .status?.conditions?.find((c) => c.type === 'Ready')?.status

describe('building the world', () => {
  it('creates Namespaces before the objects in them and lets the cluster settle', async () => {
    const rt = tinyRuntime()
    const r = await run(rt, "kubectl get deploy -n shop --no-headers | awk '{print $1, $2}'")
    expect(r).toEqual({ code: 0, stdout: 'web 2/2\n', stderr: '' })
    expect(rt.session.host).toBe('controlplane')
  })

  it('gives the same pod names for the same seed and other names for another seed', async () => {
    const names = async (seed: number) =>
      (await run(tinyRuntime(seed), 'kubectl get pods -n shop -o name')).stdout
    expect(await names(1)).toBe(await names(1))
    expect(await names(1)).not.toBe(await names(2))
  })
})

describe('question setups', () => {
  it('do not run before the question is reached', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab questions')
    await run(rt, 'lab hint 4')
    await run(rt, 'lab solution 4')
    await run(rt, 'lab status')
    expect(hasLate(rt)).toBe(false)
    expect(rt.progress[3].setupDone).toBe(false)
  })

  it('run the first time the question is shown', async () => {
    const rt = tinyRuntime()
    await rt.show(4)
    expect(hasLate(rt)).toBe(true)
  })

  it('run the first time the question is checked', async () => {
    const rt = tinyRuntime()
    await rt.check(4)
    expect(hasLate(rt)).toBe(true)
  })

  it('run when the previous question is completed, not when it is answered wrongly', async () => {
    const rt = tinyRuntime()
    await rt.answer(3, '3')
    expect(hasLate(rt)).toBe(false)
    await rt.answer(3, '2')
    expect(hasLate(rt)).toBe(true)
    expect(rt.current).toBe(4)
  })

  it('run only once', async () => {
    const rt = tinyRuntime()
    await rt.show(4)
    await run(rt, 'kubectl delete deployment late')
    await rt.show(4)
    await rt.check(4)
    expect(hasLate(rt)).toBe(false)
  })

  it('leave no trace in the student session history', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab show 4')
    expect(rt.session.history).toEqual(['lab show 4'])
    expect(rt.commands).toEqual([])
  })
})

describe('grading', () => {
  it('grades a task incorrect before and correct after its solution', async () => {
    const rt = tinyRuntime()
    expect(await rt.check(4)).toEqual({
      correct: false,
      failures: ['node01 is still schedulable'],
      explanation: undefined,
    })
    await run(rt, 'kubectl cordon node01')
    expect(await rt.check(4)).toEqual({
      correct: true,
      failures: [],
      explanation: 'cordon sets spec.unschedulable.',
    })
    expect(rt.progress[3]).toMatchObject({ state: 'correct', attempts: 2 })
  })

  it('grades a command check by running it in a fresh session', async () => {
    const rt = tinyRuntime()
    await rt.show(5)
    expect((await rt.check(5)).failures).toEqual(['node01 has no label disk=ssd'])
    await run(rt, 'kubectl label node node01 disk=ssd')
    expect((await rt.check(5)).correct).toBe(true)
    expect(rt.session.history).toEqual(['kubectl label node node01 disk=ssd'])
  })

  it('records the student commands with their exit codes, not lab commands', async () => {
    const rt = tinyRuntime()
    await run(rt, 'kubectl get nodes')
    await run(rt, 'lab status')
    await run(rt, 'kubectl get nod')
    expect(rt.commands).toEqual([
      { host: 'controlplane', line: 'kubectl get nodes', exitCode: 0, seq: 0 },
      { host: 'controlplane', line: 'kubectl get nod', exitCode: 1, seq: 1 },
    ])
  })

  it('reports progress as lab status --json does', async () => {
    const rt = tinyRuntime()
    await rt.show(1)
    await rt.answer(2, '1')
    expect(rt.status()).toEqual({
      score: 1,
      total: 5,
      questions: [
        { n: 1, id: 'welcome', state: 'correct' },
        { n: 2, id: 'where', state: 'incorrect' },
        { n: 3, id: 'count', state: 'unanswered' },
        { n: 4, id: 'cordon', state: 'unanswered' },
        { n: 5, id: 'label', state: 'unanswered' },
      ],
    })
  })

  it('reset gives a fresh world from the same seed and clears progress', async () => {
    const rt = tinyRuntime()
    const before = (await run(rt, 'kubectl get pods -A -o name')).stdout
    await rt.answer(3, '2')
    await run(rt, 'kubectl cordon node01')
    rt.reset()
    expect(rt.status().score).toBe(0)
    expect(hasLate(rt)).toBe(false)
    expect((await run(rt, 'kubectl get pods -A -o name')).stdout).toBe(before)
    expect((await rt.check(4)).correct).toBe(false)
  })
})

describe('time and power', () => {
  it('a powered-off node turns NotReady after the grace period and Ready again after power-on', async () => {
    const rt = tinyRuntime()
    rt.powerOff('node01')
    expect(nodeReady(rt, 'node01')).toBe('True')
    rt.advance('1m')
    expect(nodeReady(rt, 'node01')).toBe('Unknown')
    rt.powerOn('node01')
    rt.advance('1m')
    expect(nodeReady(rt, 'node01')).toBe('True')
  })

  it('refuses a node that does not exist', () => {
    const rt = tinyRuntime()
    expect(() => rt.powerOff('node09')).toThrow('no node or host named "node09"')
  })
})

describe('command checks', () => {
  it('are refused when their command writes to the cluster', async () => {
    const rt = tinyRuntime()
    const q = rt.lab.questions[4]
    if (q.type !== 'task') throw new Error('fixture changed')
    q.check = { kind: 'command', command: 'kubectl cordon node01', exitCode: 0 }
    await rt.show(5)
    expect(await rt.check(5)).toEqual({
      correct: false,
      failures: [
        'the check could not run: the check command `kubectl cordon node01` changed the cluster; checks must be read-only',
      ],
      explanation: undefined,
    })
  })
})
