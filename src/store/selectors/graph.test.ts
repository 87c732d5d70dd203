import { describe, expect, it } from 'vitest'
import type { Node } from '../../sim'
import { selectGraphModel, shareGraphModel } from './graph'
import { smallWorld, START } from './graphTesting'

const T0 = Date.parse(START)

function cluster(world: ReturnType<typeof smallWorld>) {
  return world.cluster()!
}

describe('selectGraphModel', () => {
  it('draws one card per node with role, status, version, taints and its user pods', () => {
    const model = selectGraphModel(smallWorld(), { showSystemPods: false })
    expect(model.cluster).toBe('kubernetes')
    expect(model.now).toBe(T0)
    expect(
      model.nodes.map(({ pods, ...card }) => ({ ...card, pods: pods.map((p) => p.id) })),
    ).toEqual([
      {
        id: 'node:controlplane',
        name: 'controlplane',
        role: 'control-plane',
        roles: 'control-plane',
        ready: 'Ready',
        schedulingDisabled: false,
        status: 'Ready',
        kubeletVersion: 'v1.32.1',
        taints: ['node-role.kubernetes.io/control-plane:NoSchedule'],
        podCount: 2,
        hiddenPods: 1,
        powered: true,
        notReadyAt: undefined,
        evictAt: undefined,
        evictingPods: 0,
        pods: ['pod:default/web-5d9c7b8f6-fghjk'],
      },
      {
        id: 'node:node01',
        name: 'node01',
        role: 'worker',
        roles: '<none>',
        ready: 'Ready',
        schedulingDisabled: false,
        status: 'Ready',
        kubeletVersion: 'v1.32.1',
        taints: [],
        podCount: 3,
        hiddenPods: 1,
        powered: true,
        notReadyAt: undefined,
        evictAt: undefined,
        evictingPods: 0,
        pods: ['pod:default/hr-app', 'pod:default/web-5d9c7b8f6-abcde'],
      },
    ])
    expect(model.hiddenSystemPods).toBe(2)
  })

  it('describes each pod with its kubectl STATUS, owner through the ReplicaSet, and look', () => {
    const model = selectGraphModel(smallWorld(), { showSystemPods: false })
    const [hr, web] = model.nodes[1].pods
    const webColor = web.color
    expect(web).toEqual({
      id: 'pod:default/web-5d9c7b8f6-abcde',
      namespace: 'default',
      name: 'web-5d9c7b8f6-abcde',
      nodeName: 'node01',
      phase: 'Running',
      status: 'Running',
      ownerKind: 'Deployment',
      ownerName: 'web',
      look: 'controller',
      colorKey: 'Deployment/default/web',
      color: webColor,
      terminating: false,
      starting: false,
      createdAt: T0,
      system: false,
    })
    expect(webColor).toMatch(/^hsl\(\d+ 70% \d+%\)$/)
    expect(hr).toMatchObject({
      status: 'Running',
      ownerKind: '',
      look: 'unmanaged',
      colorKey: 'unmanaged',
      color: 'hsl(38 95% 55%)',
    })
    const creating = model.nodes[0].pods[0]
    expect(creating).toMatchObject({ status: 'ContainerCreating', starting: true, color: webColor })
  })

  it('puts unbound pods in the pending lane', () => {
    const model = selectGraphModel(smallWorld(), { showSystemPods: false })
    expect(model.pending.map((p) => [p.id, p.status, p.starting])).toEqual([
      ['pod:default/web-5d9c7b8f6-pqrst', 'Pending', true],
    ])
  })

  it('shows kube-system pods only when asked, with DaemonSet and static looks', () => {
    const model = selectGraphModel(smallWorld(), { showSystemPods: true })
    expect(model.hiddenSystemPods).toBe(0)
    expect(
      model.nodes.map((n) => [
        n.name,
        n.hiddenPods,
        n.pods.map((p) => `${p.name}:${p.look}:${p.colorKey}`),
      ]),
    ).toEqual([
      [
        'controlplane',
        0,
        [
          'web-5d9c7b8f6-fghjk:controller:Deployment/default/web',
          'etcd-controlplane:static:static',
        ],
      ],
      [
        'node01',
        0,
        [
          'hr-app:unmanaged:unmanaged',
          'web-5d9c7b8f6-abcde:controller:Deployment/default/web',
          'kube-proxy-x2x4z:controller:DaemonSet/kube-system/kube-proxy',
        ],
      ],
    ])
  })

  it('builds a legend of the visible owners, controllers first and bare pods last', () => {
    const world = smallWorld()
    expect(
      selectGraphModel(world, { showSystemPods: true }).legend.map((e) => [
        e.label,
        e.look,
        e.count,
      ]),
    ).toEqual([
      ['DaemonSet kube-system/kube-proxy', 'controller', 1],
      ['Deployment default/web', 'controller', 3],
      ['Static pods', 'static', 1],
      ['No controller', 'unmanaged', 1],
    ])
    expect(selectGraphModel(world, { showSystemPods: false }).legend.map((e) => e.label)).toEqual([
      'Deployment default/web',
      'No controller',
    ])
  })

  it('keeps one colour per controller however many others come and go', () => {
    const world = smallWorld()
    const before = selectGraphModel(world, { showSystemPods: true }).legend
    cluster(world).client.create({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'aaa', namespace: 'default' },
      spec: {
        selector: { matchLabels: { a: 'b' } },
        template: { spec: { containers: [{ name: 'c' }] } },
      },
    })
    const after = selectGraphModel(world, { showSystemPods: true }).legend
    for (const e of before)
      expect(after.find((f) => f.colorKey === e.colorKey)?.color).toBe(e.color)
    const colors = new Set(before.map((e) => e.color))
    expect(colors.size).toBe(before.length)
  })

  it('marks a cordoned node SchedulingDisabled and a deleted pod Terminating', () => {
    const world = smallWorld()
    const api = cluster(world).client
    api.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec = { ...n.spec, unschedulable: true }
    })
    api.delete('Pod', 'default', 'web-5d9c7b8f6-abcde')
    const node = selectGraphModel(world, { showSystemPods: false }).nodes[1]
    expect([node.status, node.schedulingDisabled]).toEqual(['Ready,SchedulingDisabled', true])
    expect(node.pods.map((p) => [p.name, p.status, p.terminating])).toEqual([
      ['hr-app', 'Running', false],
      ['web-5d9c7b8f6-abcde', 'Terminating', true],
    ])
  })
})

