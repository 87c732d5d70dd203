// kubectl describe pod. Upstream: kubectl pkg/describe/describe.go describePod;
// QoS from k8s.io/kubectl/pkg/util/qos GetPodQOS.
import type { ApiClient, KObject, Pod } from '../../../../sim'
import { translateTimestampSince } from '../util/duration'
import { formatRfc1123Z } from '../util/time'
import { describeContainers, describeVolumes } from './containers'
import { eventsFor } from './events'
import { parseQuantity } from './quantity'
import type { DescribeSettings } from './settings'
import {
  describeEvents,
  LEVEL_0,
  LEVEL_1,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './writer'

/** GetPodQOS: BestEffort (no cpu/memory requests or limits), Guaranteed, or Burstable. */
export function podQOS(pod: Pod): string {
  if (pod.status?.qosClass) return pod.status.qosClass
  const containers = [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])]
  let any = false
  let guaranteed = true
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as Record<string, string>
    const lim = (c.resources?.limits ?? {}) as Record<string, string>
    for (const r of ['cpu', 'memory']) {
      const rq = req[r] !== undefined ? parseQuantity(req[r]).milli : undefined
      const lm = lim[r] !== undefined ? parseQuantity(lim[r]).milli : undefined
      if ((rq ?? 0) > 0 || (lm ?? 0) > 0) any = true
      if (lm === undefined || (rq !== undefined && rq !== lm)) guaranteed = false
    }
  }
  if (!any) return 'BestEffort'
  return guaranteed ? 'Guaranteed' : 'Burstable'
}

/** metav1.GetControllerOf as `Kind/name`. */
export function controllerOf(obj: KObject | Pod): string {
  const ref = (obj.metadata?.ownerReferences ?? []).find((r) => r.controller)
  return ref ? `${ref.kind}/${ref.name}` : ''
}

/** The text of `kubectl describe pod <name>`. */
export function describePod(
  client: ApiClient,
  pod: Pod,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = pod.metadata!
  const spec = pod.spec ?? { containers: [] }
  const status = pod.status ?? {}
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${md.namespace}\n`)
  if (spec.priority !== undefined && spec.priority !== null)
    w.write(LEVEL_0, `Priority:\t${spec.priority}\n`)
  if (spec.priorityClassName) w.write(LEVEL_0, `Priority Class Name:\t${spec.priorityClassName}\n`)
  if (spec.runtimeClassName) w.write(LEVEL_0, `Runtime Class Name:\t${spec.runtimeClassName}\n`)
  if (spec.serviceAccountName) w.write(LEVEL_0, `Service Account:\t${spec.serviceAccountName}\n`)
  w.write(
    LEVEL_0,
    spec.nodeName ? `Node:\t${spec.nodeName}/${status.hostIP ?? ''}\n` : 'Node:\t<none>\n',
  )
  if (status.startTime) w.write(LEVEL_0, `Start Time:\t${formatRfc1123Z(status.startTime)}\n`)
  printLabelsMultiline(w, 'Labels', md.labels)
  printAnnotationsMultiline(w, 'Annotations', md.annotations)
  if (md.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
    w.write(
      LEVEL_0,
      `Status:\tTerminating (lasts ${translateTimestampSince(md.deletionTimestamp, now)})\n`,
    )
    w.write(LEVEL_0, `Termination Grace Period:\t${md.deletionGracePeriodSeconds ?? 0}s\n`)
  } else w.write(LEVEL_0, `Status:\t${status.phase ?? ''}\n`)
  if (status.reason) w.write(LEVEL_0, `Reason:\t${status.reason}\n`)
  if (status.message) w.write(LEVEL_0, `Message:\t${status.message}\n`)
  const seccomp = spec.securityContext?.seccompProfile
  if (seccomp) {
    w.write(LEVEL_0, `SeccompProfile:\t${seccomp.type}\n`)
    if (seccomp.type === 'Localhost')
      w.write(LEVEL_0, `LocalhostProfile:\t${seccomp.localhostProfile ?? ''}\n`)
  }
  w.write(LEVEL_0, `IP:\t${status.podIP ?? ''}\n`)
  if (!status.podIPs?.length) w.write(LEVEL_0, 'IPs:\t<none>\n')
  else {
    w.write(LEVEL_0, 'IPs:\n')
    for (const ip of status.podIPs) w.write(LEVEL_0, `  IP:\t${ip.ip}\n`)
  }
  const ctrl = controllerOf(pod)
  if (ctrl) w.write(LEVEL_0, `Controlled By:\t${ctrl}\n`)
  if (status.nominatedNodeName)
    w.write(LEVEL_0, `NominatedNodeName:\t${status.nominatedNodeName}\n`)
  if (spec.initContainers?.length)
    describeContainers(
      w,
      'Init Containers',
      spec.initContainers,
      status.initContainerStatuses ?? [],
      '',
    )
  describeContainers(w, 'Containers', spec.containers, status.containerStatuses ?? [], '')
  if (spec.readinessGates?.length) {
    w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n')
    for (const g of spec.readinessGates) {
      const c = (status.conditions ?? []).find((x) => x.type === g.conditionType)
      w.write(LEVEL_1, `${g.conditionType} \t${c?.status ?? '<none>'} \n`)
    }
  }
  if (status.conditions?.length) {
    w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n')
    for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status} \n`)
  }
  describeVolumes(w, spec.volumes, '')
  w.write(LEVEL_0, `QoS Class:\t${podQOS(pod)}\n`)
  printLabelsMultiline(w, 'Node-Selectors', spec.nodeSelector)
  printTolerationsMultiline(w, 'Tolerations', spec.tolerations)
  if (opts.showEvents) describeEvents(w, eventsFor(client, pod as never), now)
  return w.toString()
}
