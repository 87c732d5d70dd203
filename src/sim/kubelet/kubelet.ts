// The kubelet of every node of a cluster, as one controller keyed by node name (registration,
// status, static pods) and by pod key (the pod's lifecycle stages, graceful termination).
// Mirrors pkg/kubelet's syncLoop at the level a practice lab can see.
import { recordEvent } from '../api/events'
import type { Lease, Node, Pod, WatchEvent } from '../api/types'
import { defineController, type Controller, type ControllerContext } from '../controllers/framework'
import { informerFor } from '../controllers/informer'
import { podKey, timeOf } from '../controllers/util'
import type { Host } from '../hosts/host'
import { postNodeStatus, registerNode, renewLease, statusPostDueAt } from './nodeStatus'
import { deletionRequestedAt, nextStage, terminationDelayMs } from './stages'
import { STATIC_POD_PATH, isMirrorPod, syncStaticPods } from './staticPods'

interface KubeletState {
  /** was the kubelet running when this controller last looked (undefined after a restore) */
  running: Map<string, boolean>
  /** the start (boot or service start, ms) whose Starting events were already posted */
  started: Map<string, number>
  /** last seen spec.unschedulable, for NodeSchedulable/NodeNotSchedulable events */
  unschedulable: Map<string, boolean>
  /** pods whose Killing event was recorded */
  killing: Set<string>
  /** hosts whose manifest directory is watched */
  watched: WeakSet<Host>
}

export function kubeletStartedAt(host: Host): number {
  return Math.max(host.bootedAt, host.services.get('kubelet')?.since ?? 0)
}

function hostFor(ctx: ControllerContext, nodeName: string): Host | undefined {
  return ctx.hosts.forNode(ctx.cluster.name, nodeName)
}

function watchManifests(host: Host, ctx: ControllerContext, st: KubeletState): void {
  if (st.watched.has(host)) return
  st.watched.add(host)
  host.fs.onChange((path) => {
    if (path.startsWith(`${STATIC_POD_PATH}/`)) ctx.cluster.manager.poke('kubelet', host.name)
  })
}

function syncNode(nodeName: string, ctx: ControllerContext, st: KubeletState): number | undefined {
  const host = hostFor(ctx, nodeName)
  if (!host) return undefined
  watchManifests(host, ctx, st)
  const { client } = ctx
  const now = ctx.clock.now()
  if (!host.isRunning('kubelet')) {
    // divergence: the Lease is renewed every 10 s upstream; here its last renewal is written when
    // the kubelet stops, which is the moment node lifecycle counts the grace period from.
    const node = client.tryGet<Node>('Node', undefined, nodeName)
    if (st.running.get(nodeName) && node) renewLease(nodeName, node, ctx)
    st.running.set(nodeName, false)
    ctx.cluster.manager.poke('node-lifecycle-controller', nodeName)
    return undefined
  }
  const wasRunning = st.running.get(nodeName)
  st.running.set(nodeName, true)
  const startedAt = kubeletStartedAt(host)
  let node = client.tryGet<Node>('Node', undefined, nodeName)
  const lease = client.tryGet<Lease>('Lease', 'kube-node-lease', nodeName)
  const isNewStart = st.started.has(nodeName)
    ? st.started.get(nodeName) !== startedAt
    : !node || !lease || startedAt > timeOf(lease.spec?.renewTime)
  st.started.set(nodeName, startedAt)
  if (!node) node = registerNode(host, ctx)
  if (isNewStart || now >= statusPostDueAt(node)) node = postNodeStatus(host, node, isNewStart, ctx)
  const unsched = !!node.spec?.unschedulable
  const prev = st.unschedulable.get(nodeName)
  if (prev !== undefined && prev !== unsched) {
    const reason = unsched ? 'NodeNotSchedulable' : 'NodeSchedulable'
    recordEvent(client, node, 'Normal', reason, `Node ${nodeName} status is now: ${reason}`, {
      component: 'kubelet',
      host: nodeName,
    })
  }
  st.unschedulable.set(nodeName, unsched)
  syncStaticPods(host, node, ctx)
  if (isNewStart || wasRunning === false) {
    for (const p of informerFor(client.store).podsOn(nodeName))
      ctx.cluster.manager.poke('kubelet', podKey(p))
  }
  return Math.max(1, statusPostDueAt(node) - now)
}

