import { describe, expect, test } from 'vitest'
import type { Container, Pod, ReplicaSet } from '../api/types'
import { podSummary, worldBuilder } from '../testing/worldBuilder'
import { deletionOrder } from './replicaSet'

const NGINX = { name: 'nginx', image: 'nginx' }
const SLEEPER = { name: 'sleeper', image: 'busybox', command: ['sleep', '3600'] }

function rsManifest(replicas: number, container: Container = NGINX): ReplicaSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      replicas,
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container] } },
    },
  }
}

function setup() {
  return worldBuilder({ seed: 2, start: '2026-11-24T10:00:00Z' }).plainCluster(['node01', 'node02'])
}

describe('replicaset controller', () => {
  test('creates its pods with generateName, labels and a controller reference, and counts them', () => {
    const b = setup()
    const rs = b.client.create<ReplicaSet>(rsManifest(2))
    b.advance('1m')
    const pods = b.client.list<Pod>('Pod')
    expect(pods.map((p) => p.metadata!.name)).toEqual(['web-h6v7l', 'web-ktb79'])
    expect(
      pods.map((p) => [p.metadata!.generateName, p.metadata!.labels, p.metadata!.ownerReferences]),
    ).toEqual(
      pods.map(() => [
        'web-',
        { app: 'web' },
        [
          {
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            name: 'web',
            uid: rs.metadata!.uid,
            controller: true,
            blockOwnerDeletion: true,
          },
        ],
      ]),
    )
    expect(b.client.get<ReplicaSet>('ReplicaSet', 'default', 'web').status).toEqual({
      replicas: 2,
      fullyLabeledReplicas: 2,
      readyReplicas: 2,
      availableReplicas: 2,
      observedGeneration: 1,
    })
  })

  test('replaces a pod as soon as it is terminating, without waiting for it to go', () => {
    const b = setup()
    b.client.create(rsManifest(1, SLEEPER))
    b.advance('1m')
    const [first] = b.client.list<Pod>('Pod')
    b.client.delete('Pod', 'default', first.metadata!.name!)
    b.world.settle()
    expect(podSummary(b.client)).toEqual([
      `default/${first.metadata!.name} Terminating ${first.spec!.nodeName}`,
      'default/web-pzztf Pending node02',
    ])
    b.advance('29s')
    expect(podSummary(b.client)).toHaveLength(2)
    b.advance('1s')
    expect(podSummary(b.client)).toEqual(['default/web-pzztf Running node02'])
  })

  test('scales down unscheduled pods first, then pending, then the newest', () => {
    const mk = (name: string, node: string | undefined, phase: string, created: string): Pod => ({
      metadata: { name, creationTimestamp: created },
      spec: { nodeName: node, containers: [] },
      status: { phase },
    })
    const pods = [
      mk('old-running', 'n1', 'Running', '2026-01-01T00:00:00Z'),
      mk('new-running', 'n1', 'Running', '2026-01-02T00:00:00Z'),
      mk('pending', 'n1', 'Pending', '2026-01-01T00:00:00Z'),
      mk('unscheduled', undefined, 'Pending', '2026-01-01T00:00:00Z'),
    ]
    expect(deletionOrder(pods, new Map()).map((p) => p.metadata!.name)).toEqual([
      'unscheduled',
      'pending',
      'new-running',
      'old-running',
    ])
  })

  test('scaling to zero deletes every pod and reports zero replicas', () => {
    const b = setup()
    b.client.create(rsManifest(3))
    b.advance('1m')
    b.client.patch<ReplicaSet>('ReplicaSet', 'default', 'web', (r) => {
      r.spec!.replicas = 0
    })
    b.advance('1m')
    expect(b.client.list('Pod')).toEqual([])
    expect(b.client.get<ReplicaSet>('ReplicaSet', 'default', 'web').status).toEqual({
      replicas: 0,
      observedGeneration: 2,
    })
  })
})
