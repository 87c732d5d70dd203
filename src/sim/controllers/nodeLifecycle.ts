// The node lifecycle controller (pkg/controller/nodelifecycle/node_lifecycle_controller.go):
// marks a node whose kubelet stopped posting Unknown after the grace period, keeps the
// condition taints (unreachable / not-ready / unschedulable: TaintNodesByCondition) in step.
import { recordEvent } from '../api/events'
import { rfc3339 } from '../api/time'
import type { Lease, Node, Pod, Taint, WatchEvent } from '../api/types'
import { lastHeartbeatMs } from '../kubelet/nodeStatus'
import { defineController, type ControllerContext } from './framework'
import { informerFor } from './informer'
import { nodeReadyStatus, setPodCondition } from './util'

export const TAINT_UNREACHABLE = 'node.kubernetes.io/unreachable'
export const TAINT_NOT_READY = 'node.kubernetes.io/not-ready'
export const TAINT_UNSCHEDULABLE = 'node.kubernetes.io/unschedulable'
const CONTROLLER_TAINTS = [TAINT_UNREACHABLE, TAINT_NOT_READY, TAINT_UNSCHEDULABLE]
const SOURCE = { component: 'node-controller' }

/** The taints the controller wants on a node, from its Ready condition and spec.unschedulable. */
function wantedTaints(node: Node): { key: string; effect: string }[] {
  const out: { key: string; effect: string }[] = []
  const ready = nodeReadyStatus(node)
  const cond =
    ready === 'Unknown' ? TAINT_UNREACHABLE : ready === 'False' ? TAINT_NOT_READY : undefined
  if (cond) out.push({ key: cond, effect: 'NoExecute' }, { key: cond, effect: 'NoSchedule' })
  if (node.spec?.unschedulable) out.push({ key: TAINT_UNSCHEDULABLE, effect: 'NoSchedule' })
  return out
}

function sameTaint(a: Taint, b: { key: string; effect: string }): boolean {
  return a.key === b.key && a.effect === b.effect
}

/** Add and remove controller-owned taints; others (kubeadm's, the user's) are left alone. */
function reconcileTaints(node: Node, ctx: ControllerContext): Node {
  const cur = node.spec?.taints ?? []
  const want = wantedTaints(node)
  const keep = cur.filter(
    (t) => !CONTROLLER_TAINTS.includes(t.key) || want.some((w) => sameTaint(t, w)),
  )
  const add = want.filter((w) => !cur.some((t) => sameTaint(t, w)))
  if (keep.length === cur.length && !add.length) return node
  const timeAdded = rfc3339(ctx.clock.now())
  return ctx.client.patch<Node>('Node', undefined, node.metadata!.name!, (n) => {
    const taints = [...keep, ...add.map((w) => ({ ...w, timeAdded }))]
    n.spec ??= {}
    if (taints.length) n.spec.taints = taints
    else delete n.spec.taints
  })
}

/** tryUpdateNodeHealth: every condition Unknown, heartbeat kept, transition now. */
function markUnknown(node: Node, ctx: ControllerContext): Node {
  const now = rfc3339(ctx.clock.now())
  const updated = ctx.client.patch<Node>('Node', undefined, node.metadata!.name!, (n) => {
    for (const c of n.status?.conditions ?? []) {
      if (c.status === 'Unknown') continue
      c.status = 'Unknown'
      c.reason = 'NodeStatusUnknown'
      c.message = 'Kubelet stopped posting node status.'
      c.lastTransitionTime = now
    }
  })
  const name = node.metadata!.name!
  recordEvent(
    ctx.client,
    updated,
    'Normal',
    'NodeNotReady',
    `Node ${name} status is now: NodeNotReady`,
    SOURCE,
  )
  markPodsNotReady(name, ctx)
  return updated
}

/**
 * MarkPodsNotReady (pkg/controller/util/node): every pod on the node, terminating ones included,
 * gets its Ready condition False (reason and message kept, transition now). Container statuses
 * are left as the kubelet last reported them, as upstream: READY in `kubectl get pods` still
 * counts ready containers, only the pod's Ready condition (endpoints, describe) changes.
 */
function markPodsNotReady(nodeName: string, ctx: ControllerContext): void {
  const now = ctx.clock.now()
  for (const pod of informerFor(ctx.client.store).podsOn(nodeName)) {
    const ready = pod.status?.conditions?.find((c) => c.type === 'Ready')
    if (!ready || ready.status === 'False') continue
    const status = structuredClone(pod.status!)
    const { lastTransitionTime: _since, ...cond } = ready
    setPodCondition(status, { ...cond, status: 'False' }, now)
    const updated = ctx.client.patch<Pod>(
      'Pod',
      pod.metadata!.namespace,
      pod.metadata!.name!,
      (p) => {
        p.status = status
      },
    )
    recordEvent(ctx.client, updated, 'Warning', 'NodeNotReady', 'Node is not ready', SOURCE)
  }
}

function reconcileNode(name: string, ctx: ControllerContext): number | undefined {
  let node = ctx.client.tryGet<Node>('Node', undefined, name)
  if (!node) return undefined
  let requeue: number | undefined
  const host = ctx.hosts.forNode(ctx.cluster.name, name)
  // divergence: a running kubelet counts as renewing its Lease continuously (no 10 s writes)
  if (host && !host.isRunning('kubelet') && nodeReadyStatus(node) !== 'Unknown') {
    const lease = ctx.client.tryGet<Lease>('Lease', 'kube-node-lease', name)
    const deadline = lastHeartbeatMs(node, lease) + ctx.cluster.config.nodeMonitorGracePeriodMs
    const now = ctx.clock.now()
    if (now >= deadline) node = markUnknown(node, ctx)
    else requeue = deadline - now
  }
  reconcileTaints(node, ctx)
  return requeue
}

function fingerprint(n: Node | undefined): string {
  return JSON.stringify([n?.spec?.unschedulable, n?.spec?.taints, nodeReadyStatus(n ?? {})])
}

export const nodeLifecycle = defineController({
  name: 'node-lifecycle-controller',
  watches: ['Node'],
  keysFor(ev: WatchEvent) {
    if (ev.type === 'DELETED') return []
    if (ev.type === 'MODIFIED' && fingerprint(ev.object as Node) === fingerprint(ev.old as Node))
      return []
    return [ev.object.metadata.name]
  },
  reconcile(key, ctx) {
    const after = reconcileNode(key, ctx)
    return after === undefined ? undefined : { requeueAfterMs: after }
  },
  resync(ctx) {
    return ctx.client.list('Node').map((n) => n.metadata.name)
  },
})
