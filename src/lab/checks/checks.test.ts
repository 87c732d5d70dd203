import { describe, expect, it } from 'vitest'
import { createWorld, type KObject, type World } from '../../sim'
import type { Check } from '../schema'
import { evaluateCheck, type CheckContext, type CommandRecord } from '.'

/** A world with no controllers: exactly the objects given, as the API stores them. */
function worldWith(objects: Record<string, unknown>[]): World {
  const w = createWorld({ seed: 1, start: '2026-11-24T09:00:00Z' })
  const c = w.addCluster({ name: 'kubernetes', version: 'v1.33.0' }, [])
  c.client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'default' } })
  for (const o of objects) c.client.create(o as unknown as KObject)
  return w
}

const node = (name: string, spec: Record<string, unknown> = {}, ready = 'True') => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name, labels: { 'kubernetes.io/hostname': name } },
  spec,
  status: { conditions: [{ type: 'Ready', status: ready }] },
})

const pod = (
  name: string,
  nodeName: string,
  phase = 'Running',
  labels: Record<string, string> = {},
) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels },
  spec: { nodeName, containers: [{ name: 'c', image: 'nginx' }] },
  status: { phase },
})

function ctx(world: World, commands: CommandRecord[] = []): CheckContext {
  return {
    world,
    lang: 'en',
    commands,
    defaultHost: 'controlplane',
    run: async (host, line) =>
      line === 'hostname'
        ? { stdout: `${host}\n`, stderr: '', exitCode: 0 }
        : { stdout: '', stderr: `bash: ${line}: command not found\n`, exitCode: 127 },
  }
}

const cordoned = worldWith([
  node('controlplane'),
  node('node01', {
    unschedulable: true,
    taints: [{ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }],
  }),
  pod('hr-app', 'node01'),
  pod('blue-1', 'controlplane', 'Running', { app: 'blue' }),
  pod('blue-2', 'controlplane', 'Pending', { app: 'blue' }),
])
const uncordoned = worldWith([
  node('controlplane'),
  node('node01', {}, 'Unknown'),
  pod('hr-app', 'controlplane', 'Pending'),
])

async function run(check: Check, world: World, commands?: CommandRecord[]) {
  return evaluateCheck(check, ctx(world, commands))
}

