// A machine: hostname, IP, power, an in-memory filesystem, installed packages and systemd units.
// A cluster's nodes are hosts; a host can also be a plain machine (a jump box, an external etcd).
import { FileSystem } from './fs'

export interface ServiceState {
  /** systemctl is-active */
  active: boolean
  /** systemctl is-enabled */
  enabled: boolean
  /** virtual ms when it last (re)started */
  since: number
}

export interface HostSpec {
  name: string
  ip: string
  /** which cluster this machine is a node of, if any */
  cluster?: string
  /** 'control-plane' or 'worker' for cluster nodes */
  role?: 'control-plane' | 'worker'
  files?: Record<string, string>
  packages?: Record<string, string>
  services?: Record<string, Partial<ServiceState>>
  os?: { image: string; kernel: string; containerRuntime: string }
}

export class Host {
  readonly name: string
  readonly ip: string
  readonly cluster?: string
  readonly role?: 'control-plane' | 'worker'
  readonly fs: FileSystem
  readonly os: { image: string; kernel: string; containerRuntime: string }
  powered = true
  /** virtual ms of the last power-on (boot) */
  bootedAt: number
  packages: Map<string, string>
  services: Map<string, ServiceState>
  private listeners = new Set<(h: Host) => void>()

  constructor(spec: HostSpec, now: number) {
    this.name = spec.name
    this.ip = spec.ip
    this.cluster = spec.cluster
    this.role = spec.role
    this.fs = new FileSystem(spec.files)
    this.bootedAt = now
    this.os = spec.os ?? {
      image: 'Ubuntu 22.04.5 LTS',
      kernel: '5.15.0-1083-gcp',
      containerRuntime: 'containerd://1.7.24',
    }
    this.packages = new Map(Object.entries(spec.packages ?? {}))
    this.services = new Map(
      Object.entries(spec.services ?? {}).map(([k, v]) => [
        k,
        { active: v.active ?? true, enabled: v.enabled ?? true, since: v.since ?? now },
      ]),
    )
  }

  /** A service runs only while the machine is on and the unit is active. */
  isRunning(service: string): boolean {
    return this.powered && (this.services.get(service)?.active ?? false)
  }

  setPower(on: boolean, now: number): void {
    if (this.powered === on) return
    this.powered = on
    if (on) {
      this.bootedAt = now
      for (const s of this.services.values())
        if (s.enabled) Object.assign(s, { active: true, since: now })
    }
    this.changed()
  }

  setService(name: string, state: Partial<ServiceState>, now: number): void {
    const cur = this.services.get(name) ?? { active: false, enabled: false, since: now }
    const next = { ...cur, ...state }
    if (state.active && !cur.active) next.since = now
    this.services.set(name, next)
    this.changed()
  }

  /** Notify listeners (kubelet controller, UI) that power, services or packages changed. */
  changed(): void {
    for (const l of this.listeners) l(this)
  }

  onChange(fn: (h: Host) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }
}

export class HostRegistry {
  private hosts = new Map<string, Host>()

  add(h: Host): Host {
    this.hosts.set(h.name, h)
    return h
  }

  get(name: string): Host | undefined {
    return this.hosts.get(name)
  }

  all(): Host[] {
    return [...this.hosts.values()]
  }

  /** The host that backs a node of a cluster. */
  forNode(cluster: string, nodeName: string): Host | undefined {
    const h = this.hosts.get(nodeName)
    return h && h.cluster === cluster ? h : undefined
  }
}
