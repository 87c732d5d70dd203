// The DaemonSet controller (pkg/controller/daemon/daemon_controller.go, util/daemonset_util.go):
// one pod per eligible node. Pods are created unbound with a required node affinity on
// metadata.name (as upstream since v1.12) and bound by the scheduler; they carry the daemon
// tolerations so they stay on cordoned and unreachable nodes.
import { recordEvent } from '../api/events'
import type { DaemonSet, Node, Pod, Toleration, WatchEvent } from '../api/types'
import { defineController, splitKey, type ControllerContext } from './framework'
import { informerFor } from './informer'
import { computeHash } from './deployment'
import { templateGenerationOf } from '../api/kinds/daemonSetGeneration'
import { matchesNodeSelectorAndAffinity } from './scheduler'
import {
  controllerOf,
  controllerRef,
  isPodActive,
  isPodReady,
  podKey,
  untoleratedTaint,
} from './util'

const SOURCE = { component: 'daemonset-controller' }

/** AddOrUpdateDaemonPodTolerations. */
export function daemonTolerations(spec: NonNullable<Pod['spec']>): Toleration[] {
  const add: Toleration[] = [
    { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
    { key: 'node.kubernetes.io/disk-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/memory-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/pid-pressure', operator: 'Exists', effect: 'NoSchedule' },
    { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
  ]
  if (spec.hostNetwork)
    add.push({
      key: 'node.kubernetes.io/network-unavailable',
      operator: 'Exists',
      effect: 'NoSchedule',
    })
  const out = [...(spec.tolerations ?? [])]
  for (const t of add) {
    const i = out.findIndex((x) => x.key === t.key && x.effect === t.effect)
    if (i >= 0) out[i] = t
    else out.push(t)
  }
  return out
}

function podFor(ds: DaemonSet, nodeName: string): Pod {
  const tpl = ds.spec!.template
  const spec = structuredClone(tpl.spec!)
  spec.tolerations = daemonTolerations(spec)
  spec.affinity = {
    ...spec.affinity,
    nodeAffinity: {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [
          { matchFields: [{ key: 'metadata.name', operator: 'In', values: [nodeName] }] },
        ],
      },
    },
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      generateName: `${ds.metadata!.name}-`,
      namespace: ds.metadata!.namespace,
      labels: {
        ...(tpl.metadata?.labels ?? {}),
        // divergence: upstream hashes the ControllerRevision; the template hash stands in for it
        'controller-revision-hash': computeHash(tpl),
        'pod-template-generation': String(templateGenerationOf(ds) ?? ds.metadata!.generation ?? 1),
      },
      ownerReferences: [controllerRef(ds as never)],
    },
    spec,
  }
}

/** The DaemonSet's pod as the scheduler would see it: its template with the daemon tolerations. */
function daemonProbe(ds: DaemonSet): Pod {
  const spec = ds.spec!.template.spec!
  return { spec: { ...spec, tolerations: daemonTolerations(spec) } }
}

/** nodeShouldRunDaemonPod: selector/affinity match and every NoSchedule/NoExecute taint tolerated. */
export function shouldRun(ds: DaemonSet, node: Node, probe: Pod = daemonProbe(ds)): boolean {
  return (
    matchesNodeSelectorAndAffinity(probe, node) &&
    !untoleratedTaint(node.spec?.taints, probe.spec!.tolerations, ['NoSchedule', 'NoExecute'])
  )
}

/** The node a daemon pod is for: its nodeName, or the matchFields value the controller set. */
function targetNode(pod: Pod): string | undefined {
  if (pod.spec?.nodeName) return pod.spec.nodeName
  const terms =
    pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution
      ?.nodeSelectorTerms
  return terms?.[0]?.matchFields?.find((f) => f.key === 'metadata.name')?.values?.[0]
}

