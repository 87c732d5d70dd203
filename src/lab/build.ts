// Building a lab's starting world: kubeadm-like clusters, extra machines, files, then the lab's
// manifests created through the API (Namespaces first, as `kubectl apply -f dir/` users learn to),
// then virtual time runs so the student finds a settled cluster with realistic ages.
import {
  bootstrapKubeadmCluster,
  createWorld,
  formatApiError,
  isApiError,
  parseDurationMs,
  type KObject,
  type Node,
  type World,
} from '../sim'
import type { Lab, Manifest } from './schema'

/** The manifests could not be created: one line per object, naming its JSON path. */
export class LabBuildError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
    this.name = 'LabBuildError'
  }
}

/** Kinds other objects live in or refer to come first; the rest keep the file's order. */
const KIND_ORDER = ['Namespace', 'ConfigMap', 'Secret', 'Service', 'PodDisruptionBudget']

function rank(kind: string): number {
  const i = KIND_ORDER.indexOf(kind)
  return i < 0 ? KIND_ORDER.length : i
}

/** Step used while waiting for every node to report Ready before the lab's objects are created. */
const READY_POLL_MS = 5_000

function allNodesReady(world: World): boolean {
  for (const c of world.clusters.values()) {
    const nodes = c.client.list<Node>('Node')
    if (!nodes.length) return false
    const ready = nodes.every((n) =>
      n.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True'),
    )
    if (!ready) return false
  }
  return true
}

export function buildWorld(lab: Lab, opts: { seed: number; start?: string | number }): World {
  const w = lab.world
  const world = createWorld({ seed: opts.seed, start: opts.start ?? w.start })
  for (const c of w.clusters) {
    const config: { podEvictionTimeoutMs?: number; nodeMonitorGracePeriodMs?: number } = {}
    if (c.evictionTimeout) config.podEvictionTimeoutMs = parseDurationMs(c.evictionTimeout)
    if (c.nodeMonitorGracePeriod)
      config.nodeMonitorGracePeriodMs = parseDurationMs(c.nodeMonitorGracePeriod)
    bootstrapKubeadmCluster(world, {
      name: c.name,
      version: c.version,
      controlPlaneTaint: c.controlPlaneTaint,
      podSubnet: c.podSubnet,
      config,
      nodes: c.nodes.map((n) => ({
        host: n.name,
        ip: n.ip,
        role: n.role,
        kubeletVersion: n.kubeletVersion,
      })),
    })
  }
  for (const h of w.hosts ?? []) world.addHost({ name: h.name, ip: h.ip, files: h.files })
  for (const [host, files] of Object.entries(w.files ?? {})) {
    const h = world.hosts.get(host)
    for (const [path, content] of Object.entries(files)) h?.fs.write(path, content)
  }

  // Let the nodes register and turn Ready first, so the scheduler sees the whole cluster.
  const settleMs = parseDurationMs(w.settle)
  const startMs = world.clock.now()
  world.settle()
  while (!allNodesReady(world) && world.clock.now() - startMs < settleMs)
    world.clock.advance(READY_POLL_MS)

  createObjects(world, lab)
  const left = settleMs - (world.clock.now() - startMs)
  if (left > 0) world.clock.advance(left)
  return world
}

function createObjects(world: World, lab: Lab): void {
  const problems: string[] = []
  for (const [clusterName, objs] of Object.entries(lab.world.objects ?? {})) {
    const cluster = world.cluster(clusterName)
    if (!cluster) continue
    const ordered = objs
      .map((o, i) => ({ o, i }))
      .sort((a, b) => rank(a.o.kind) - rank(b.o.kind) || a.i - b.i)
    for (const { o, i } of ordered) {
      try {
        cluster.client.create(toObject(o))
        world.settle()
      } catch (e) {
        const why = isApiError(e) ? formatApiError(e) : e instanceof Error ? e.message : String(e)
        problems.push(`world.objects.${clusterName}[${i}]: ${why}`)
      }
    }
  }
  if (problems.length) throw new LabBuildError(problems)
}

function toObject(m: Manifest): KObject {
  return structuredClone(m)
}
