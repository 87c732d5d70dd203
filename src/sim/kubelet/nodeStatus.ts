// The kubelet's Node object: registration (kubelet_node_status.go registerWithAPIServer) and the
// status setters (pkg/kubelet/nodestatus/setters.go), plus its node Lease (nodelease controller).
import { recordEvent } from '../api/events'
import { rfc3339, rfc3339Micro } from '../api/time'
import type { Lease, Node, NodeCondition } from '../api/types'
import type { ControllerContext } from '../controllers/framework'
import { timeOf } from '../controllers/util'
import type { Host } from '../hosts/host'
import { fnv32a } from '../random'

/** kubelet nodeStatusReportFrequency: a status post at least this often even with no change. */
export const NODE_STATUS_REPORT_FREQUENCY_MS = 5 * 60_000

export const KUBELET_CONDITIONS: Omit<NodeCondition, 'lastHeartbeatTime' | 'lastTransitionTime'>[] =
  [
    {
      type: 'MemoryPressure',
      status: 'False',
      reason: 'KubeletHasSufficientMemory',
      message: 'kubelet has sufficient memory available',
    },
    {
      type: 'DiskPressure',
      status: 'False',
      reason: 'KubeletHasNoDiskPressure',
      message: 'kubelet has no disk pressure',
    },
    {
      type: 'PIDPressure',
      status: 'False',
      reason: 'KubeletHasSufficientPID',
      message: 'kubelet has sufficient PID available',
    },
    {
      type: 'Ready',
      status: 'True',
      reason: 'KubeletReady',
      message: 'kubelet is posting ready status',
    },
  ]

const CONDITION_EVENTS: Record<string, string> = {
  MemoryPressure: 'NodeHasSufficientMemory',
  DiskPressure: 'NodeHasNoDiskPressure',
  PIDPressure: 'NodeHasSufficientPID',
}

/** The version the kubelet binary reports: package '1.33.0-1.1' → 'v1.33.0'. */
export function kubeletVersionOf(host: Host): string {
  const v = host.packages.get('kubelet') ?? ''
  const bare = v.replace(/^v/, '').replace(/-.*$/, '')
  return bare ? `v${bare}` : ''
}

function hex(seed: string, n: number): string {
  let out = ''
  for (let i = 0; out.length < n; i++) out += fnv32a(`${i}/${seed}`).toString(16).padStart(8, '0')
  return out.slice(0, n)
}

