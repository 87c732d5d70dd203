import { describe, expect, test } from 'vitest'
import type { Pod } from '../api/types'
import { podSummary, worldBuilder } from '../testing/worldBuilder'

const MANIFEST = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: kube-system
  labels:
    component: web
spec:
  containers:
  - name: web
    image: nginx:1.27
`

function setup() {
  const b = worldBuilder({ seed: 12, start: '2026-11-24T17:00:00Z' })
    .plainCluster(['node01'])
    .advance('1m')
  return { b, host: b.world.hosts.get('node01')! }
}

describe('static pods', () => {
  test('a manifest becomes a mirror pod <name>-<node> owned by the Node, and runs', () => {
    const { b, host } = setup()
    host.fs.write('/etc/kubernetes/manifests/web.yaml', MANIFEST)
    b.advance('5s')
    const pod = b.client.get<Pod>('Pod', 'kube-system', 'web-node01')
    const node = b.client.get('Node', undefined, 'node01')
    const ann = pod.metadata!.annotations!
    expect(Object.keys(ann).sort()).toEqual([
      'kubernetes.io/config.hash',
      'kubernetes.io/config.mirror',
      'kubernetes.io/config.seen',
      'kubernetes.io/config.source',
    ])
    expect([
      ann['kubernetes.io/config.source'],
      ann['kubernetes.io/config.mirror'] === ann['kubernetes.io/config.hash'],
    ]).toEqual(['file', true])
    expect(ann['kubernetes.io/config.seen']).toBe('2026-11-24T17:01:00.000000000Z')
    expect(pod.metadata!.ownerReferences).toEqual([
      { apiVersion: 'v1', kind: 'Node', name: 'node01', uid: node.metadata.uid, controller: true },
    ])
    expect(pod.spec!.tolerations).toEqual([{ operator: 'Exists', effect: 'NoExecute' }])
    expect(pod.status!.phase).toBe('Running')
  })

  test('changing a manifest replaces the pod, removing it deletes the pod, a hand-deleted mirror comes back', () => {
    const { b, host } = setup()
    host.fs.write('/etc/kubernetes/manifests/web.yaml', MANIFEST)
    b.advance('5s')
    const uid1 = b.client.get<Pod>('Pod', 'kube-system', 'web-node01').metadata!.uid
    host.fs.write(
      '/etc/kubernetes/manifests/web.yaml',
      MANIFEST.replace('nginx:1.27', 'nginx:1.28'),
    )
    b.world.settle()
    const p2 = b.client.get<Pod>('Pod', 'kube-system', 'web-node01')
    expect([p2.metadata!.uid === uid1, p2.spec!.containers[0].image, p2.status!.phase]).toEqual([
      false,
      'nginx:1.28',
      'Pending',
    ])
    b.advance('5s')
    b.client.delete('Pod', 'kube-system', 'web-node01')
    b.world.settle()
    const p3 = b.client.get<Pod>('Pod', 'kube-system', 'web-node01')
    expect(p3.metadata!.uid === p2.metadata!.uid).toBe(false)
    host.fs.remove('/etc/kubernetes/manifests/web.yaml')
    b.world.settle()
    expect(podSummary(b.client)).toEqual([])
  })

  test('an invalid manifest is skipped', () => {
    const { b, host } = setup()
    host.fs.write('/etc/kubernetes/manifests/bad.yaml', 'kind: Pod\nmetadata: [oops\n')
    host.fs.write('/etc/kubernetes/manifests/.hidden.yaml', MANIFEST)
    b.advance('5s')
    expect(podSummary(b.client)).toEqual([])
  })
})
