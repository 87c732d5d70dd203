// Test helpers for the graph selectors: a small cluster written through the API client the way
// kubeadm, the controllers and kubectl would leave it (no controllers run, so nothing moves).
import { createWorld, type KObject, type Node, type Pod, type World } from '../../sim'

export const START = '2025-01-01T00:00:00Z'

export function nodeObject(
  name: string,
  opts: { controlPlane?: boolean; ready?: 'True' | 'False' | 'Unknown' } = {},
): KObject {
  const labels: Record<string, string> = { 'kubernetes.io/hostname': name }
  if (opts.controlPlane) labels['node-role.kubernetes.io/control-plane'] = ''
  const node: Node = {
    metadata: { name, labels },
    spec: opts.controlPlane
      ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] }
      : {},
    status: {
      conditions: [{ type: 'Ready', status: opts.ready ?? 'True', lastHeartbeatTime: START }],
      nodeInfo: { kubeletVersion: 'v1.32.1' } as NonNullable<Node['status']>['nodeInfo'],
    },
  }
  return { apiVersion: 'v1', kind: 'Node', ...node } as KObject
}

export function podObject(
  ns: string,
  name: string,
  nodeName: string | undefined,
  opts: { owner?: { kind: string; name: string }; running?: boolean; waiting?: string } = {},
): KObject {
  const pod: Pod = {
    metadata: {
      name,
      namespace: ns,
      ownerReferences: opts.owner
        ? [
            {
              apiVersion: 'apps/v1',
              kind: opts.owner.kind,
              name: opts.owner.name,
              uid: `uid-${opts.owner.name}`,
              controller: true,
            },
          ]
        : undefined,
    },
    spec: { nodeName, containers: [{ name: 'app', image: 'nginx:1.27' }] },
    status: opts.running
      ? {
          phase: 'Running',
          containerStatuses: [
            {
              name: 'app',
              image: 'nginx:1.27',
              imageID: '',
              ready: true,
              restartCount: 0,
              state: { running: { startedAt: START } },
            },
          ],
        }
      : opts.waiting
        ? {
            phase: 'Pending',
            containerStatuses: [
              {
                name: 'app',
                image: 'nginx:1.27',
                imageID: '',
                ready: false,
                restartCount: 0,
                state: { waiting: { reason: opts.waiting } },
              },
            ],
          }
        : { phase: 'Pending' },
  }
  return { apiVersion: 'v1', kind: 'Pod', ...pod } as KObject
}

/**
 * controlplane + node01 (+ node02 when asked), a Deployment "web" (via its ReplicaSet), a DaemonSet
 * in kube-system, a bare pod hr-app on node01 and an unbound pod.
 */
export function smallWorld(extraNodes: string[] = []): World {
  const world = createWorld({ seed: 1, start: START })
  world.addHost({
    name: 'controlplane',
    ip: '192.168.121.10',
    cluster: 'kubernetes',
    role: 'control-plane',
    services: { kubelet: {} },
  })
  world.addHost({
    name: 'node01',
    ip: '192.168.121.11',
    cluster: 'kubernetes',
    role: 'worker',
    services: { kubelet: {} },
  })
  const c = world.addCluster({ name: 'kubernetes', version: 'v1.32.1' }, [])
  const api = c.client
  for (const ns of ['default', 'kube-system'])
    api.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
  api.create(nodeObject('controlplane', { controlPlane: true }))
  api.create(nodeObject('node01'))
  for (const n of extraNodes) api.create(nodeObject(n))
  api.create({
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: {
      name: 'web-5d9c7b8f6',
      namespace: 'default',
      ownerReferences: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: 'web',
          uid: 'uid-web',
          controller: true,
        },
      ],
    },
    spec: {
      selector: { matchLabels: { app: 'web' } },
      template: { spec: { containers: [{ name: 'app' }] } },
    },
  })
  const rs = { kind: 'ReplicaSet', name: 'web-5d9c7b8f6' }
  api.create(podObject('default', 'web-5d9c7b8f6-abcde', 'node01', { owner: rs, running: true }))
  api.create(
    podObject('default', 'web-5d9c7b8f6-fghjk', 'controlplane', {
      owner: rs,
      waiting: 'ContainerCreating',
    }),
  )
  api.create(podObject('default', 'hr-app', 'node01', { running: true }))
  api.create(podObject('default', 'web-5d9c7b8f6-pqrst', undefined, { owner: rs }))
  api.create(
    podObject('kube-system', 'kube-proxy-x2x4z', 'node01', {
      owner: { kind: 'DaemonSet', name: 'kube-proxy' },
      running: true,
    }),
  )
  api.create(
    podObject('kube-system', 'etcd-controlplane', 'controlplane', {
      owner: { kind: 'Node', name: 'controlplane' },
      running: true,
    }),
  )
  return world
}
