import { describe, expect, test } from 'vitest'
import type { Lease, Node, Pod } from '../api/types'
import { podSummary, worldBuilder } from '../testing/worldBuilder'

function setup() {
  return worldBuilder({ seed: 11, start: '2026-11-24T16:00:00Z' }).plainCluster(['node01'])
}

describe('kubelet', () => {
  test('registers its Node with the labels, annotations, capacity and version of its machine', () => {
    const b = setup()
    const n = b.client.get<Node>('Node', undefined, 'node01')
    expect(n.metadata!.labels).toEqual({
      'beta.kubernetes.io/arch': 'amd64',
      'beta.kubernetes.io/os': 'linux',
      'kubernetes.io/arch': 'amd64',
      'kubernetes.io/hostname': 'node01',
      'kubernetes.io/os': 'linux',
    })
    expect(n.metadata!.annotations).toEqual({
      'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
      'node.alpha.kubernetes.io/ttl': '0',
      'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
    })
    expect(n.spec).toEqual({ podCIDR: '172.17.0.0/24', podCIDRs: ['172.17.0.0/24'] })
    expect(n.status!.addresses).toEqual([
      { type: 'InternalIP', address: '10.0.0.0' },
      { type: 'Hostname', address: 'node01' },
    ])
    expect(n.status!.allocatable).toEqual({
      cpu: '16',
      'ephemeral-storage': '936398358207',
      'hugepages-1Gi': '0',
      'hugepages-2Mi': '0',
      memory: '65736460Ki',
      pods: '110',
    })
    const { machineID: _m, systemUUID: _s, bootID: _b, ...info } = n.status!.nodeInfo!
    expect(info).toEqual({
      kernelVersion: '5.15.0-1083-gcp',
      osImage: 'Ubuntu 22.04.5 LTS',
      containerRuntimeVersion: 'containerd://1.7.24',
      kubeletVersion: 'v1.33.0',
      kubeProxyVersion: '',
      operatingSystem: 'linux',
      architecture: 'amd64',
    })
    expect(b.client.get<Lease>('Lease', 'kube-node-lease', 'node01').spec).toEqual({
      holderIdentity: 'node01',
      leaseDurationSeconds: 40,
      renewTime: '2026-11-24T16:00:00.000000Z',
    })
  })

  test('takes a pod through ContainerCreating (after 1 s) to Running and Ready (2 s later)', () => {
    const b = setup().barePod('web', 'node01')
    b.world.settle()
    b.advance(999)
    expect(b.client.get<Pod>('Pod', 'default', 'web').status).toEqual({
      phase: 'Pending',
      qosClass: 'BestEffort',
    })
    b.advance(1)
    const creating = b.client.get<Pod>('Pod', 'default', 'web').status!
    expect(creating.containerStatuses).toEqual([
      {
        image: 'nginx',
        imageID: '',
        name: 'web',
        ready: false,
        restartCount: 0,
        started: false,
        state: { waiting: { reason: 'ContainerCreating' } },
      },
    ])
    expect([creating.phase, creating.hostIP, creating.startTime, creating.podIP]).toEqual([
      'Pending',
      '10.0.0.0',
      '2026-11-24T16:00:01Z',
      undefined,
    ])
    b.advance('2s')
    const st = b.client.get<Pod>('Pod', 'default', 'web').status!
    expect(st.phase).toBe('Running')
    expect([st.podIP, st.podIPs, st.hostIPs]).toEqual([
      '172.17.0.2',
      [{ ip: '172.17.0.2' }],
      [{ ip: '10.0.0.0' }],
    ])
    expect(st.conditions).toEqual([
      {
        type: 'PodReadyToStartContainers',
        status: 'True',
        lastTransitionTime: '2026-11-24T16:00:03Z',
      },
      { type: 'Initialized', status: 'True', lastTransitionTime: '2026-11-24T16:00:01Z' },
      { type: 'Ready', status: 'True', lastTransitionTime: '2026-11-24T16:00:03Z' },
      { type: 'ContainersReady', status: 'True', lastTransitionTime: '2026-11-24T16:00:03Z' },
      { type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-11-24T16:00:01Z' },
    ])
    const cs = st.containerStatuses![0]
    expect({ ...cs, containerID: cs.containerID!.replace(/[0-9a-f]{64}$/, 'ID') }).toEqual({
      containerID: 'containerd://ID',
      image: 'docker.io/library/nginx:latest',
      imageID: expect.stringMatching(/^docker\.io\/library\/nginx@sha256:[0-9a-f]{64}$/) as string,
      name: 'web',
      ready: true,
      restartCount: 0,
      started: true,
      state: { running: { startedAt: '2026-11-24T16:00:03Z' } },
    })
  })

  test('a deleted nginx pod goes within a second; busybox running sleep takes its whole grace period', () => {
    const b = setup().barePod('web', 'node01').advance('10s')
    b.client.create<Pod>({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'sleeper', namespace: 'default' },
      spec: {
        nodeName: 'node01',
        containers: [{ name: 's', image: 'busybox', command: ['sleep', '3600'] }],
      },
    })
    b.advance('10s')
    b.client.delete('Pod', 'default', 'web')
    b.client.delete('Pod', 'default', 'sleeper')
    b.advance(999)
    expect(podSummary(b.client)).toEqual([
      'default/sleeper Terminating node01',
      'default/web Terminating node01',
    ])
    b.advance(1)
    expect(podSummary(b.client)).toEqual(['default/sleeper Terminating node01'])
    b.advance('28s')
    expect(podSummary(b.client)).toEqual(['default/sleeper Terminating node01'])
    b.advance('1s')
    expect(podSummary(b.client)).toEqual([])
    const killing = b.client
      .list('Event')
      .filter((e) => e.reason === 'Killing')
      .map((e) => e.message as string)
    expect(killing.sort()).toEqual(['Stopping container s', 'Stopping container web'])
  })

  test('reports a new version only after the kubelet restarts', () => {
    const b = setup()
    const host = b.world.hosts.get('node01')!
    host.packages.set('kubelet', '1.34.0-1.1')
    host.changed()
    b.advance('10m')
    const version = () =>
      b.client.get<Node>('Node', undefined, 'node01').status!.nodeInfo!.kubeletVersion
    expect(version()).toBe('v1.33.0')
    host.setService('kubelet', { active: false }, b.world.clock.now())
    b.advance('1s')
    host.setService('kubelet', { active: true }, b.world.clock.now())
    b.world.settle()
    expect(version()).toBe('v1.34.0')
  })

  test('posts its status every 5 minutes and no more often', () => {
    const b = setup()
    const posts: string[] = []
    b.client.store.watch((ev) => {
      if (ev.object.kind === 'Node' && ev.type === 'MODIFIED') posts.push(b.client.now())
    })
    b.advance('16m')
    expect(posts).toEqual(['2026-11-24T16:05:00Z', '2026-11-24T16:10:00Z', '2026-11-24T16:15:00Z'])
  })

  test('after power-on, pods that were bound to it and deleted are not recreated and Terminating ones finish', () => {
    const b = setup().barePod('web', 'node01').barePod('gone', 'node01').advance('10s')
    b.world.setPower('node01', false)
    b.advance('10s')
    b.client.delete('Pod', 'default', 'gone', { gracePeriodSeconds: 0 })
    b.client.delete('Pod', 'default', 'web')
    b.advance('10m')
    expect(podSummary(b.client)).toEqual(['default/web Terminating node01'])
    b.world.setPower('node01', true)
    b.world.settle()
    expect(podSummary(b.client)).toEqual([])
    b.advance('10m')
    expect(podSummary(b.client)).toEqual([])
  })
})
