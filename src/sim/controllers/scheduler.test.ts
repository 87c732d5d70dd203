import { describe, expect, test } from 'vitest'
import type { Event, Node, Pod } from '../api/types'
import { worldBuilder } from '../testing/worldBuilder'
import { fitErrorMessage, nodesToScore } from './scheduler'

function setup() {
  return worldBuilder({ seed: 3, start: '2026-11-24T11:00:00Z' })
    .twoNodeCluster({ controlPlaneTaint: true })
    .advance('1m')
}

function events(b: ReturnType<typeof setup>, name: string): string[] {
  return b.client
    .list<Event>('Event')
    .filter((e) => e.involvedObject.name === name)
    .map((e) => `${e.type} ${e.reason} ${e.source!.component} x${e.count}: ${e.message}`)
}

describe('scheduler', () => {
  test('binds a pod, sets PodScheduled and records Scheduled', () => {
    const b = setup().barePod('web')
    b.world.settle()
    const pod = b.client.get<Pod>('Pod', 'default', 'web')
    expect(pod.spec!.nodeName).toBe('node01')
    expect(pod.status!.conditions).toEqual([
      { type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-11-24T11:01:00Z' },
    ])
    expect(events(b, 'web')).toEqual([
      'Normal Scheduled default-scheduler x1: Successfully assigned default/web to node01',
    ])
  })

  test('leaves a pod Pending with the upstream message when every node is tainted or cordoned, and retries on uncordon', () => {
    const b = setup()
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.unschedulable = true
    })
    b.barePod('web').advance('10s')
    const msg =
      '0/2 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.'
    const pod = b.client.get<Pod>('Pod', 'default', 'web')
    expect(pod.status).toEqual({
      phase: 'Pending',
      qosClass: 'BestEffort',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: msg,
          lastTransitionTime: '2026-11-24T11:01:00Z',
        },
      ],
    })
    expect(events(b, 'web')).toEqual([`Warning FailedScheduling default-scheduler x1: ${msg}`])
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.unschedulable = false
    })
    b.advance('10s')
    expect(b.client.get<Pod>('Pod', 'default', 'web').status!.phase).toBe('Running')
    expect(b.client.get<Pod>('Pod', 'default', 'web').spec!.nodeName).toBe('node01')
  })

  test('a nodeSelector no node matches is reported as affinity/selector', () => {
    const b = setup()
    b.client.create<Pod>({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'picky', namespace: 'default' },
      spec: { nodeSelector: { disk: 'ssd' }, containers: [{ name: 'c', image: 'nginx' }] },
    })
    b.world.settle()
    expect(events(b, 'picky')).toEqual([
      "Warning FailedScheduling default-scheduler x1: 0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }. preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.",
    ])
  })

  test('spreads replicas of one controller over the nodes', () => {
    const b = worldBuilder({ seed: 3 })
      .plainCluster(['a', 'b', 'c'])
      .deployment('web', 6)
      .advance('1m')
    const per = new Map<string, number>()
    for (const p of b.client.list<Pod>('Pod'))
      per.set(p.spec!.nodeName!, (per.get(p.spec!.nodeName!) ?? 0) + 1)
    expect([...per].sort()).toEqual([
      ['a', 2],
      ['b', 2],
      ['c', 2],
    ])
  })

  test('the message sorts reasons and has a form for no nodes at all', () => {
    expect(
      fitErrorMessage(
        3,
        new Map([
          ['node(s) were unschedulable', 2],
          ["node(s) didn't match Pod's node affinity/selector", 1],
        ]),
      ),
    ).toBe(
      "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.",
    )
    expect(fitErrorMessage(0, new Map())).toBe('no nodes available to schedule pods')
  })

  test('big clusters score only an adaptive share of the feasible nodes, like percentageOfNodesToScore', () => {
    expect([50, 99, 100, 500, 5000, 50000].map(nodesToScore)).toEqual([50, 99, 100, 230, 500, 2500])
  })
})
