// The OS-upgrades story: a node powered off goes NotReady after the grace period, its pods are
// evicted after the toleration, ReplicaSet pods come back elsewhere and the bare pod is gone.
import { describe, expect, test } from 'vitest'
import type { Node } from '../api/types'
import { isWorkloadPod, podSummary, worldBuilder } from './worldBuilder'

function nodeState(n: Node): string {
  const ready = n.status?.conditions?.find((c) => c.type === 'Ready')?.status
  const taints = (n.spec?.taints ?? []).map((t) => `${t.key}:${t.effect}`).join(',')
  return `${n.metadata!.name} Ready=${ready} taints=[${taints}]`
}

describe('a worker powered off and on again', () => {
  test('goes NotReady after 50 s, loses its pods after 300 s more and comes back empty', () => {
    const b = worldBuilder({ seed: 7, start: '2026-11-24T09:00:00Z' })
      .twoNodeCluster()
      .advance('1m')
    b.deployment('blue', 3).barePod('hr-app', 'node01').advance('1m')
    const { client, world } = b
    const workload = (): string[] => podSummary(client, isWorkloadPod)
    const blueNodes = new Set(
      client
        .list('Pod')
        .filter((p) => p.metadata.name.startsWith('blue-'))
        .map((p) => (p.spec as { nodeName: string }).nodeName),
    )
    expect([...blueNodes].sort()).toEqual(['controlplane', 'node01'])
    const before = workload()

    world.setPower('node01', false)
    world.clock.advance('49s')
    expect(nodeState(client.get<Node>('Node', undefined, 'node01'))).toBe(
      'node01 Ready=True taints=[]',
    )
    world.clock.advance('1s')
    expect(nodeState(client.get<Node>('Node', undefined, 'node01'))).toBe(
      'node01 Ready=Unknown taints=[node.kubernetes.io/unreachable:NoExecute,node.kubernetes.io/unreachable:NoSchedule]',
    )
    const notReady = client
      .list('Event')
      .filter(
        (e) =>
          e.reason === 'NodeNotReady' && (e.involvedObject as { kind: string }).kind === 'Node',
      )
    expect(notReady.map((e) => [e.message, (e.source as { component: string }).component])).toEqual(
      [['Node node01 status is now: NodeNotReady', 'node-controller']],
    )

    world.clock.advance('299s')
    expect(workload()).toEqual(before)
    world.clock.advance('1s')
    world.clock.advance('10s')
    const after = workload()
    const onNode01 = after.filter((l) => l.endsWith(' node01'))
    expect(onNode01.every((l) => l.includes(' Terminating '))).toBe(true)
    expect(onNode01.some((l) => l.startsWith('default/hr-app '))).toBe(true)
    const running = after.filter((l) => l.includes(' Running '))
    expect(running.every((l) => l.endsWith(' controlplane'))).toBe(true)
    expect(running.filter((l) => l.startsWith('default/blue-'))).toHaveLength(3)

    world.setPower('node01', true)
    world.clock.advance('10s')
    expect(nodeState(client.get<Node>('Node', undefined, 'node01'))).toBe(
      'node01 Ready=True taints=[]',
    )
    expect(workload().filter((l) => l.endsWith(' node01'))).toEqual([])
    expect(client.tryGet('Pod', 'default', 'hr-app')).toBeUndefined()
    world.clock.advance('30m')
    expect(client.tryGet('Pod', 'default', 'hr-app')).toBeUndefined()
    expect(workload().filter((l) => l.endsWith(' node01'))).toEqual([])
  })
})
