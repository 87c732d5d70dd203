// The cluster graph's data: one card per Node (what `kubectl get nodes` and `describe node` show)
// with its pods as chips (STATUS as `kubectl get pods` prints it), a lane for unbound pods, a legend.
import type { Cluster, Lease, Node, Pod, World } from '../../sim'
import { podEvictionTime } from './graphEviction'
import { controllerColor, resolvePodOwner, type OwnerLook, type OwnerLookup } from './graphOwners'
import { podStatusText } from './graphPodStatus'

export { shareGraphModel } from './graphShare'

/** Namespaces of cluster add-ons, hidden unless the student asks for system pods. */
export const SYSTEM_NAMESPACES: readonly string[] = [
  'kube-system',
  'kube-flannel',
  'kube-node-lease',
  'kube-public',
  'calico-system',
  'tigera-operator',
]

export type NodeReadiness = 'Ready' | 'NotReady' | 'Unknown'

export interface GraphPod {
  /** React Flow id and layout key: "pod:<namespace>/<name>" */
  id: string
  namespace: string
  name: string
  /** spec.nodeName, '' while unbound */
  nodeName: string
  phase: string
  /** the STATUS column of `kubectl get pods` */
  status: string
  ownerKind: string
  ownerName: string
  look: OwnerLook
  colorKey: string
  color: string
  /** deletionTimestamp is set */
  terminating: boolean
  /** Pending or ContainerCreating (not yet running) */
  starting: boolean
  /** creationTimestamp in virtual ms (the age is now - createdAt) */
  createdAt: number
  system: boolean
}

export interface GraphNodeCard {
  /** React Flow id and layout key: "node:<name>" */
  id: string
  name: string
  role: 'control-plane' | 'worker'
  /** the ROLES column: "control-plane" or "<none>" */
  roles: string
  ready: NodeReadiness
  schedulingDisabled: boolean
  /** the STATUS column: "Ready,SchedulingDisabled" */
  status: string
  kubeletVersion: string
  /** "key=value:Effect", as describe node prints them */
  taints: string[]
  /** every pod bound to the node, system pods included */
  podCount: number
  /** bound pods not shown because system pods are hidden */
  hiddenPods: number
  /** power of the machine behind the node; undefined when no host backs it */
  powered: boolean | undefined
  /** virtual ms when the kubelet's silence will turn the node NotReady (powered off, still Ready) */
  notReadyAt: number | undefined
  /** virtual ms when its first pod will be evicted by NoExecute taints (NotReady node) */
  evictAt: number | undefined
  /** how many of its pods that eviction will take */
  evictingPods: number
  pods: GraphPod[]
}

export interface LegendEntry {
  colorKey: string
  look: OwnerLook
  kind: string
  namespace: string
  name: string
  /** "Deployment default/web", "Static pods", "No controller" */
  label: string
  color: string
  count: number
}

export interface GraphModel {
  now: number
  cluster: string | undefined
  nodes: GraphNodeCard[]
  /** pods no node holds: unbound (Pending) or bound to a node that does not exist */
  pending: GraphPod[]
  legend: LegendEntry[]
  hiddenSystemPods: number
}

export interface GraphOptions {
  showSystemPods: boolean
  /** virtual ms; defaults to the world's clock */
  now?: number
  /** cluster name; defaults to the world's first cluster */
  cluster?: string
}

const EMPTY_MODEL_NODES: GraphNodeCard[] = []

function toMs(t: string | undefined): number {
  const ms = t ? Date.parse(t) : NaN
  return Number.isNaN(ms) ? 0 : ms
}

/** ROLES as kubectl's findNodeRoles: node-role.kubernetes.io/<role> and kubernetes.io/role. */
function nodeRoles(node: Node): string[] {
  const roles = new Set<string>()
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/'))
      roles.add(k.slice('node-role.kubernetes.io/'.length))
    else if (k === 'kubernetes.io/role' && v) roles.add(v)
  }
  return [...roles].sort()
}

