import { describe, expect, it } from 'vitest'
import { bootstrapKubeadmCluster, createWorld, type World } from '../../sim'
import { selectGraphModel } from './graph'

const START = '2026-11-24T09:12:44Z'
const T0 = Date.parse(START)

/** The OS-upgrades lab's world: two nodes, no control-plane taint, a Deployment and a bare pod. */
function labWorld(): World {
  const world = createWorld({ seed: 7, start: START })
  const c = bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    controlPlaneTaint: false,
    nodes: [
      { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.100.3', role: 'worker' },
    ],
  })
  world.clock.advance('10m')
  c.client.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'blue', namespace: 'default' },
    spec: {
      replicas: 4,
      selector: { matchLabels: { app: 'blue' } },
      template: {
        metadata: { labels: { app: 'blue' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] },
      },
    },
  })
  c.client.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'hr-app', namespace: 'default' },
    spec: { nodeName: 'node01', containers: [{ name: 'app', image: 'nginx:1.27' }] },
  })
  world.clock.advance('1m')
  return world
}

function summary(world: World, showSystemPods = false) {
  const m = selectGraphModel(world, { showSystemPods })
  return m.nodes.map((n) => ({
    name: n.name,
    status: n.status,
    role: n.role,
    powered: n.powered,
    notReadyAt: n.notReadyAt === undefined ? undefined : n.notReadyAt - T0,
    evictAt: n.evictAt === undefined ? undefined : n.evictAt - T0,
    pods: n.pods.map(
      (p) => `${p.name.replace(/-[a-z0-9]{8,10}-[a-z0-9]{5}$/, '-*')}:${p.status}:${p.look}`,
    ),
  }))
}

describe('selectGraphModel on a kubeadm cluster', () => {
  it('shows the nodes kubeadm built, with kubelet versions and the system pods behind the toggle', () => {
    const world = labWorld()
    const m = selectGraphModel(world, { showSystemPods: true })
    expect(
      m.nodes.map((n) => [n.name, n.role, n.roles, n.status, n.kubeletVersion, n.taints]),
    ).toEqual([
      ['controlplane', 'control-plane', 'control-plane', 'Ready', 'v1.33.0', []],
      ['node01', 'worker', '<none>', 'Ready', 'v1.33.0', []],
    ])
    const hidden = selectGraphModel(world, { showSystemPods: false })
    expect(hidden.hiddenSystemPods).toBe(
      m.nodes.reduce((s, n) => s + n.pods.filter((p) => p.system).length, 0),
    )
    expect(hidden.hiddenSystemPods).toBeGreaterThan(5)
    expect(hidden.legend.map((e) => e.label)).toEqual(['Deployment default/blue', 'No controller'])
    expect(m.legend.map((e) => e.label)).toContain('DaemonSet kube-system/kube-proxy')
    expect(m.legend.map((e) => e.label)).toContain('Static pods')
  })

  it('follows node01 powered off: NotReady countdown, eviction countdown, then pods recreated on controlplane', () => {
    const world = labWorld()
    const before = summary(world)
    expect(before.map((n) => n.pods.length).reduce((a, b) => a + b)).toBe(5)
    expect(before[1].pods).toContain('hr-app:Running:unmanaged')
    const off = world.clock.now()
    world.setPower('node01', false)
    world.settle()
    const silent = summary(world)[1]
    expect(silent.status).toBe('Ready')
    expect(silent.powered).toBe(false)
    expect(silent.notReadyAt).toBe(off - T0 + 50_000)
    world.clock.advance('50s')
    const lost = summary(world)[1]
    expect(lost.status).toBe('NotReady')
    expect(lost.notReadyAt).toBeUndefined()
    expect(lost.evictAt).toBe(off - T0 + 50_000 + 300_000)
    world.clock.advance('5m')
    world.clock.advance('1m')
    const after = summary(world)
    // the evicted pods stay Terminating on the lost node: its kubelet cannot confirm
    expect(after.map((n) => [n.name, n.status, n.evictAt, n.pods])).toEqual([
      ['controlplane', 'Ready', undefined, Array(4).fill('blue-*:Running:controller')],
      [
        'node01',
        'NotReady',
        undefined,
        [
          'blue-*:Terminating:controller',
          'blue-*:Terminating:controller',
          'hr-app:Terminating:unmanaged',
        ],
      ],
    ])
  })
})