describe('selectGraphModel on a lost node', () => {
  function loseNode01(world: ReturnType<typeof smallWorld>, at: number): void {
    world.setPower('node01', false)
    cluster(world).client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.status!.conditions = [{ type: 'Ready', status: 'Unknown', lastHeartbeatTime: START }]
      n.spec = {
        ...n.spec,
        taints: [
          {
            key: 'node.kubernetes.io/unreachable',
            effect: 'NoSchedule',
            timeAdded: new Date(at).toISOString(),
          },
          {
            key: 'node.kubernetes.io/unreachable',
            effect: 'NoExecute',
            timeAdded: new Date(at).toISOString(),
          },
        ],
      }
    })
  }

  it('counts down from the heartbeat to NotReady while the powered-off node still looks Ready', () => {
    const world = smallWorld()
    world.setPower('node01', false)
    const node = selectGraphModel(world, { showSystemPods: false }).nodes[1]
    expect([node.ready, node.powered, node.notReadyAt]).toEqual(['Ready', false, T0 + 50_000])
  })

  it('gives the time its pods will be evicted: taint time plus the 300 s default toleration', () => {
    const world = smallWorld()
    loseNode01(world, T0 + 50_000)
    const node = selectGraphModel(world, { showSystemPods: false }).nodes[1]
    expect([node.status, node.powered, node.notReadyAt, node.evictAt, node.evictingPods]).toEqual([
      'NotReady',
      false,
      undefined,
      T0 + 350_000,
      3,
    ])
    expect(node.taints).toEqual([
      'node.kubernetes.io/unreachable:NoSchedule',
      'node.kubernetes.io/unreachable:NoExecute',
    ])
  })

  it('leaves out pods that tolerate the taint forever and pods already terminating', () => {
    const world = smallWorld()
    const api = cluster(world).client
    api.delete('Pod', 'kube-system', 'kube-proxy-x2x4z', { gracePeriodSeconds: 0 })
    api.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'kube-proxy-x2x4z', namespace: 'kube-system' },
      spec: {
        nodeName: 'node01',
        containers: [{ name: 'kube-proxy' }],
        tolerations: [{ operator: 'Exists' }],
      },
    })
    api.delete('Pod', 'default', 'hr-app')
    loseNode01(world, T0 + 60_000)
    const node = selectGraphModel(world, { showSystemPods: true }).nodes[1]
    expect([node.evictAt, node.evictingPods]).toEqual([T0 + 360_000, 1])
  })

  it('evicts at once a pod that does not tolerate the taint', () => {
    const world = smallWorld()
    const api = cluster(world).client
    api.patch('Pod', 'default', 'hr-app', (p: { spec: { tolerations: unknown[] } }) => {
      p.spec.tolerations = []
    })
    loseNode01(world, T0 + 70_000)
    expect(selectGraphModel(world, { showSystemPods: false }).nodes[1].evictAt).toBe(T0 + 70_000)
  })
})

describe('shareGraphModel', () => {
  it('keeps the identity of cards and pods that did not change', () => {
    const world = smallWorld(['node02'])
    const a = selectGraphModel(world, { showSystemPods: false })
    cluster(world).client.delete('Pod', 'default', 'hr-app')
    const b = shareGraphModel(a, selectGraphModel(world, { showSystemPods: false }))
    expect(b.nodes[0]).toBe(a.nodes[0])
    expect(b.nodes[2]).toBe(a.nodes[2])
    expect(b.nodes[1]).not.toBe(a.nodes[1])
    expect(b.nodes[1].pods[0]).not.toBe(a.nodes[1].pods[0])
    expect(b.nodes[1].pods[1]).toBe(a.nodes[1].pods[1])
    expect(b.pending).toBe(a.pending)
    expect(b.legend).toBe(a.legend)
    const c = shareGraphModel(b, selectGraphModel(world, { showSystemPods: false }))
    expect(c.nodes).toBe(b.nodes)
  })
})

describe('selectGraphModel memo', () => {
  it('returns the same model while nothing is written and a new one after a write or a power change', () => {
    const world = smallWorld()
    const a = selectGraphModel(world, { showSystemPods: false })
    expect(selectGraphModel(world, { showSystemPods: false })).toBe(a)
    const later = selectGraphModel(world, { showSystemPods: false, now: T0 + 5000 })
    expect([later.now, later.nodes]).toEqual([T0 + 5000, a.nodes])
    expect(later.nodes).toBe(a.nodes)
    expect(selectGraphModel(world, { showSystemPods: true })).not.toBe(a)
    world.setPower('node01', false)
    const off = selectGraphModel(world, { showSystemPods: false })
    expect(off.nodes[1].powered).toBe(false)
    cluster(world).client.delete('Pod', 'default', 'hr-app', { gracePeriodSeconds: 0 })
    const after = selectGraphModel(world, { showSystemPods: false })
    expect(after.nodes[1].pods.map((p) => p.name)).toEqual(['web-5d9c7b8f6-abcde'])
  })
})
