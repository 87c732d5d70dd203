import { describe, expect, test } from 'vitest'
import type { Deployment, Event, ReplicaSet } from '../api/types'
import { worldBuilder } from '../testing/worldBuilder'
import { computeHash } from './deployment'

function setup() {
  return worldBuilder({ seed: 1, start: '2026-11-24T09:20:00Z' }).plainCluster(['node01', 'node02'])
}

describe('deployment controller', () => {
  test('creates a ReplicaSet named with the pod-template-hash and reports status like a real cluster', () => {
    const b = setup().deployment('blue', 3).advance('1m')
    const d = b.client.get<Deployment>('Deployment', 'default', 'blue')
    const hash = computeHash(d.spec!.template)
    expect(hash).toMatch(/^[bcdfghjklmnpqrstvwxz2456789]{6,10}$/)
    const rs = b.client.get<ReplicaSet>('ReplicaSet', 'default', `blue-${hash}`)
    expect(rs.metadata!.labels).toEqual({ app: 'blue', 'pod-template-hash': hash })
    expect(rs.metadata!.annotations).toEqual({
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
      'deployment.kubernetes.io/revision': '1',
    })
    expect(rs.metadata!.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'blue',
        uid: d.metadata!.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ])
    expect(rs.spec!.selector).toEqual({ matchLabels: { app: 'blue', 'pod-template-hash': hash } })
    expect(rs.spec!.template!.metadata!.labels).toEqual({ app: 'blue', 'pod-template-hash': hash })
    expect(d.metadata!.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' })
    expect(d.status).toEqual({
      observedGeneration: 1,
      replicas: 3,
      updatedReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      conditions: [
        {
          type: 'Available',
          status: 'True',
          reason: 'MinimumReplicasAvailable',
          message: 'Deployment has minimum availability.',
          lastUpdateTime: '2026-11-24T09:20:03Z',
          lastTransitionTime: '2026-11-24T09:20:03Z',
        },
        {
          type: 'Progressing',
          status: 'True',
          reason: 'NewReplicaSetAvailable',
          message: `ReplicaSet "blue-${hash}" has successfully progressed.`,
          lastUpdateTime: '2026-11-24T09:20:03Z',
          lastTransitionTime: '2026-11-24T09:20:00Z',
        },
      ],
    })
    const events = b.client
      .list<Event>('Event')
      .filter((e) => e.involvedObject.kind === 'Deployment')
    expect(events.map((e) => `${e.reason} ${e.message}`)).toEqual([
      `ScalingReplicaSet Scaled up replica set blue-${hash} from 0 to 3`,
    ])
  })

  test('the hash ignores key order in the template', () => {
    const a = {
      metadata: { labels: { app: 'x' } },
      spec: { containers: [{ name: 'c', image: 'nginx' }] },
    }
    const b = {
      spec: { containers: [{ image: 'nginx', name: 'c' }] },
      metadata: { labels: { app: 'x' } },
    }
    expect(computeHash(a)).toBe(computeHash(b))
  })

  test('a scale change reaches the ReplicaSet and its pods', () => {
    const b = setup().deployment('blue', 3).advance('1m')
    b.client.patch<Deployment>('Deployment', 'default', 'blue', (d) => {
      d.spec!.replicas = 5
    })
    b.advance('1m')
    const [rs] = b.client.list<ReplicaSet>('ReplicaSet')
    expect([
      rs.spec!.replicas,
      rs.metadata!.annotations!['deployment.kubernetes.io/desired-replicas'],
    ]).toEqual([5, '5'])
    const d = b.client.get<Deployment>('Deployment', 'default', 'blue')
    expect([d.status!.replicas, d.status!.readyReplicas, d.status!.observedGeneration]).toEqual([
      5, 5, 2,
    ])
    expect(b.client.list('Pod')).toHaveLength(5)
  })

  test('a template change makes revision 2 and scales the old ReplicaSet to zero', () => {
    const b = setup().deployment('blue', 3).advance('1m')
    b.client.patch<Deployment>('Deployment', 'default', 'blue', (d) => {
      d.spec!.template.spec!.containers[0].image = 'nginx:1.27'
    })
    b.advance('1m')
    const rss = b.client
      .list<ReplicaSet>('ReplicaSet')
      .map((r) => [
        r.spec!.template!.spec!.containers[0].image,
        r.spec!.replicas,
        r.status!.replicas,
        r.metadata!.annotations!['deployment.kubernetes.io/revision'],
      ])
    expect(rss.sort()).toEqual([
      ['nginx', 0, 0, '1'],
      ['nginx:1.27', 3, 3, '2'],
    ])
    const d = b.client.get<Deployment>('Deployment', 'default', 'blue')
    expect(d.metadata!.annotations!['deployment.kubernetes.io/revision']).toBe('2')
    expect(
      b.client
        .list('Pod')
        .map((p) => (p.spec as { containers: { image: string }[] }).containers[0].image),
    ).toEqual(['nginx:1.27', 'nginx:1.27', 'nginx:1.27'])
  })

  test('without enough schedulable nodes Available is False and progress times out after 600 s', () => {
    const b = setup()
    for (const n of ['node01', 'node02'])
      b.client.patch('Node', undefined, n, (x: { spec?: { unschedulable?: boolean } }) => {
        x.spec = { ...x.spec, unschedulable: true }
      })
    b.deployment('blue', 2).advance('9m')
    const cond = () =>
      b.client
        .get<Deployment>('Deployment', 'default', 'blue')
        .status!.conditions!.map((c) => `${c.type}=${c.status}/${c.reason}`)
    expect(cond()).toEqual([
      'Available=False/MinimumReplicasUnavailable',
      'Progressing=True/ReplicaSetUpdated',
    ])
    b.advance('1m')
    expect(cond()).toEqual([
      'Available=False/MinimumReplicasUnavailable',
      'Progressing=False/ProgressDeadlineExceeded',
    ])
  })
})
