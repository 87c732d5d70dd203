// The World: a thin facade wiring clusters, hosts, the virtual clock and the seeded random source.
import { VirtualClock } from './clock'
import { SeededRandom } from './random'
import { Cluster, type ClusterSpec } from './cluster'
import { Host, HostRegistry, type HostSpec } from './hosts/host'
import { defaultControllers } from './controllers'

export interface WorldOptions {
  seed: number
  /** ISO time or epoch ms of the virtual clock's start */
  start: string | number
  /** freeze stored objects (default true; benchmarks turn it off) */
  freeze?: boolean
}

export class World {
  readonly clock: VirtualClock
  readonly random: SeededRandom
  readonly hosts = new HostRegistry()
  readonly clusters = new Map<string, Cluster>()
  readonly seed: number
  private readonly freeze: boolean

  constructor(opts: WorldOptions) {
    const start = typeof opts.start === 'number' ? opts.start : Date.parse(opts.start)
    if (Number.isNaN(start)) throw new Error(`invalid start time "${String(opts.start)}"`)
    this.seed = opts.seed
    this.clock = new VirtualClock(start)
    this.random = new SeededRandom(opts.seed)
    this.freeze = opts.freeze ?? true
  }

  addHost(spec: HostSpec): Host {
    const h = this.hosts.add(new Host(spec, this.clock.now()))
    h.onChange(() => {
      const c = h.cluster ? this.clusters.get(h.cluster) : undefined
      c?.manager?.poke('kubelet', h.name)
    })
    return h
  }

  /** Create a cluster and start its controllers (the default list unless given). */
  addCluster(spec: ClusterSpec, controllers = defaultControllers()): Cluster {
    const c = new Cluster(spec, this.clock, this.random, this.hosts, this.freeze)
    this.clusters.set(c.name, c)
    c.start(controllers)
    return c
  }

  /** The named cluster, or the first one. */
  cluster(name?: string): Cluster | undefined {
    if (name) return this.clusters.get(name)
    return this.clusters.values().next().value
  }

  /** Power a machine off or on (lab node power-off / power-on). */
  setPower(hostName: string, on: boolean): void {
    const h = this.hosts.get(hostName)
    if (!h) throw new Error(`no host "${hostName}"`)
    h.setPower(on, this.clock.now())
  }

  /** Run every event due now (controllers react to the last command). */
  settle(): void {
    this.clock.runDue()
  }
}

/** Create an empty world. @example createWorld({ seed: 1, start: '2025-01-01T00:00:00Z' }) */
export function createWorld(opts: WorldOptions): World {
  return new World(opts)
}