function readiness(node: Node): NodeReadiness {
  const c = node.status?.conditions?.find((x) => x.type === 'Ready')
  if (!c) return 'Unknown'
  return c.status === 'True' ? 'Ready' : 'NotReady'
}

function heartbeatSilenceEnd(cluster: Cluster, node: Node): number | undefined {
  const host = cluster.hosts.forNode(cluster.name, node.metadata?.name ?? '')
  if (!host || host.isRunning('kubelet')) return undefined
  const cond = node.status?.conditions?.find((x) => x.type === 'Ready')
  const lease = cluster.client.tryGet<Lease>('Lease', 'kube-node-lease', node.metadata?.name ?? '')
  const last = Math.max(toMs(cond?.lastHeartbeatTime), toMs(lease?.spec?.renewTime))
  return last ? last + cluster.config.nodeMonitorGracePeriodMs : undefined
}

function isSystemNamespace(ns: string): boolean {
  return SYSTEM_NAMESPACES.includes(ns)
}

/**
 * Pod models by stored object: the store replaces an object on every write, so an unchanged pod is
 * the same object and its model is reused (only its owner is looked up again, as a ReplicaSet may
 * be adopted). Keeps the selector cheap with 1,000 pods at 60 frames a second.
 */
const podModels = new WeakMap<object, GraphPod>()

function buildPod(pod: Pod, lookup: OwnerLookup): GraphPod {
  const owner = resolvePodOwner(pod, lookup)
  const cached = podModels.get(pod)
  if (cached && cached.colorKey === owner.colorKey) return cached
  const namespace = pod.metadata?.namespace ?? 'default'
  const name = pod.metadata?.name ?? ''
  const status = podStatusText(pod)
  const gp: GraphPod = {
    id: `pod:${namespace}/${name}`,
    namespace,
    name,
    nodeName: pod.spec?.nodeName ?? '',
    phase: pod.status?.phase ?? '',
    status,
    ownerKind: owner.owner?.kind ?? '',
    ownerName: owner.owner?.name ?? '',
    look: owner.look,
    colorKey: owner.colorKey,
    color: controllerColor(owner.colorKey),
    terminating: Boolean(pod.metadata?.deletionTimestamp),
    starting: status === 'Pending' || status === 'ContainerCreating' || status.startsWith('Init:'),
    createdAt: toMs(pod.metadata?.creationTimestamp),
    system: isSystemNamespace(namespace),
  }
  podModels.set(pod, gp)
  return gp
}

function legendLabel(p: GraphPod): string {
  if (p.look === 'static') return 'Static pods'
  if (p.look === 'unmanaged') return 'No controller'
  return `${p.ownerKind} ${p.namespace}/${p.ownerName}`
}

const LOOK_ORDER: Record<OwnerLook, number> = { controller: 0, static: 1, unmanaged: 2 }

function buildLegend(pods: GraphPod[]): LegendEntry[] {
  const byKey = new Map<string, LegendEntry>()
  for (const p of pods) {
    const e = byKey.get(p.colorKey)
    if (e) e.count++
    else
      byKey.set(p.colorKey, {
        colorKey: p.colorKey,
        look: p.look,
        kind: p.look === 'controller' ? p.ownerKind : '',
        namespace: p.look === 'controller' ? p.namespace : '',
        name: p.look === 'controller' ? p.ownerName : '',
        label: legendLabel(p),
        color: p.color,
        count: 1,
      })
  }
  return [...byKey.values()].sort(
    (a, b) =>
      LOOK_ORDER[a.look] - LOOK_ORDER[b.look] ||
      (a.colorKey < b.colorKey ? -1 : a.colorKey > b.colorKey ? 1 : 0),
  )
}

interface Memo {
  /** watch events seen from the store (every write, also a snapshot restore) */
  writes: number
  key: string
  model: GraphModel | undefined
}

/** The last model per object store, valid while nothing was written and no machine changed power. */
const memos = new WeakMap<object, Memo>()

