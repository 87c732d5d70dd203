import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import type { ApiClient } from './api/client'
import type { Deployment, Node, Pod, Service } from './api/types'
import { computeHash } from './controllers/deployment'
import { bootstrapKubeadmCluster } from './kubeadm'
import { createWorld } from './world'

function corednsHash(client: ApiClient): string {
  const d = client.get<Deployment>('Deployment', 'kube-system', 'coredns')
  return computeHash(d.spec!.template)
}

function build(controlPlaneTaint?: boolean) {
  const world = createWorld({ seed: 14, start: '2026-11-24T09:12:44Z' })
  const cluster = bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    controlPlaneTaint,
    nodes: [
      { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.100.3', role: 'worker', kubeletVersion: 'v1.32.4' },
    ],
  })
  world.clock.advance('30m')
  return { world, cluster, client: cluster.client }
}

describe('bootstrapKubeadmCluster', () => {
  test('30 minutes later every pod runs where kubeadm puts it', () => {
    const { client } = build()
    const pods = client
      .list<Pod>('Pod')
      .map(
        (p) =>
          `${p.metadata!.namespace}/${p.metadata!.name!.replace(/-[a-z0-9]{5}$/, '-x')} ${p.status!.phase} ${p.spec!.nodeName}`,
      )
      .sort()
    expect(pods).toEqual(
      [
        'kube-flannel/kube-flannel-ds-x Running controlplane',
        'kube-flannel/kube-flannel-ds-x Running node01',
        'kube-system/coredns-CD-x Running controlplane',
        'kube-system/coredns-CD-x Running node01',
        'kube-system/etcd-controlplane Running controlplane',
        'kube-system/kube-apiserver-controlplane Running controlplane',
        'kube-system/kube-controller-manager-controlplane Running controlplane',
        'kube-system/kube-proxy-x Running controlplane',
        'kube-system/kube-proxy-x Running node01',
        'kube-system/kube-scheduler-controlplane Running controlplane',
      ].map((l) => l.replace('CD', corednsHash(client))),
    )
    expect(client.list<Pod>('Pod').every((p) => p.status!.phase === 'Running')).toBe(true)
    expect(client.list('Namespace').map((n) => n.metadata.name)).toEqual([
      'default',
      'kube-flannel',
      'kube-node-lease',
      'kube-public',
      'kube-system',
    ])
    const svc = client.get<Service>('Service', 'default', 'kubernetes')
    expect([svc.spec!.clusterIP, svc.spec!.ports]).toEqual([
      '10.96.0.1',
      [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
    ])
  })

  test('taints the control plane by default, reports each kubelet version and labels roles', () => {
    const { client } = build()
    const nodes = client
      .list<Node>('Node')
      .map((n) => [
        n.metadata!.name,
        n.status!.nodeInfo!.kubeletVersion,
        n.spec!.taints,
        'node-role.kubernetes.io/control-plane' in (n.metadata!.labels ?? {}),
      ])
    expect(nodes).toEqual([
      [
        'controlplane',
        'v1.33.0',
        [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }],
        true,
      ],
      ['node01', 'v1.32.4', undefined, false],
    ])
    expect(
      build(false).client.get<Node>('Node', undefined, 'controlplane').spec!.taints,
    ).toBeUndefined()
  })

  test('writes the kubeadm files: manifests with the real flags, kubeconfigs, certificates, packages', () => {
    const { world } = build()
    const cp = world.hosts.get('controlplane')!
    expect(cp.fs.list('/etc/kubernetes/manifests')).toEqual([
      'etcd.yaml',
      'kube-apiserver.yaml',
      'kube-controller-manager.yaml',
      'kube-scheduler.yaml',
    ])
    const etcd = parse(cp.fs.read('/etc/kubernetes/manifests/etcd.yaml')) as Pod
    expect(etcd.spec!.containers[0].image).toBe('registry.k8s.io/etcd:3.5.21-0')
    expect(etcd.spec!.containers[0].command).toContain(
      '--listen-client-urls=https://127.0.0.1:2379,https://192.168.100.2:2379',
    )
    expect(etcd.spec!.volumes).toEqual([
      {
        hostPath: { path: '/etc/kubernetes/pki/etcd', type: 'DirectoryOrCreate' },
        name: 'etcd-certs',
      },
      { hostPath: { path: '/var/lib/etcd', type: 'DirectoryOrCreate' }, name: 'etcd-data' },
    ])
    expect(
      cp.fs.read('/etc/kubernetes/manifests/etcd.yaml').split('\n').slice(0, 14).join('\n'),
    ).toBe(
      [
        'apiVersion: v1',
        'kind: Pod',
        'metadata:',
        '  annotations:',
        '    kubeadm.kubernetes.io/etcd.advertise-client-urls: https://192.168.100.2:2379',
        '  creationTimestamp: null',
        '  labels:',
        '    component: etcd',
        '    tier: control-plane',
        '  name: etcd',
        '  namespace: kube-system',
        'spec:',
        '  containers:',
        '  - command:',
      ].join('\n'),
    )
    const api = parse(cp.fs.read('/etc/kubernetes/manifests/kube-apiserver.yaml')) as Pod
    expect(api.spec!.containers[0].image).toBe('registry.k8s.io/kube-apiserver:v1.33.0')
    expect(api.spec!.containers[0].command).toContain('--etcd-servers=https://127.0.0.1:2379')
    for (const f of [
      '/etc/kubernetes/admin.conf',
      '/root/.kube/config',
      '/etc/kubernetes/pki/etcd/ca.crt',
      '/etc/kubernetes/pki/etcd/server.key',
    ])
      expect([f, cp.fs.isFile(f)]).toEqual([f, true])
    const kc = parse(cp.fs.read('/root/.kube/config')) as {
      clusters: { cluster: { server: string } }[]
      'current-context': string
    }
    expect([kc.clusters[0].cluster.server, kc['current-context']]).toEqual([
      'https://192.168.100.2:6443',
      'kubernetes-admin@kubernetes',
    ])
    expect(Object.fromEntries(cp.packages)).toEqual({
      kubeadm: '1.33.0',
      kubelet: '1.33.0',
      kubectl: '1.33.0',
      containerd: '1.7.24',
    })
    const w = world.hosts.get('node01')!
    expect([
      w.fs.isFile('/etc/kubernetes/kubelet.conf'),
      w.fs.list('/etc/kubernetes/manifests'),
      w.isRunning('kubelet'),
      w.isRunning('containerd'),
    ]).toEqual([true, [], true, true])
  })
})
