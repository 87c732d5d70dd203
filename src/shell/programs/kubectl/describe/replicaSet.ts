// kubectl describe replicaset. Upstream: kubectl pkg/describe/describe.go (v1.32.4)
// ReplicaSetDescriber, describeReplicaSet, getPodStatusForController.
import type { ApiClient, LabelSelector, Pod, ReplicaSet } from '../../../../sim'
import { fromLabelSelector, matchesSelector } from '../../../../sim'
import { formatLabelSelector } from '../printers/columns/types'
import { describePodTemplate } from './containers'
import { eventsFor } from './events'
import { controllerOf } from './pod'
import type { DescribeSettings } from './settings'
import {
  describeEvents,
  LEVEL_0,
  LEVEL_1,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
} from './writer'

/** getPodStatusForController: the phases of the pods the controller `uid` owns among `selector`'s. */
export function podStatusForController(
  client: ApiClient,
  namespace: string | undefined,
  selector: LabelSelector | undefined,
  uid: string | undefined,
): string {
  const sel = fromLabelSelector(selector)
  const counts = { Running: 0, Pending: 0, Succeeded: 0, Failed: 0 }
  for (const pod of client.list<Pod>('Pod', { namespace })) {
    if (!matchesSelector(sel, pod.metadata?.labels ?? {})) continue
    const ref = (pod.metadata?.ownerReferences ?? []).find((r) => r.controller)
    if (!ref || ref.uid !== uid) continue
    const phase = pod.status?.phase as keyof typeof counts | undefined
    if (phase && phase in counts) counts[phase]++
  }
  return `${counts.Running} Running / ${counts.Pending} Waiting / ${counts.Succeeded} Succeeded / ${counts.Failed} Failed`
}

/** The text of `kubectl describe replicaset <name>`. */
export function describeReplicaSet(
  client: ApiClient,
  rs: ReplicaSet,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = rs.metadata!
  const spec = rs.spec!
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${md.namespace}\n`)
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector) || '<none>'}\n`)
  printLabelsMultiline(w, 'Labels', md.labels)
  printAnnotationsMultiline(w, 'Annotations', md.annotations)
  const ctrl = controllerOf(rs as never)
  if (ctrl) w.write(LEVEL_0, `Controlled By:\t${ctrl}\n`)
  w.write(
    LEVEL_0,
    `Replicas:\t${rs.status?.replicas ?? 0} current / ${spec.replicas ?? 1} desired\n`,
  )
  w.write(
    LEVEL_0,
    `Pods Status:\t${podStatusForController(client, md.namespace, spec.selector, md.uid)}\n`,
  )
  describePodTemplate(w, spec.template)
  const conditions = rs.status?.conditions ?? []
  if (conditions.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n')
    w.write(LEVEL_1, '----\t------\t------\n')
    for (const c of conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`)
  }
  if (opts.showEvents) describeEvents(w, eventsFor(client, rs as never), now)
  return w.toString()
}