function uuidOf(seed: string): string {
  const h = hex(seed, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`
}

/** The lowest free /24 of the cluster's pod subnet (nodeipam's range allocator). */
function allocatePodCIDR(ctx: ControllerContext): string | undefined {
  const [addr, bitsStr] = ctx.cluster.config.podSubnet.split('/')
  const bits = Number(bitsStr)
  const base = addr.split('.').reduce((a, o) => a * 256 + Number(o), 0)
  const used = new Set(ctx.client.list<Node>('Node').map((n) => n.spec?.podCIDR))
  const count = bits <= 24 ? 2 ** (24 - bits) : 0
  for (let i = 0; i < count; i++) {
    const n = base + i * 256
    const cidr = `${[n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, 0].join('.')}/24`
    if (!used.has(cidr)) return cidr
  }
  return undefined
}

/**
 * registerWithAPIServer: the Node object a fresh kubelet creates. Its conditions come with the
 * first status post right after, which records the NodeHas… and NodeReady events.
 */
export function registerNode(host: Host, ctx: ControllerContext): Node {
  const labels: Record<string, string> = {
    'beta.kubernetes.io/arch': 'amd64',
    'beta.kubernetes.io/os': 'linux',
    'kubernetes.io/arch': 'amd64',
    'kubernetes.io/hostname': host.name,
    'kubernetes.io/os': 'linux',
  }
  if (host.role === 'control-plane') {
    // divergence: kubeadm's mark-control-plane phase adds these; done at registration here
    labels['node-role.kubernetes.io/control-plane'] = ''
    labels['node.kubernetes.io/exclude-from-external-load-balancers'] = ''
  }
  const cidr = allocatePodCIDR(ctx)
  const node: Node = {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: host.name,
      labels,
      annotations: {
        'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock',
        'node.alpha.kubernetes.io/ttl': '0',
        'volumes.kubernetes.io/controller-managed-attach-detach': 'true',
      },
    },
    spec: cidr ? { podCIDR: cidr, podCIDRs: [cidr] } : {},
    status: {
      capacity: {
        cpu: '16',
        'ephemeral-storage': '1016057248Ki',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: '65838860Ki',
        pods: '110',
      },
      allocatable: {
        cpu: '16',
        'ephemeral-storage': '936398358207',
        'hugepages-1Gi': '0',
        'hugepages-2Mi': '0',
        memory: '65736460Ki',
        pods: '110',
      },
      addresses: [
        { type: 'InternalIP', address: host.ip },
        { type: 'Hostname', address: host.name },
      ],
      daemonEndpoints: { kubeletEndpoint: { Port: 10250 } },
      nodeInfo: nodeInfo(host),
    },
  }
  const created = ctx.client.create<Node>(node)
  // divergence: upstream the node lifecycle controller records RegisteredNode
  recordEvent(
    ctx.client,
    created,
    'Normal',
    'RegisteredNode',
    `Node ${host.name} event: Registered Node ${host.name} in Controller`,
    { component: 'node-controller' },
  )
  return created
}

function nodeInfo(host: Host): NonNullable<Node['status']>['nodeInfo'] {
  return {
    machineID: hex(`machine/${host.name}`, 32),
    systemUUID: uuidOf(`system/${host.name}`),
    bootID: uuidOf(`boot/${host.name}/${host.bootedAt}`),
    kernelVersion: host.os.kernel,
    osImage: host.os.image,
    containerRuntimeVersion: host.os.containerRuntime,
    kubeletVersion: kubeletVersionOf(host),
    kubeProxyVersion: '',
    operatingSystem: 'linux',
    architecture: 'amd64',
  }
}

/**
 * Post the node's status: heartbeat every condition, set the kubelet's own statuses, and on a
 * (re)start the version and boot id it now runs with. Emits the kubelet's node events.
 */
export function postNodeStatus(
  host: Host,
  node: Node,
  started: boolean,
  ctx: ControllerContext,
): Node {
  const now = ctx.clock.now()
  const src = { component: 'kubelet', host: host.name }
  const events: [string, string][] = []
  if (started) {
    events.push(['Starting', 'Starting kubelet.'])
    events.push(['NodeAllocatableEnforced', 'Updated Node Allocatable limit across pods'])
  }
  // the current object, not a deep copy: unchanged parts are shared (stored objects are immutable)
  const cur = ctx.client.get<Node>('Node', undefined, node.metadata!.name!)
  const st = { ...cur.status }
  const byType = new Map((st.conditions ?? []).map((c) => [c.type, c]))
  st.conditions = KUBELET_CONDITIONS.map((want) => {
    const c = byType.get(want.type)
    const transitioned = !c || c.status !== want.status
    if (transitioned && CONDITION_EVENTS[want.type])
      events.push([
        CONDITION_EVENTS[want.type],
        `Node ${host.name} status is now: ${CONDITION_EVENTS[want.type]}`,
      ])
    if (transitioned && want.type === 'Ready')
      events.push(['NodeReady', `Node ${host.name} status is now: NodeReady`])
    return {
      ...want,
      lastHeartbeatTime: rfc3339(now),
      lastTransitionTime: transitioned ? rfc3339(now) : c.lastTransitionTime,
    }
  })
  if (started) st.nodeInfo = nodeInfo(host)
  const updated = ctx.client.update<Node>(
    { ...cur, metadata: { ...cur.metadata }, status: st },
    { owned: true },
  )
  for (const [reason, msg] of events) recordEvent(ctx.client, updated, 'Normal', reason, msg, src)
  renewLease(host.name, updated, ctx)
  return updated
}

/** Does the node's status need a post now (a condition differs, or the report is due)? */
export function statusPostDueAt(node: Node): number {
  const conds = node.status?.conditions ?? []
  const healthy = KUBELET_CONDITIONS.every(
    (w) => conds.find((c) => c.type === w.type)?.status === w.status,
  )
  if (!healthy) return 0
  const hb = Math.min(...conds.map((c) => timeOf(c.lastHeartbeatTime)))
  return hb + NODE_STATUS_REPORT_FREQUENCY_MS
}

/** The node Lease in kube-node-lease (skipped when that namespace does not exist). */
export function renewLease(name: string, node: Node, ctx: ControllerContext): void {
  const { client } = ctx
  if (!client.tryGet('Namespace', undefined, 'kube-node-lease')) return
  const renewTime = rfc3339Micro(ctx.clock.now())
  const cur = client.tryGet<Lease>('Lease', 'kube-node-lease', name)
  if (cur) {
    client.update<Lease>(
      { ...cur, metadata: { ...cur.metadata }, spec: { ...cur.spec, renewTime } },
      { owned: true },
    )
    return
  }
  client.create<Lease>({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name,
      namespace: 'kube-node-lease',
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name, uid: node.metadata!.uid! }],
    },
    spec: { holderIdentity: name, leaseDurationSeconds: 40, renewTime },
  })
}

/** The last moment the kubelet is known alive: the later of the lease renewal and heartbeat. */
export function lastHeartbeatMs(node: Node, lease: Lease | undefined): number {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready')
  const hb = timeOf(ready?.lastHeartbeatTime, timeOf(node.metadata?.creationTimestamp))
  return Math.max(hb, timeOf(lease?.spec?.renewTime))
}