function syncPod(key: string, ctx: ControllerContext, st: KubeletState): number | undefined {
  const { client } = ctx
  const pod = informerFor(client.store).getPod(key)
  if (!pod?.spec?.nodeName) return undefined
  const nodeName = pod.spec.nodeName
  const host = hostFor(ctx, nodeName)
  if (!host?.isRunning('kubelet')) return undefined
  const now = ctx.clock.now()
  const ns = pod.metadata!.namespace!
  const name = pod.metadata!.name!
  if (pod.metadata?.deletionTimestamp) {
    if (isMirrorPod(pod)) {
      // the static pod keeps running; its mirror is recreated by the next node sync
      client.forceRemove('Pod', ns, name)
      ctx.cluster.manager.poke('kubelet', nodeName)
      return undefined
    }
    const doneAt = deletionRequestedAt(pod) + terminationDelayMs(pod)
    if (now >= doneAt) {
      client.forceRemove('Pod', ns, name)
      st.killing.delete(pod.metadata.uid!)
      return undefined
    }
    if (!st.killing.has(pod.metadata.uid!)) {
      st.killing.add(pod.metadata.uid!)
      for (const c of pod.spec.containers ?? [])
        recordEvent(client, pod, 'Normal', 'Killing', `Stopping container ${c.name}`, {
          component: 'kubelet',
          host: nodeName,
        })
    }
    return doneAt - now
  }
  const stage = nextStage(pod)
  if (!stage) return undefined
  const due = stage.since(pod) + stage.delayMs
  if (now < due) return due - now
  const status = stage.next(pod, {
    now,
    hostIP: host.ip,
    podIP: () => (pod.spec?.hostNetwork ? host.ip : allocatePodIP(ctx, nodeName, pod)),
    containerId: () => client.randomHex(64),
  })
  client.update<Pod>({ ...pod, metadata: { ...pod.metadata }, status }, { owned: true })
  const after = informerFor(client.store).getPod(key)
  const next = after && nextStage(after)
  return next ? Math.max(0, next.since(after) + next.delayMs - now) : undefined
}

/** The lowest free address from .2 in the node's podCIDR (host-local IPAM, flannel's cni0 is .1). */
function allocatePodIP(ctx: ControllerContext, nodeName: string, pod: Pod): string | undefined {
  if (pod.status?.podIP) return pod.status.podIP
  const node = ctx.client.tryGet<Node>('Node', undefined, nodeName)
  const cidr = node?.spec?.podCIDR
  if (!cidr) return undefined
  const prefix = cidr.split('/')[0].split('.').slice(0, 3).join('.')
  const used = informerFor(ctx.client.store).ipsByNode.get(nodeName)
  for (let i = 2; i < 255; i++) if (!used?.has(`${prefix}.${i}`)) return `${prefix}.${i}`
  return undefined
}

/** A kubelet controller with its own memory (one per cluster). */
export function kubeletController(): Controller {
  const st: KubeletState = {
    running: new Map(),
    started: new Map(),
    unschedulable: new Map(),
    killing: new Set(),
    watched: new WeakSet(),
  }
  return defineController({
    name: 'kubelet',
    watches: ['Pod', 'Node'],
    keysFor(ev: WatchEvent) {
      if (ev.object.kind === 'Node') {
        const n = ev.object as Node
        if (ev.type === 'DELETED') return []
        const old = ev.old as Node | undefined
        return !old || !!old.spec?.unschedulable !== !!n.spec?.unschedulable
          ? [n.metadata!.name!]
          : []
      }
      const pod = ev.object as Pod
      if (ev.type === 'DELETED') {
        // a mirror pod removed by hand is recreated by its kubelet
        return isMirrorPod(pod) && pod.spec?.nodeName ? [pod.spec.nodeName] : []
      }
      return pod.spec?.nodeName ? [podKey(pod)] : []
    },
    reconcile(key, ctx) {
      const after = key.includes('/') ? syncPod(key, ctx, st) : syncNode(key, ctx, st)
      return after === undefined ? undefined : { requeueAfterMs: after }
    },
    resync(ctx) {
      const nodes = ctx.hosts
        .all()
        .filter((h) => h.cluster === ctx.cluster.name)
        .map((h) => h.name)
      const pods = ctx.client
        .list<Pod>('Pod')
        .filter((p) => p.spec?.nodeName)
        .map(podKey)
      return [...nodes, ...pods]
    },
  })
}
