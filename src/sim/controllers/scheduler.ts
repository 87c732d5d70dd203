// kube-scheduler, reduced: the default filter plugins that matter for these labs (NodeUnschedulable,
// NodeName, TaintToleration, NodeAffinity) in upstream order, a least-pods score, the binding, and
// FitError's "0/N nodes are available" message. pkg/scheduler/framework/plugins, schedule_one.go.
import { recordEvent } from '../api/events'
import type { NodeSelectorRequirement } from 'kubernetes-types/core/v1'
import type { Node, Pod, WatchEvent } from '../api/types'
import { defineController, type ControllerContext } from './framework'
import { informerFor } from './informer'
import {
  controllerOf,
  nodeReadyStatus,
  podKey,
  setPodCondition,
  tolerates,
  untoleratedTaint,
} from './util'

const SCHEDULER_NAME = 'default-scheduler'
const SOURCE = { component: SCHEDULER_NAME }

/** A filter plugin: undefined when the node fits, else the reason upstream reports. */
type Filter = (pod: Pod, node: Node) => string | undefined

const nodeUnschedulable: Filter = (pod, node) => {
  if (!node.spec?.unschedulable) return undefined
  const taint = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' }
  return tolerates(pod.spec?.tolerations, taint) ? undefined : 'node(s) were unschedulable'
}

const nodeName: Filter = (pod, node) =>
  pod.spec?.nodeName && pod.spec.nodeName !== node.metadata?.name
    ? "node(s) didn't match the requested node name"
    : undefined

const taintToleration: Filter = (pod, node) => {
  const t = untoleratedTaint(node.spec?.taints, pod.spec?.tolerations, ['NoSchedule', 'NoExecute'])
  return t ? `node(s) had untolerated taint {${t.key}: ${t.value ?? ''}}` : undefined
}

function matchesRequirement(r: NodeSelectorRequirement, value: string | undefined): boolean {
  switch (r.operator) {
    case 'In':
      return value !== undefined && (r.values ?? []).includes(value)
    case 'NotIn':
      return value === undefined || !(r.values ?? []).includes(value)
    case 'Exists':
      return value !== undefined
    case 'DoesNotExist':
      return value === undefined
    case 'Gt':
    case 'Lt': {
      const a = Number(value)
      const b = Number(r.values?.[0])
      return value !== undefined && (r.operator === 'Gt' ? a > b : a < b)
    }
  }
  return false
}

/** nodeSelector and required node affinity (matchExpressions on labels, matchFields on name). */
export function matchesNodeSelectorAndAffinity(pod: Pod, node: Node): boolean {
  const labels = node.metadata?.labels ?? {}
  for (const [k, v] of Object.entries(pod.spec?.nodeSelector ?? {}))
    if (labels[k] !== v) return false
  const terms =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms
  if (!terms?.length) return true
  return terms.some(
    (t) =>
      (t.matchExpressions ?? []).every((r) => matchesRequirement(r, labels[r.key])) &&
      (t.matchFields ?? []).every((r) =>
        matchesRequirement(r, r.key === 'metadata.name' ? node.metadata?.name : undefined),
      ) &&
      (t.matchExpressions?.length || t.matchFields?.length),
  )
}

const nodeAffinity: Filter = (pod, node) =>
  matchesNodeSelectorAndAffinity(pod, node)
    ? undefined
    : "node(s) didn't match Pod's node affinity/selector"

/**
 * divergence: upstream relies on the not-ready/unreachable NoSchedule taints alone; a node whose
 * Ready condition is not True but has no such taint yet is filtered here too.
 */
const nodeReady: Filter = (_pod, node) =>
  nodeReadyStatus(node) === 'True' ? undefined : 'node(s) were not ready'

/** Upstream's default filter order; the first failing plugin names the reason. */
export const FILTERS: Filter[] = [
  nodeUnschedulable,
  nodeName,
  taintToleration,
  nodeAffinity,
  nodeReady,
]

