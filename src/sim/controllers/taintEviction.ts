// The taint eviction controller (pkg/controller/tainteviction, "taint-eviction-controller" since
// v1.29): a pod on a node with a NoExecute taint it does not tolerate is deleted at once; one that
// tolerates it for tolerationSeconds is deleted when the taint's timeAdded + tolerationSeconds passes.
import { recordEvent } from '../api/events'
import type { Node, Pod, Taint, WatchEvent } from '../api/types'
import { defineController, type ControllerContext } from './framework'
import { informerFor } from './informer'
import { podKey, timeOf, toleratesTaint } from './util'

const SOURCE = { component: 'taint-eviction-controller' }

/**
 * When the pod must go: 0 (now) if a NoExecute taint is not tolerated, the earliest
 * timeAdded + tolerationSeconds over the taints, or undefined when it may stay forever.
 */
export function evictionTimeMs(pod: Pod, taints: Taint[]): number | undefined {
  let at: number | undefined
  for (const taint of taints) {
    if (taint.effect !== 'NoExecute') continue
    const tols = (pod.spec?.tolerations ?? []).filter((t) => toleratesTaint(t, taint))
    if (!tols.length) return 0
    if (tols.some((t) => t.tolerationSeconds === undefined || t.tolerationSeconds === null))
      continue
    const secs = Math.min(...tols.map((t) => Math.max(0, t.tolerationSeconds!)))
    const when = timeOf(taint.timeAdded) + secs * 1000
    at = at === undefined ? when : Math.min(at, when)
  }
  return at
}

function reconcilePod(pod: Pod, node: Node, ctx: ControllerContext): number | undefined {
  if (pod.metadata?.deletionTimestamp) return undefined
  const at = evictionTimeMs(pod, node.spec?.taints ?? [])
  if (at === undefined) return undefined
  const now = ctx.clock.now()
  if (now < at) return at - now
  const ns = pod.metadata!.namespace!
  const name = pod.metadata!.name!
  recordEvent(
    ctx.client,
    pod,
    'Normal',
    'TaintManagerEviction',
    `Marking for deletion Pod ${ns}/${name}`,
    SOURCE,
  )
  ctx.client.delete('Pod', ns, name)
  return undefined
}

const NODE_PREFIX = 'node:'

export const taintEviction = defineController({
  name: 'taint-eviction-controller',
  watches: ['Node', 'Pod'],
  keysFor(ev: WatchEvent) {
    if (ev.type === 'DELETED') return []
    if (ev.object.kind === 'Node') {
      const n = ev.object as Node
      const old = ev.old as Node | undefined
      const changed =
        n.spec?.taints !== old?.spec?.taints &&
        JSON.stringify(n.spec?.taints) !== JSON.stringify(old?.spec?.taints)
      return changed && n.spec?.taints?.some((t) => t.effect === 'NoExecute')
        ? [NODE_PREFIX + n.metadata!.name]
        : []
    }
    const pod = ev.object as Pod
    if (!pod.spec?.nodeName || pod.metadata?.deletionTimestamp) return []
    const old = ev.old as Pod | undefined
    return !old ||
      old.spec?.nodeName !== pod.spec.nodeName ||
      (old.spec?.tolerations !== pod.spec.tolerations &&
        JSON.stringify(old.spec?.tolerations) !== JSON.stringify(pod.spec.tolerations))
      ? [podKey(pod)]
      : []
  },
  reconcile(key, ctx) {
    const inf = informerFor(ctx.client.store)
    if (key.startsWith(NODE_PREFIX)) {
      const name = key.slice(NODE_PREFIX.length)
      for (const p of inf.podsOn(name))
        ctx.cluster.manager.poke('taint-eviction-controller', podKey(p))
      return
    }
    const pod = inf.getPod(key)
    const node =
      pod?.spec?.nodeName && ctx.client.tryGet<Node>('Node', undefined, pod.spec.nodeName)
    if (!pod || !node) return
    const after = reconcilePod(pod, node, ctx)
    return after === undefined ? undefined : { requeueAfterMs: after }
  },
  resync(ctx) {
    return ctx.client
      .list<Node>('Node')
      .filter((n) => n.spec?.taints?.some((t) => t.effect === 'NoExecute'))
      .map((n) => NODE_PREFIX + n.metadata!.name)
  },
})
