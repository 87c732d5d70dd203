// One Kubernetes cluster: its object store (its etcd data), API client and controller manager.
import { ApiClient } from './api/client'
import { ObjectStore } from './api/objectStore'
import type { VirtualClock } from './clock'
import type { SeededRandom } from './random'
import { ControllerManager, type Controller } from './controllers/framework'
import type { HostRegistry } from './hosts/host'

/** Timings a lab may tune. Defaults are kube-controller-manager v1.32's. */
export interface ClusterConfig {
  /** --node-monitor-grace-period: 50s since v1.32 (CHANGELOG-1.32, #126287) */
  nodeMonitorGracePeriodMs: number
  /** --node-monitor-period */
  nodeMonitorPeriodMs: number
  /**
   * tolerationSeconds the DefaultTolerationSeconds admission plugin gives pods for the
   * not-ready/unreachable taints (300 s). Labs may call it the pod eviction timeout.
   */
  podEvictionTimeoutMs: number
  /** --cluster-cidr: node podCIDRs are /24s carved from it (kubeadm --pod-network-cidr) */
  podSubnet: string
}

export const DEFAULT_CLUSTER_CONFIG: ClusterConfig = {
  nodeMonitorGracePeriodMs: 50_000,
  nodeMonitorPeriodMs: 5_000,
  podEvictionTimeoutMs: 300_000,
  podSubnet: '172.17.0.0/16',
}

export interface ClusterSpec {
  name: string
  /** Kubernetes version of the control plane, e.g. 'v1.33.0' */
  version: string
  config?: Partial<ClusterConfig>
}

export class Cluster {
  readonly name: string
  version: string
  readonly config: ClusterConfig
  readonly store: ObjectStore
  readonly client: ApiClient
  manager!: ControllerManager

  constructor(
    spec: ClusterSpec,
    readonly clock: VirtualClock,
    readonly random: SeededRandom,
    readonly hosts: HostRegistry,
    freeze: boolean,
  ) {
    this.name = spec.name
    this.version = spec.version
    this.config = { ...DEFAULT_CLUSTER_CONFIG, ...spec.config }
    this.store = new ObjectStore({ freeze })
    this.client = new ApiClient(this.store, clock, random)
    this.client.defaultTolerationSeconds = () => Math.round(this.config.podEvictionTimeoutMs / 1000)
  }

  start(controllers: Controller[]): void {
    this.manager = new ControllerManager(controllers, {
      client: this.client,
      clock: this.clock,
      random: this.random,
      cluster: this,
      hosts: this.hosts,
    })
    this.manager.resyncAll()
  }
}