export function filterReason(pod: Pod, node: Node): string | undefined {
  for (const f of FILTERS) {
    const r = f(pod, node)
    if (r) return r
  }
  return undefined
}

/** FitError.Error() with the preemption post-filter message. */
export function fitErrorMessage(total: number, reasons: Map<string, number>): string {
  const parts = [...reasons].map(([r, n]) => `${n} ${r}`).sort()
  const head = `0/${total} nodes are available`
  if (total === 0) return `no nodes available to schedule pods`
  return `${head}: ${parts.join(', ')}. preemption: ${head}: ${total} Preemption is not helpful for scheduling.`
}

interface Feasibility {
  /** nodes that pass every filter, in name order */
  fit: Node[]
  reasons: Map<string, number>
}

/** Filter results by node list (identity changes when any node changes) and pod signature. */
const feasibilityCache = new WeakMap<Node[], Map<string, Feasibility>>()

function feasibility(pod: Pod, nodes: Node[]): Feasibility {
  const sig = JSON.stringify([
    pod.spec?.nodeName,
    pod.spec?.nodeSelector,
    pod.spec?.affinity?.nodeAffinity,
    pod.spec?.tolerations,
  ])
  let byNodes = feasibilityCache.get(nodes)
  if (!byNodes) feasibilityCache.set(nodes, (byNodes = new Map<string, Feasibility>()))
  const hit = byNodes.get(sig)
  if (hit) return hit
  const f: Feasibility = { fit: [], reasons: new Map() }
  for (const node of nodes) {
    const reason = filterReason(pod, node)
    if (reason) f.reasons.set(reason, (f.reasons.get(reason) ?? 0) + 1)
    else f.fit.push(node)
  }
  if (byNodes.size > 1000) byNodes.clear()
  byNodes.set(sig, f)
  return f
}

/** Where the next search starts, per cluster (schedule_one.go nextStartNodeIndex); a restart begins at 0. */
const nextStart = new WeakMap<object, number>()

/** numFeasibleNodesToFind with the adaptive percentage (50 - nodes/125, at least 5 %, at least 100 nodes). */
export function nodesToScore(all: number): number {
  if (all < 100) return all
  const pct = Math.max(5, 50 - Math.floor(all / 125))
  return Math.max(100, Math.floor((all * pct) / 100))
}

function schedulePod(pod: Pod, ctx: ControllerContext): void {
  const { client } = ctx
  const inf = informerFor(client.store)
  const nodes = inf.nodes()
  const { fit, reasons } = feasibility(pod, nodes)
  // divergence: upstream scores with PodTopologySpread's default constraints and resource
  // allocation; here: fewest pods of the same controller, then fewest pods, then node name.
  const owner = controllerOf(pod)?.uid
  const siblings = (owner && inf.ownedPodsPerNode.get(owner)) || new Map<string, number>()
  const counts = inf.podsByNode
  let best: Node | undefined
  let bestSiblings = Infinity
  let bestPods = Infinity
  // numFeasibleNodesToFind: in big clusters only a share of the feasible nodes is scored, from a
  // rotating start (upstream percentageOfNodesToScore's adaptive default).
  const take = Math.min(fit.length, nodesToScore(nodes.length))
  let start = 0
  if (take < fit.length) {
    const n = nextStart.get(client.store) ?? 0
    nextStart.set(client.store, n + 1)
    start = n % fit.length
  }
  for (let i = 0; i < take; i++) {
    const node = fit[(start + i) % fit.length]
    const name = node.metadata!.name!
    const sib = siblings.get(name) ?? 0
    if (sib > bestSiblings) continue
    const pods = counts.get(name)?.size ?? 0
    if (sib < bestSiblings || pods < bestPods) {
      best = node
      bestSiblings = sib
      bestPods = pods
    }
  }
  const ns = pod.metadata!.namespace!
  const name = pod.metadata!.name!
  const now = ctx.clock.now()
  if (best) {
    const target = best.metadata!.name!
    const status = structuredClone(pod.status ?? {})
    setPodCondition(status, { type: 'PodScheduled', status: 'True' }, now)
    const bound = client.update<Pod>(
      { ...pod, metadata: { ...pod.metadata }, spec: { ...pod.spec!, nodeName: target }, status },
      { owned: true },
    )
    recordEvent(
      client,
      bound,
      'Normal',
      'Scheduled',
      `Successfully assigned ${ns}/${name} to ${target}`,
      SOURCE,
    )
    return
  }
  const message = fitErrorMessage(nodes.length, reasons)
  const cond = {
    type: 'PodScheduled',
    status: 'False',
    reason: 'Unschedulable',
    message,
  }
  const copy = structuredClone(pod.status ?? {})
  let cur = pod
  if (setPodCondition(copy, cond, now)) {
    cur = client.patch<Pod>('Pod', ns, name, (p) => {
      p.status = copy
    })
  }
  recordEvent(client, cur, 'Warning', 'FailedScheduling', message, SOURCE)
}