describe('object checks', () => {
  const hrOnNode01: Check = {
    kind: 'object',
    resource: 'pods',
    name: 'hr-app',
    where: [
      { path: '.spec.nodeName', op: 'eq', value: 'node01' },
      { path: '.status.phase', op: 'eq', value: 'Running' },
    ],
  }

  it('pass when the named object meets every condition', async () => {
    expect(await run(hrOnNode01, cordoned)).toEqual({ ok: true, failures: [] })
  })

  it('name each failed condition with the value found', async () => {
    expect(await run(hrOnNode01, uncordoned)).toEqual({
      ok: false,
      failures: [
        'pod default/hr-app: .spec.nodeName is "controlplane", expected "node01"',
        'pod default/hr-app: .status.phase is "Pending", expected "Running"',
      ],
    })
  })

  it('treat an absent boolean as false, as the API omits it', async () => {
    const check: Check = {
      kind: 'object',
      resource: 'node',
      name: 'node01',
      where: [{ path: '.spec.unschedulable', op: 'eq', value: false }],
    }
    expect(await run(check, uncordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(check, cordoned)).toEqual({
      ok: false,
      failures: ['node node01: .spec.unschedulable is true, expected absent or false'],
    })
  })

  it('say when the named object does not exist', async () => {
    const check: Check = { kind: 'object', resource: 'Pod', name: 'red' }
    expect(await run(check, cordoned)).toEqual({
      ok: false,
      failures: ['pod default/red does not exist'],
    })
  })

  it('count objects by selectors and conditions', async () => {
    const running: Check = {
      kind: 'object',
      resource: 'po',
      labelSelector: 'app=blue',
      where: [{ path: '.status.phase', op: 'in', value: ['Running', 'Succeeded'] }],
      count: { eq: 2 },
    }
    expect(await run(running, cordoned)).toEqual({
      ok: false,
      failures: [
        'expected exactly 2 pods in namespace default with labels app=blue where .status.phase in ["Running","Succeeded"], found 1: blue-1',
      ],
    })
    const none: Check = {
      kind: 'object',
      resource: 'Pod',
      fieldSelector: 'spec.nodeName=node01',
      count: { eq: 0 },
    }
    expect(await run(none, uncordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(none, cordoned)).toEqual({
      ok: false,
      failures: [
        'expected no pods in namespace default with spec.nodeName=node01, found 1: hr-app',
      ],
    })
  })

  it('match, exist and absent on paths with indexes and quoted keys', async () => {
    const check: Check = {
      kind: 'object',
      resource: 'Node',
      name: 'node01',
      where: [
        { path: '.spec.taints[0].key', op: 'matches', value: '^node\\.kubernetes\\.io/' },
        { path: '.metadata.labels["kubernetes.io/hostname"]', op: 'exists' },
        { path: '.metadata.labels.disk', op: 'absent' },
      ],
    }
    expect(await run(check, cordoned)).toEqual({ ok: true, failures: [] })
    expect((await run(check, uncordoned)).failures).toEqual([
      'node node01: .spec.taints[0].key is absent, expected it to match /^node\\.kubernetes\\.io//',
    ])
  })

  it('use the lab message instead of the plain description', async () => {
    const check: Check = {
      ...hrOnNode01,
      message: {
        en: 'hr-app is not Running on node01',
        ko: 'hr-app이 node01에서 Running이 아닙니다',
      },
    }
    expect(await run(check, uncordoned)).toEqual({
      ok: false,
      failures: ['hr-app is not Running on node01'],
    })
    const ko = await evaluateCheck(check, { ...ctx(uncordoned), lang: 'ko' })
    expect(ko.failures).toEqual(['hr-app이 node01에서 Running이 아닙니다'])
  })
})

describe('node checks', () => {
  it('say in words that a node is still schedulable', async () => {
    const check: Check = { kind: 'node', name: 'node01', schedulable: false }
    expect(await run(check, cordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(check, uncordoned)).toEqual({
      ok: false,
      failures: ['node01 is still schedulable'],
    })
  })

  it('check readiness and taints', async () => {
    const check: Check = {
      kind: 'node',
      name: 'node01',
      ready: true,
      schedulable: true,
      taint: { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule', present: false },
    }
    expect(await run(check, cordoned)).toEqual({
      ok: false,
      failures: [
        'node01 is still unschedulable (cordoned)',
        'node01 still has the taint node.kubernetes.io/unschedulable:NoSchedule',
      ],
    })
    expect(await run(check, uncordoned)).toEqual({ ok: false, failures: ['node01 is not Ready'] })
  })

  it('say when the node does not exist', async () => {
    expect(await run({ kind: 'node', name: 'node09', ready: true }, cordoned)).toEqual({
      ok: false,
      failures: ['node node09 does not exist'],
    })
  })
})

describe('command checks', () => {
  it('match output and exit code of a command run on a host', async () => {
    const ok: Check = {
      kind: 'command',
      host: 'node01',
      command: 'hostname',
      stdout: { equals: 'node01\n' },
      exitCode: 0,
    }
    expect(await run(ok, cordoned)).toEqual({ ok: true, failures: [] })
    const bad: Check = {
      kind: 'command',
      command: 'etcdctl version',
      stdout: { contains: 'etcdctl version: 3.5' },
      exitCode: 0,
    }
    expect(await run(bad, cordoned)).toEqual({
      ok: false,
      failures: [
        '`etcdctl version` exited with 127, expected 0',
        '`etcdctl version`: its output does not contain "etcdctl version: 3.5"',
      ],
    })
  })
})

describe('lastCommand checks', () => {
  const drainFails: Check = { kind: 'lastCommand', matches: '\\bdrain\\s+node01\\b', exitCode: 1 }
  const rec = (line: string, exitCode: number, host = 'controlplane'): CommandRecord => ({
    host,
    line,
    exitCode,
    seq: 0,
  })

  it('look at the latest matching command on the host', async () => {
    const cmds = [rec('kubectl drain node01 --ignore-daemonsets', 1), rec('kubectl get pods', 0)]
    expect(await run(drainFails, cordoned, cmds)).toEqual({ ok: true, failures: [] })
  })

  it('say which command ended the wrong way', async () => {
    const cmds = [
      rec('kubectl drain node01 --ignore-daemonsets', 1),
      rec('kubectl drain node01 --ignore-daemonsets --force', 0),
    ]
    expect(await run(drainFails, cordoned, cmds)).toEqual({
      ok: false,
      failures: ['`kubectl drain node01 --ignore-daemonsets --force` exited with 0, expected 1'],
    })
  })

  it('say when no such command was run on that host', async () => {
    expect(await run(drainFails, cordoned, [rec('kubectl drain node01', 1, 'node01')])).toEqual({
      ok: false,
      failures: ['no command matching /\\bdrain\\s+node01\\b/ has been run on controlplane yet'],
    })
  })
})

describe('all, any and not', () => {
  const sched: Check = { kind: 'node', name: 'node01', schedulable: false }
  const ready: Check = { kind: 'node', name: 'node01', ready: true }

  it('all collects every failure', async () => {
    const check: Check = { kind: 'all', checks: [sched, ready] }
    expect(await run(check, cordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(check, uncordoned)).toEqual({
      ok: false,
      failures: ['node01 is still schedulable', 'node01 is not Ready'],
    })
  })

  it('any passes when one passes and otherwise lists why none did', async () => {
    const check: Check = { kind: 'any', checks: [sched, ready] }
    expect(await run(check, cordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(check, uncordoned)).toEqual({
      ok: false,
      failures: ['none of these holds: node01 is still schedulable; node01 is not Ready'],
    })
  })

  it('not inverts and describes what should not hold', async () => {
    const check: Check = { kind: 'not', check: sched }
    expect(await run(check, uncordoned)).toEqual({ ok: true, failures: [] })
    expect(await run(check, cordoned)).toEqual({
      ok: false,
      failures: ['expected this to be false: node01 is unschedulable'],
    })
  })
})
