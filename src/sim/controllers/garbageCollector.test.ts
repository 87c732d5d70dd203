import { describe, expect, test } from 'vitest'
import { podSummary, worldBuilder } from '../testing/worldBuilder'

describe('garbage collector', () => {
  test('deleting a Deployment removes its ReplicaSet and then its pods (background cascade)', () => {
    const b = worldBuilder({ seed: 9 }).plainCluster(['node01']).deployment('web', 2).advance('1m')
    b.client.delete('Deployment', 'default', 'web')
    b.world.settle()
    expect(b.client.list('ReplicaSet')).toEqual([])
    expect(podSummary(b.client).map((l) => l.replace(/web-\w+-\w{5}/, 'web-x'))).toEqual([
      'default/web-x Terminating node01',
      'default/web-x Terminating node01',
    ])
    b.advance('5s')
    expect(b.client.list('Pod')).toEqual([])
  })

  test('an object whose owner uid no longer matches is collected; one whose owner exists is kept', () => {
    const b = worldBuilder({ seed: 9 }).plainCluster(['node01'])
    b.client.create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'owner', namespace: 'default' },
    })
    const owner = b.client.get('ConfigMap', 'default', 'owner')
    const ref = (uid: string) => [
      { apiVersion: 'v1', kind: 'ConfigMap', name: 'owner', uid, controller: true },
    ]
    b.client.create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'kept', namespace: 'default', ownerReferences: ref(owner.metadata.uid!) },
    })
    b.client.create({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'orphan', namespace: 'default', ownerReferences: ref('not-a-uid') },
    })
    b.world.settle()
    expect(b.client.list('ConfigMap').map((c) => c.metadata.name)).toEqual(['kept', 'owner'])
  })
})