function reconcileDaemonSet(key: string, ctx: ControllerContext): void {
  const { client } = ctx
  const { namespace, name } = splitKey(key)
  const ds = client.tryGet<DaemonSet>('DaemonSet', namespace, name)
  if (!ds || ds.metadata?.deletionTimestamp) return
  const inf = informerFor(client.store)
  const pods = inf
    .podsOwnedBy(ds.metadata!.uid!)
    .filter((p) => controllerOf(p)?.uid === ds.metadata!.uid && isPodActive(p))
  const byNode = new Map<string, Pod[]>()
  for (const p of pods) {
    const n = targetNode(p) ?? ''
    const here = byNode.get(n)
    if (here) here.push(p)
    else byNode.set(n, [p])
  }
  const nodes = inf.nodes()
  const probe = daemonProbe(ds)
  let desired = 0
  let misscheduled = 0
  for (const node of nodes) {
    const nodeName = node.metadata!.name!
    const here = byNode.get(nodeName) ?? []
    byNode.delete(nodeName)
    const run = shouldRun(ds, node, probe)
    // a running pod stays while its NoExecute taints are tolerated (nodeShouldRunDaemonPod's shouldContinueRunning)
    const keep =
      run ||
      (here.length > 0 &&
        !untoleratedTaint(node.spec?.taints, here[0].spec?.tolerations, ['NoExecute']))
    if (run) desired++
    if (!run && keep && here.length) misscheduled++
    if (run && !here.length) {
      const pod = client.create<Pod>(podFor(ds, nodeName), { owned: true })
      recordEvent(
        client,
        ds,
        'Normal',
        'SuccessfulCreate',
        `Created pod: ${pod.metadata!.name}`,
        SOURCE,
      )
    }
    const extra = keep ? here.slice(1) : here
    for (const p of extra) {
      client.delete('Pod', p.metadata!.namespace, p.metadata!.name!)
      recordEvent(
        client,
        ds,
        'Normal',
        'SuccessfulDelete',
        `Deleted pod: ${p.metadata!.name}`,
        SOURCE,
      )
    }
  }
  for (const orphans of byNode.values())
    for (const p of orphans) client.delete('Pod', p.metadata!.namespace, p.metadata!.name!)
  const now = inf
    .podsOwnedBy(ds.metadata!.uid!)
    .filter((p) => controllerOf(p)?.uid === ds.metadata!.uid && isPodActive(p))
  const scheduled = now.filter((p) => p.spec?.nodeName)
  const ready = scheduled.filter(isPodReady).length
  const status: NonNullable<DaemonSet['status']> = {
    currentNumberScheduled: scheduled.length - misscheduled,
    desiredNumberScheduled: desired,
    numberMisscheduled: misscheduled,
    numberReady: ready,
    observedGeneration: ds.metadata!.generation,
    updatedNumberScheduled: scheduled.length,
  }
  if (ready) status.numberAvailable = ready
  if (desired - ready > 0) status.numberUnavailable = desired - ready
  if (JSON.stringify(status) !== JSON.stringify(ds.status ?? {}))
    client.update<DaemonSet>({ ...ds, metadata: { ...ds.metadata }, status }, { owned: true })
}

/** What of a node decides where daemon pods run. */
function nodeFingerprint(n: Node | undefined): string {
  return JSON.stringify([n?.metadata?.labels, n?.spec?.taints])
}

const ALL = '*'

export const daemonSet = defineController({
  name: 'daemonset-controller',
  watches: ['DaemonSet', 'Pod', 'Node'],
  keysFor(ev: WatchEvent) {
    if (ev.object.kind === 'DaemonSet') return ev.type === 'DELETED' ? [] : [podKey(ev.object)]
    if (ev.object.kind === 'Node') {
      const same =
        ev.type === 'MODIFIED' &&
        nodeFingerprint(ev.object as Node) === nodeFingerprint(ev.old as Node)
      return same ? [] : [ALL]
    }
    const ref = controllerOf(ev.object)
    return ref?.kind === 'DaemonSet' ? [`${ev.object.metadata.namespace}/${ref.name}`] : []
  },
  reconcile(key, ctx) {
    if (key === ALL) {
      for (const ds of ctx.client.list('DaemonSet')) reconcileDaemonSet(podKey(ds), ctx)
      return
    }
    reconcileDaemonSet(key, ctx)
  },
  resync(ctx) {
    return ctx.client.list('DaemonSet').map((o) => podKey(o))
  },
})
