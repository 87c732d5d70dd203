// A big kubeadm world for measuring the graph (dev server only: /src/ui/graph/bench/index.html):
// N nodes, Deployments spreading P pods, a bare pod, and a stand-in runtime whose few commands
// (kubectl cordon/uncordon/drain, lab node power-off/on) act through the API like the real ones.
import { bootstrapKubeadmCluster, createWorld, type Node, type Pod, type World } from '../../../sim'
import { FakeRuntime, FAKE_LAB } from '../../../store/testing/fakeRuntime'
import type { LabLoader } from '../../../store/runtime'
import type { Writer } from '../../../shell/types'

export function bigWorld(nodes: number, pods: number): World {
  const world = createWorld({ seed: 3, start: '2026-11-24T09:00:00Z', freeze: false })
  const spec = [{ host: 'controlplane', ip: '10.0.0.2', role: 'control-plane' as const }]
  for (let i = 1; i < nodes; i++)
    spec.push({
      host: `node${String(i).padStart(2, '0')}`,
      ip: `10.0.1.${i}`,
      role: 'worker' as never,
    })
  const c = bootstrapKubeadmCluster(world, { name: 'kubernetes', version: 'v1.33.0', nodes: spec })
  const deployments = Math.max(1, Math.round(pods / 50))
  for (let d = 0; d < deployments; d++) {
    const name = `app${String(d).padStart(2, '0')}`
    c.client.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: 'default' },
      spec: {
        replicas: Math.round(pods / deployments),
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: { containers: [{ name, image: 'nginx:1.27' }] },
        },
      },
    })
  }
  c.client.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'hr-app', namespace: 'default' },
    spec: { nodeName: 'node01', containers: [{ name: 'app', image: 'nginx:1.27' }] },
  })
  world.clock.advance('10m')
  return world
}

class BenchRuntime extends FakeRuntime {
  constructor(world: World) {
    super(1)
    this.world = world
  }

  override async runCommand(line: string, io: { stdout: Writer; stderr: Writer }): Promise<number> {
    const w = line.trim().split(/\s+/)
    const client = this.world.cluster()!.client
    const target = w.find((x, i) => i > 1 && !x.startsWith('-')) ?? ''
    const cordon = (on: boolean) =>
      client.patch<Node>('Node', undefined, target, (n) => {
        n.spec = { ...n.spec, unschedulable: on || undefined }
      })
    if (w[0] === 'kubectl' && w[1] === 'cordon') cordon(true)
    else if (w[0] === 'kubectl' && w[1] === 'uncordon') cordon(false)
    else if (w[0] === 'kubectl' && w[1] === 'drain') {
      cordon(true)
      for (const p of client.list<Pod>('Pod', { fieldSelector: `spec.nodeName=${target}` }))
        if (p.metadata?.ownerReferences?.[0]?.kind === 'ReplicaSet')
          client.evict(p.metadata.namespace!, p.metadata.name!)
    } else if (w[0] === 'lab' && w[2] === 'power-off') this.world.setPower(w[3], false)
    else if (w[0] === 'lab' && w[2] === 'power-on') this.world.setPower(w[3], true)
    else return super.runCommand(line, io)
    io.stdout(`${line}: done\n`)
    return 0
  }
}

export function benchLoader(world: World): LabLoader {
  return async () => ({
    lab: FAKE_LAB,
    runtime: new BenchRuntime(world),
    prompt: () => 'controlplane ~ ➜  ',
  })
}
