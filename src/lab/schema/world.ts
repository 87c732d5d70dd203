// The starting world of a lab: kubeadm-like clusters of nodes, extra plain machines, files, and
// ordinary Kubernetes manifests created through the API once the cluster is up.
import { z } from 'zod'

/** A Kubernetes-style duration ('30s', '5m', '1h30m'). */
export const DurationSchema = z.string().regex(/^(\d+(\.\d+)?(ms|s|m|h|d))+$/, {
  error: 'expected a duration like "30s", "5m" or "1h30m"',
})

const NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/
const HostName = z.string().regex(NAME, { error: 'expected a lowercase host name like "node01"' })
const Ip = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){3}$/, { error: 'expected an IPv4 address like "192.168.100.2"' })

export const NodeSchema = z.strictObject({
  name: HostName,
  ip: Ip,
  role: z.enum(['control-plane', 'worker']),
  /** kubelet version when it differs from the cluster's (mid-upgrade labs) */
  kubeletVersion: z
    .string()
    .regex(/^v\d+\.\d+\.\d+$/)
    .optional(),
})

export const ClusterSchema = z.strictObject({
  name: z.string().regex(NAME),
  /** control-plane version, e.g. "v1.33.0" */
  version: z.string().regex(/^v\d+\.\d+\.\d+$/, { error: 'expected a version like "v1.33.0"' }),
  /** keep kubeadm's node-role.kubernetes.io/control-plane:NoSchedule taint (default true) */
  controlPlaneTaint: z.boolean().optional(),
  /** the older --pod-eviction-timeout wording: tolerationSeconds given to pods for not-ready/unreachable */
  evictionTimeout: DurationSchema.optional(),
  /** --node-monitor-grace-period */
  nodeMonitorGracePeriod: DurationSchema.optional(),
  podSubnet: z.string().optional(),
  nodes: z.array(NodeSchema).min(1),
})

/** Any Kubernetes manifest: the API server validates the rest when the lab creates it. */
export const ManifestSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.looseObject({ name: z.string(), namespace: z.string().optional() }),
})

export const HostSchema = z.strictObject({
  name: HostName,
  ip: Ip,
  files: z.record(z.string(), z.string()).optional(),
})

export const WorldSchema = z.strictObject({
  clusters: z.array(ClusterSchema).min(1),
  /** plain machines that are not cluster nodes (a jump box, an external etcd) */
  hosts: z.array(HostSchema).optional(),
  /** manifests per cluster name, created in dependency order (Namespaces first) */
  objects: z.record(z.string(), z.array(ManifestSchema)).optional(),
  /** files per host name: path → content */
  files: z.record(z.string(), z.record(z.string(), z.string())).optional(),
  /** virtual time to let the world run before the student arrives (default 30m) */
  settle: DurationSchema.default('30m'),
  /** virtual start time (default 2026-11-24T09:00:00Z) */
  start: z.iso
    .datetime({ error: 'expected an ISO time like "2026-11-24T09:00:00Z"' })
    .default('2026-11-24T09:00:00Z'),
})

export type NodeSpecInput = z.infer<typeof NodeSchema>
export type ClusterInput = z.infer<typeof ClusterSchema>
export type Manifest = z.infer<typeof ManifestSchema>
export type WorldInput = z.infer<typeof WorldSchema>