function wantsScheduling(pod: Pod | undefined): pod is Pod {
  return (
    !!pod &&
    !pod.spec?.nodeName &&
    !pod.metadata?.deletionTimestamp &&
    (pod.spec?.schedulerName ?? SCHEDULER_NAME) === SCHEDULER_NAME
  )
}

/**
 * Queueing hints (upstream's QueueingHintFn): only a node change that can make a pending pod
 * fit retries them: a new node, an uncordon, a removed taint, new labels, Ready again.
 */
function mayHelp(ev: WatchEvent): boolean {
  if (ev.type === 'ADDED') return true
  if (ev.type === 'DELETED') return false
  const n = ev.object as Node
  const o = ev.old as Node
  if (o.spec?.unschedulable && !n.spec?.unschedulable) return true
  const taints = new Set((n.spec?.taints ?? []).map((t) => `${t.key}=${t.value ?? ''}:${t.effect}`))
  if ((o.spec?.taints ?? []).some((t) => !taints.has(`${t.key}=${t.value ?? ''}:${t.effect}`)))
    return true
  if (JSON.stringify(o.metadata?.labels) !== JSON.stringify(n.metadata?.labels)) return true
  return nodeReadyStatus(o) !== 'True' && nodeReadyStatus(n) === 'True'
}

const ALL_PENDING = '*'

/** Pods already tried against a given node list (identity changes whenever a node changes). */
const attempts = new WeakMap<Node[], Set<string>>()

export const scheduler = defineController({
  name: 'scheduler',
  watches: ['Pod', 'Node'],
  keysFor(ev: WatchEvent) {
    if (ev.object.kind === 'Node') return mayHelp(ev) ? [ALL_PENDING] : []
    const pod = ev.object as Pod
    if (ev.type === 'DELETED' || !wantsScheduling(pod)) return []
    const oldSpec = (ev.old as Pod | undefined)?.spec
    if (
      ev.type === 'MODIFIED' &&
      (oldSpec === pod.spec || JSON.stringify(pod.spec) === JSON.stringify(oldSpec))
    )
      return []
    return [podKey(pod)]
  },
  reconcile(key, ctx) {
    const inf = informerFor(ctx.client.store)
    const keys = key === ALL_PENDING ? [...inf.unscheduled].sort() : [key]
    const nodes = inf.nodes()
    let tried = attempts.get(nodes)
    if (!tried) attempts.set(nodes, (tried = new Set()))
    for (const k of keys) {
      const pod = inf.getPod(k)
      if (!wantsScheduling(pod)) continue
      // one attempt per pod version and node set: '*' and the pod's own key in one pass
      const id = `${k}@${pod.metadata!.uid}@${JSON.stringify(pod.spec?.tolerations)}`
      if (tried.has(id)) continue
      tried.add(id)
      schedulePod(pod, ctx)
    }
  },
  resync(ctx) {
    return [...informerFor(ctx.client.store).unscheduled].sort()
  },
})
