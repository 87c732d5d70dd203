import { describe, expect, test } from 'vitest'
import type { Event, Node, Pod } from '../api/types'
import { worldBuilder } from '../testing/worldBuilder'

function setup() {
  return worldBuilder({ seed: 5, start: '2026-11-24T13:00:00Z' })
    .plainCluster(['node01', 'node02'])
    .advance('2m')
}

const node = (b: ReturnType<typeof setup>, name = 'node01') =>
  b.client.get<Node>('Node', undefined, name)

describe('node lifecycle controller', () => {
  test('a stopped kubelet makes every condition Unknown exactly 50 s later, with the unreachable taints', () => {
    const b = setup()
    b.world.setPower('node01', false)
    b.advance(49_999)
    expect(node(b).status!.conditions!.map((c) => c.status)).toEqual([
      'False',
      'False',
      'False',
      'True',
    ])
    b.advance(1)
    expect(node(b).status!.conditions).toEqual(
      ['MemoryPressure', 'DiskPressure', 'PIDPressure', 'Ready'].map((type) => ({
        type,
        status: 'Unknown',
        reason: 'NodeStatusUnknown',
        message: 'Kubelet stopped posting node status.',
        lastHeartbeatTime: '2026-11-24T13:00:00Z',
        lastTransitionTime: '2026-11-24T13:02:50Z',
      })),
    )
    expect(node(b).spec!.taints).toEqual([
      {
        key: 'node.kubernetes.io/unreachable',
        effect: 'NoExecute',
        timeAdded: '2026-11-24T13:02:50Z',
      },
      {
        key: 'node.kubernetes.io/unreachable',
        effect: 'NoSchedule',
        timeAdded: '2026-11-24T13:02:50Z',
      },
    ])
  })

  test('stopping only the kubelet service has the same effect, and starting it again removes the taints', () => {
    const b = setup()
    const host = b.world.hosts.get('node02')!
    host.setService('kubelet', { active: false }, b.world.clock.now())
    b.advance('50s')
    expect(node(b, 'node02').spec!.taints?.map((t) => t.key)).toEqual([
      'node.kubernetes.io/unreachable',
      'node.kubernetes.io/unreachable',
    ])
    host.setService('kubelet', { active: true }, b.world.clock.now())
    b.world.settle()
    const n = node(b, 'node02')
    expect(n.spec!.taints).toBeUndefined()
    expect(n.status!.conditions!.map((c) => `${c.type}=${c.status}/${c.reason}`)).toEqual([
      'MemoryPressure=False/KubeletHasSufficientMemory',
      'DiskPressure=False/KubeletHasNoDiskPressure',
      'PIDPressure=False/KubeletHasSufficientPID',
      'Ready=True/KubeletReady',
    ])
    const reasons = b.client
      .list<Event>('Event')
      .filter((e) => e.involvedObject.name === 'node02')
      .sort((a, c) =>
        a.lastTimestamp! < c.lastTimestamp! ? -1 : a.lastTimestamp! > c.lastTimestamp! ? 1 : 0,
      )
      .map((e) => `${e.reason} x${e.count}`)
    expect(reasons.slice(-7).sort()).toEqual(
      [
        'NodeAllocatableEnforced x2',
        'NodeHasNoDiskPressure x2',
        'NodeHasSufficientMemory x2',
        'NodeHasSufficientPID x2',
        'NodeNotReady x1',
        'NodeReady x2',
        'Starting x2',
      ].sort(),
    )
  })

  test('cordon adds the unschedulable taint and the kubelet records NodeNotSchedulable; uncordon undoes both', () => {
    const b = setup()
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.unschedulable = true
    })
    b.world.settle()
    expect(node(b).spec!.taints).toEqual([
      {
        key: 'node.kubernetes.io/unschedulable',
        effect: 'NoSchedule',
        timeAdded: '2026-11-24T13:02:00Z',
      },
    ])
    b.advance('1m')
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.unschedulable = false
    })
    b.world.settle()
    expect(node(b).spec!.taints).toBeUndefined()
    const evs = b.client
      .list<Event>('Event')
      .filter((e) => e.involvedObject.name === 'node01' && e.reason!.includes('Schedulable'))
      .map((e) => [e.reason, e.message, e.source, e.firstTimestamp])
    expect(evs.sort()).toEqual([
      [
        'NodeNotSchedulable',
        'Node node01 status is now: NodeNotSchedulable',
        { component: 'kubelet', host: 'node01' },
        '2026-11-24T13:02:00Z',
      ],
      [
        'NodeSchedulable',
        'Node node01 status is now: NodeSchedulable',
        { component: 'kubelet', host: 'node01' },
        '2026-11-24T13:03:00Z',
      ],
    ])
  })

  test('pods on a lost node are marked not ready with a NodeNotReady event', () => {
    const b = setup().barePod('web', 'node01').advance('10s')
    b.world.setPower('node01', false)
    b.advance('50s')
    const pod = b.client.get<Pod>('Pod', 'default', 'web')
    expect(pod.status!.phase).toBe('Running')
    const ready = pod.status!.conditions!.find((c) => c.type === 'Ready')!
    // the transition is the moment the node went Unknown; container statuses stay as reported
    expect([ready.status, ready.lastTransitionTime]).toEqual(['False', '2026-11-24T13:03:00Z'])
    expect(pod.status!.containerStatuses!.map((c) => c.ready)).toEqual([true])
    const ev = b.client
      .list<Event>('Event')
      .filter((e) => e.involvedObject.name === 'web' && e.reason === 'NodeNotReady')
    expect(ev.map((e) => `${e.type} ${e.message}`)).toEqual(['Warning Node is not ready'])
  })
})