function memoFor(cluster: Cluster): Memo {
  let m = memos.get(cluster.store)
  if (!m) {
    const memo: Memo = { writes: 0, key: '', model: undefined }
    cluster.store.watch(() => void memo.writes++)
    memos.set(cluster.store, (m = memo))
  }
  return m
}

/**
 * The plain data the cluster graph draws. Pure: reads the world, changes nothing. A world where
 * nothing was written since the last call gets the same model back (with the new `now`).
 */
export function selectGraphModel(world: World, opts: GraphOptions): GraphModel {
  const now = opts.now ?? world.clock.now()
  const cluster = world.cluster(opts.cluster)
  if (!cluster) return computeGraphModel(world, opts, now)
  const power = world.hosts
    .all()
    .map((h) => (h.powered ? '1' : '0') + (h.isRunning('kubelet') ? '1' : '0'))
    .join('')
  const memo = memoFor(cluster)
  const key = `${cluster.name}|${memo.writes}|${opts.showSystemPods}|${power}`
  if (memo.model && memo.key === key)
    return memo.model.now === now ? memo.model : { ...memo.model, now }
  const model = computeGraphModel(world, opts, now)
  Object.assign(memo, { key, model })
  return model
}

function computeGraphModel(world: World, opts: GraphOptions, now: number): GraphModel {
  const cluster = world.cluster(opts.cluster)
  if (!cluster)
    return {
      now,
      cluster: undefined,
      nodes: EMPTY_MODEL_NODES,
      pending: [],
      legend: [],
      hiddenSystemPods: 0,
    }
  const store = cluster.store
  const lookup: OwnerLookup = (kind, ns, name) => store.get(kind, ns, name)
  const nodes = store.list('Node') as Node[]
  const podsByNode = new Map<string, { all: Pod[]; shown: GraphPod[] }>()
  for (const n of nodes) podsByNode.set(n.metadata?.name ?? '', { all: [], shown: [] })
  const pending: GraphPod[] = []
  const visible: GraphPod[] = []
  let hiddenSystemPods = 0
  for (const pod of store.list('Pod') as Pod[]) {
    const gp = buildPod(pod, lookup)
    const slot = gp.nodeName ? podsByNode.get(gp.nodeName) : undefined
    slot?.all.push(pod)
    if (gp.system && !opts.showSystemPods) {
      hiddenSystemPods++
      continue
    }
    visible.push(gp)
    if (slot) slot.shown.push(gp)
    else pending.push(gp)
  }
  const cards = nodes.map((node): GraphNodeCard => {
    const name = node.metadata?.name ?? ''
    const slot = podsByNode.get(name) ?? { all: [], shown: [] }
    const roles = nodeRoles(node)
    const ready = readiness(node)
    const unschedulable = Boolean(node.spec?.unschedulable)
    let evictAt: number | undefined
    let evictingPods = 0
    for (const pod of slot.all) {
      const at = podEvictionTime(pod, node, now)
      if (at === undefined) continue
      evictingPods++
      if (evictAt === undefined || at < evictAt) evictAt = at
    }
    const host = cluster.hosts.forNode(cluster.name, name)
    return {
      id: `node:${name}`,
      name,
      role:
        roles.includes('control-plane') || roles.includes('master') ? 'control-plane' : 'worker',
      roles: roles.length ? roles.join(',') : '<none>',
      ready,
      schedulingDisabled: unschedulable,
      status: unschedulable ? `${ready},SchedulingDisabled` : ready,
      kubeletVersion: node.status?.nodeInfo?.kubeletVersion ?? '',
      taints: (node.spec?.taints ?? []).map(
        (t) => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`,
      ),
      podCount: slot.all.length,
      hiddenPods: slot.all.length - slot.shown.length,
      powered: host?.powered,
      notReadyAt: ready === 'Ready' ? heartbeatSilenceEnd(cluster, node) : undefined,
      evictAt,
      evictingPods,
      pods: slot.shown,
    }
  })
  return {
    now,
    cluster: cluster.name,
    nodes: cards,
    pending,
    legend: buildLegend(visible),
    hiddenSystemPods,
  }
}
