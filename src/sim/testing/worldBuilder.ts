// Chainable helpers that build small worlds for tests: a kubeadm-like cluster or plain nodes,
// workloads, bare pods. Everything goes through the API client, as a lab's manifests would.
import type { ApiClient } from '../api/client'
import type { DaemonSet, Deployment, Pod, PodDisruptionBudget } from '../api/types'
import type { Cluster, ClusterConfig } from '../cluster'
import { bootstrapKubeadmCluster } from '../kubeadm'
import { createWorld, type World } from '../world'

export interface BuilderOptions {
  seed?: number
  start?: string
  freeze?: boolean
}

const NGINX = [{ name: 'nginx', image: 'nginx' }]

export class WorldBuilder {
  readonly world: World
  private c: Cluster | undefined

  constructor(opts: BuilderOptions = {}) {
    this.world = createWorld({
      seed: opts.seed ?? 1,
      start: opts.start ?? '2026-11-24T09:00:00Z',
      freeze: opts.freeze,
    })
  }

  get cluster(): Cluster {
    if (!this.c) throw new Error('worldBuilder: add a cluster first')
    return this.c
  }

  get client(): ApiClient {
    return this.cluster.client
  }

  /** controlplane (192.168.100.2, untainted unless asked) and node01 (192.168.100.3), v1.33.0. */
  twoNodeCluster(
    opts: { controlPlaneTaint?: boolean; config?: Partial<ClusterConfig> } = {},
  ): this {
    this.c = bootstrapKubeadmCluster(this.world, {
      name: 'kubernetes',
      version: 'v1.33.0',
      controlPlaneTaint: opts.controlPlaneTaint ?? false,
      config: opts.config,
      nodes: [
        { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
        { host: 'node01', ip: '192.168.100.3', role: 'worker' },
      ],
    })
    return this
  }

  /** Bare worker machines running a kubelet, no addons: the cheapest cluster. */
  plainCluster(nodes: string[], config: Partial<ClusterConfig> = {}): this {
    nodes.forEach((name, i) =>
      this.world.addHost({
        name,
        ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
        cluster: 'kubernetes',
        role: 'worker',
        packages: { kubelet: '1.33.0' },
        services: { kubelet: { active: true }, containerd: { active: true } },
      }),
    )
    this.c = this.world.addCluster({ name: 'kubernetes', version: 'v1.33.0', config })
    for (const ns of ['default', 'kube-system', 'kube-node-lease'])
      this.client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
    this.world.settle()
    return this
  }

  deployment(name: string, replicas: number, namespace = 'default'): this {
    this.client.create<Deployment>({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace, labels: { app: name } },
      spec: {
        replicas,
        selector: { matchLabels: { app: name } },
        template: { metadata: { labels: { app: name } }, spec: { containers: NGINX } },
      },
    })
    return this
  }

  /** A pod no controller manages, on a given node (or left to the scheduler). */
  barePod(name: string, node?: string, image = 'nginx'): this {
    this.client.create<Pod>({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name, namespace: 'default', labels: { run: name } },
      spec: { ...(node ? { nodeName: node } : {}), containers: [{ name, image }] },
    })
    return this
  }

  daemonSet(name: string, namespace = 'default'): this {
    this.client.create<DaemonSet>({
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name, namespace },
      spec: {
        selector: { matchLabels: { app: name } },
        template: { metadata: { labels: { app: name } }, spec: { containers: NGINX } },
      },
    })
    return this
  }

  pdb(
    name: string,
    app: string,
    budget: { minAvailable?: number | string; maxUnavailable?: number | string },
  ): this {
    this.client.create<PodDisruptionBudget>({
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name, namespace: 'default' },
      spec: { selector: { matchLabels: { app } }, ...budget },
    })
    return this
  }

  /** Let virtual time pass (default: long enough for every pod to start). */
  advance(d: string | number = '1m'): this {
    this.world.clock.advance(d)
    return this
  }
}

/** Start a builder. @example worldBuilder({ seed: 1 }).twoNodeCluster().deployment('blue', 3).advance() */
export function worldBuilder(opts: BuilderOptions = {}): WorldBuilder {
  return new WorldBuilder(opts)
}

/** `ns/name phase node` lines of a cluster's pods, for whole-output assertions. */
export function podSummary(client: ApiClient, filter: (p: Pod) => boolean = () => true): string[] {
  return client
    .list<Pod>('Pod')
    .filter(filter)
    .map((p) => {
      const state = p.metadata?.deletionTimestamp ? 'Terminating' : (p.status?.phase ?? '')
      return `${p.metadata!.namespace}/${p.metadata!.name} ${state} ${p.spec?.nodeName ?? '<none>'}`
    })
}

/** Pods a controller or kubelet does not own as infrastructure: not DaemonSet, not mirror pods. */
export function isWorkloadPod(p: Pod): boolean {
  const owner = p.metadata?.ownerReferences?.find((r) => r.controller)?.kind
  return owner !== 'DaemonSet' && owner !== 'Node'
}
