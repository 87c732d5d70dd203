import { describe, expect, test } from 'vitest'
import type { DaemonSet, Node, Pod } from '../api/types'
import { podSummary, worldBuilder } from '../testing/worldBuilder'

function setup() {
  return worldBuilder({ seed: 4, start: '2026-11-24T12:00:00Z' }).plainCluster(['node01', 'node02'])
}

describe('daemonset controller', () => {
  test('runs one pod per node, pinned with matchFields and carrying the daemon tolerations', () => {
    const b = setup().daemonSet('agent').advance('1m')
    const pods = b.client.list<Pod>('Pod')
    expect(pods.map((p) => p.spec!.nodeName).sort()).toEqual(['node01', 'node02'])
    const pod = pods.find((p) => p.spec!.nodeName === 'node01')!
    expect(pod.spec!.affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['node01'] }] },
          ],
        },
      },
    })
    expect(pod.spec!.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
      { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
    ])
    expect(b.client.get<DaemonSet>('DaemonSet', 'default', 'agent').status).toEqual({
      currentNumberScheduled: 2,
      desiredNumberScheduled: 2,
      numberMisscheduled: 0,
      numberReady: 2,
      observedGeneration: 1,
      updatedNumberScheduled: 2,
      numberAvailable: 2,
    })
  })

  test('keeps its pod on a cordoned node and starts one there after it is deleted', () => {
    const b = setup().daemonSet('agent').advance('1m')
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.unschedulable = true
    })
    b.advance('10s')
    const onNode01 = () => podSummary(b.client).filter((l) => l.endsWith('node01'))
    const [before] = onNode01()
    expect(before).toMatch(/^default\/agent-\w{5} Running node01$/)
    b.client.delete('Pod', 'default', before.split(' ')[0].split('/')[1])
    b.advance('10s')
    const [after] = onNode01()
    expect(after).toMatch(/^default\/agent-\w{5} Running node01$/)
    expect(after).not.toBe(before)
  })

  test('skips nodes with a NoSchedule taint it does not tolerate and nodes its selector excludes', () => {
    const b = setup()
    b.client.patch<Node>('Node', undefined, 'node02', (n) => {
      n.spec!.taints = [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }]
    })
    b.daemonSet('agent').advance('1m')
    expect(podSummary(b.client).map((l) => l.split(' ')[2])).toEqual(['node01'])
    expect(
      b.client.get<DaemonSet>('DaemonSet', 'default', 'agent').status!.desiredNumberScheduled,
    ).toBe(1)
  })

  test('a node that joins gets a pod', () => {
    const b = setup().daemonSet('agent').advance('1m')
    b.world.addHost({
      name: 'node03',
      ip: '10.0.0.3',
      cluster: 'kubernetes',
      role: 'worker',
      packages: { kubelet: '1.33.0' },
      services: { kubelet: { active: true } },
    })
    b.cluster.manager.poke('kubelet', 'node03')
    b.advance('1m')
    expect(podSummary(b.client).every((l) => l.includes(' Running '))).toBe(true)
    expect(
      b.client
        .list<Pod>('Pod')
        .map((p) => p.spec!.nodeName)
        .sort(),
    ).toEqual(['node01', 'node02', 'node03'])
  })

  test('the API server keeps its template generation as an annotation; pods carry it as a label', () => {
    const b = setup().daemonSet('agent').advance('1m')
    const gen = () =>
      b.client.get<DaemonSet>('DaemonSet', 'default', 'agent').metadata!.annotations?.[
        'deprecated.daemonset.template.generation'
      ]
    const podGens = () =>
      b.client
        .list<Pod>('Pod')
        .map((p) => p.metadata!.labels!['pod-template-generation'])
        .sort()
    expect(gen()).toBe('1')
    expect(podGens()).toEqual(['1', '1'])
    // a change outside the template: metadata.generation moves, the template generation does not
    b.client.patch<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
      d.spec!.minReadySeconds = 5
    })
    expect(gen()).toBe('1')
    // a client cannot set it
    b.client.patch<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
      d.metadata!.annotations!['deprecated.daemonset.template.generation'] = '9'
    })
    expect(gen()).toBe('1')
    // a new pod template: 2, and pods created from now on say so
    b.client.patch<DaemonSet>('DaemonSet', 'default', 'agent', (d) => {
      d.spec!.template.metadata!.labels = { ...d.spec!.template.metadata!.labels, v: '2' }
    })
    expect(gen()).toBe('2')
    const old = b.client.list<Pod>('Pod')[0]
    b.client.delete('Pod', 'default', old.metadata!.name!, { gracePeriodSeconds: 0 })
    b.advance('1m')
    expect(podGens()).toContain('2')
  })
})
