// kubectl describe deployment. Upstream: kubectl pkg/describe/describe.go describeDeployment,
// printReplicaSetsByLabels; deploymentutil.GetAllReplicaSets for New/Old ReplicaSets.
import type { ApiClient, Deployment, PodTemplateSpec, ReplicaSet } from '../../../../sim'
import { formatLabelSelector } from '../printers/columns/types'
import { formatRfc1123Z } from '../util/time'
import { describePodTemplate } from './containers'
import { eventsFor } from './events'
import type { DescribeSettings } from './settings'
import {
  describeEvents,
  LEVEL_0,
  LEVEL_1,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
} from './writer'

const HASH_LABEL = 'pod-template-hash'

function templateKey(t: PodTemplateSpec | undefined): string {
  const copy = structuredClone(t ?? {})
  if (copy.metadata?.labels) delete copy.metadata.labels[HASH_LABEL]
  return JSON.stringify(copy)
}

/** The deployment's ReplicaSets: the new one (template equal ignoring the hash) and old ones with replicas. */
export function replicaSetsOf(
  client: ApiClient,
  d: Deployment,
): { newRS?: ReplicaSet; oldRSs: ReplicaSet[] } {
  const owned = client
    .list<ReplicaSet>('ReplicaSet', { namespace: d.metadata?.namespace })
    .filter((rs) =>
      (rs.metadata?.ownerReferences ?? []).some((r) => r.controller && r.uid === d.metadata?.uid),
    )
    .sort(
      (a, b) =>
        Date.parse(a.metadata?.creationTimestamp ?? '') -
          Date.parse(b.metadata?.creationTimestamp ?? '') ||
        (a.metadata!.name! < b.metadata!.name! ? -1 : 1),
    )
  const key = templateKey(d.spec?.template)
  const newRS = owned.find((rs) => templateKey(rs.spec?.template) === key)
  const oldRSs = owned.filter((rs) => rs !== newRS && (rs.spec?.replicas ?? 1) !== 0)
  return { newRS, oldRSs }
}

function rsList(list: ReplicaSet[]): string {
  return (
    list
      .map(
        (rs) =>
          `${rs.metadata?.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`,
      )
      .join(', ') || '<none>'
  )
}

/** The text of `kubectl describe deployment <name>`. */
export function describeDeployment(
  client: ApiClient,
  d: Deployment,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = d.metadata!
  const spec = d.spec!
  const st = d.status ?? {}
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${md.namespace}\n`)
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123Z(md.creationTimestamp!)}\n`)
  printLabelsMultiline(w, 'Labels', md.labels)
  printAnnotationsMultiline(w, 'Annotations', md.annotations)
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`)
  w.write(
    LEVEL_0,
    `Replicas:\t${spec.replicas ?? 1} desired | ${st.updatedReplicas ?? 0} updated | ${st.replicas ?? 0} total | ${st.availableReplicas ?? 0} available | ${st.unavailableReplicas ?? 0} unavailable\n`,
  )
  w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`)
  w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`)
  const ru = spec.strategy?.rollingUpdate
  if (ru)
    w.write(
      LEVEL_0,
      `RollingUpdateStrategy:\t${ru.maxUnavailable ?? ''} max unavailable, ${ru.maxSurge ?? ''} max surge\n`,
    )
  describePodTemplate(w, spec.template)
  if (st.conditions?.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n')
    w.write(LEVEL_1, '----\t------\t------\n')
    for (const c of st.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`)
  }
  const { newRS, oldRSs } = replicaSetsOf(client, d)
  w.write(LEVEL_0, `OldReplicaSets:\t${rsList(oldRSs)}\n`)
  w.write(LEVEL_0, `NewReplicaSet:\t${rsList(newRS ? [newRS] : [])}\n`)
  if (opts.showEvents) describeEvents(w, eventsFor(client, d as never), now)
  return w.toString()
}
