// kubectl describe node. Upstream: kubectl pkg/describe/describe.go NodeDescriber, describeNode,
// describeNodeResource.
import type { ApiClient, Lease, Node, Pod } from '../../../../sim'
import { nodeRoles } from '../printers/columns/nodes'
import { translateTimestampSince } from '../util/duration'
import { formatRfc1123Z } from '../util/time'
import { eventsFor } from './events'
import { addQuantity, formatQuantity, parseQuantity, ZERO, type Quantity } from './quantity'
import type { DescribeSettings } from './settings'
import {
  describeEvents,
  LEVEL_0,
  LEVEL_1,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTaintsMultiline,
} from './writer'

type ResourceList = Record<string, string | number>

/** resourcehelper.PodRequestsAndLimits: containers summed, init containers as a floor. */
export function podRequestsAndLimits(pod: Pod): {
  req: Record<string, Quantity>
  lim: Record<string, Quantity>
} {
  const sum = (lists: (ResourceList | undefined)[]) => {
    const out: Record<string, Quantity> = {}
    for (const l of lists)
      for (const [k, v] of Object.entries(l ?? {}))
        out[k] = out[k] ? addQuantity(out[k], parseQuantity(v)) : parseQuantity(v)
    return out
  }
  const cs = pod.spec?.containers ?? []
  const req = sum(cs.map((c) => c.resources?.requests as ResourceList | undefined))
  const lim = sum(cs.map((c) => c.resources?.limits as ResourceList | undefined))
  for (const ic of pod.spec?.initContainers ?? []) {
    for (const [target, list] of [
      [req, ic.resources?.requests],
      [lim, ic.resources?.limits],
    ] as const) {
      for (const [k, v] of Object.entries((list ?? {}) as ResourceList)) {
        const q = parseQuantity(v)
        if (!target[k] || q.milli > target[k].milli) target[k] = q
      }
    }
  }
  return { req, lim }
}

const pct = (part: Quantity, whole: number, milli: boolean) => {
  if (!whole) return 0
  const v = milli ? part.milli : Math.ceil(part.milli / 1000)
  return Math.trunc((v / whole) * 100)
}

function describeNodeResource(w: PrefixWriter, node: Node, pods: Pod[], now: number): void {
  w.write(LEVEL_0, `Non-terminated Pods:\t(${pods.length} in total)\n`)
  w.write(
    LEVEL_1,
    'Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge\n',
  )
  w.write(
    LEVEL_1,
    '---------\t----\t\t------------\t----------\t---------------\t-------------\t---\n',
  )
  const capacity = (node.status?.capacity ?? {}) as ResourceList
  const alloc = (
    Object.keys(node.status?.allocatable ?? {}).length ? node.status?.allocatable : capacity
  ) as ResourceList
  const allocCpu = parseQuantity(alloc.cpu).milli
  const allocMem = Math.ceil(parseQuantity(alloc.memory).milli / 1000)
  const allocEph = Math.ceil(parseQuantity(alloc['ephemeral-storage']).milli / 1000)
  const cell = (q: Quantity | undefined, whole: number, milli: boolean) =>
    `${formatQuantity(q ?? ZERO)} (${pct(q ?? ZERO, whole, milli)}%)`
  const totalReq: Record<string, Quantity> = {}
  const totalLim: Record<string, Quantity> = {}
  for (const pod of pods) {
    const { req, lim } = podRequestsAndLimits(pod)
    for (const [k, q] of Object.entries(req))
      totalReq[k] = totalReq[k] ? addQuantity(totalReq[k], q) : q
    for (const [k, q] of Object.entries(lim))
      totalLim[k] = totalLim[k] ? addQuantity(totalLim[k], q) : q
    w.write(
      LEVEL_1,
      `${pod.metadata?.namespace ?? ''}\t${pod.metadata?.name ?? ''}\t\t${cell(req.cpu, allocCpu, true)}\t${cell(lim.cpu, allocCpu, true)}\t${cell(req.memory, allocMem, false)}\t${cell(lim.memory, allocMem, false)}\t${translateTimestampSince(pod.metadata?.creationTimestamp, now)}\n`,
    )
  }
  w.write(
    LEVEL_0,
    'Allocated resources:\n  (Total limits may be over 100 percent, i.e., overcommitted.)\n',
  )
  w.write(LEVEL_1, 'Resource\tRequests\tLimits\n')
  w.write(LEVEL_1, '--------\t--------\t------\n')
  const row = (name: string, whole: number, milli: boolean) =>
    w.write(
      LEVEL_1,
      `${name}\t${cell(totalReq[name], whole, milli)}\t${cell(totalLim[name], whole, milli)}\n`,
    )
  row('cpu', allocCpu, true)
  row('memory', allocMem, false)
  row('ephemeral-storage', allocEph, false)
  const names = Object.keys(alloc)
  const standard = new Set(['cpu', 'memory', 'ephemeral-storage', 'pods', 'storage'])
  for (const r of names.filter((n) => n.startsWith('hugepages-')).sort())
    row(r, Math.ceil(parseQuantity(alloc[r]).milli / 1000), false)
  for (const r of names.filter((n) => !n.startsWith('hugepages-') && !standard.has(n)).sort())
    row(r, Math.ceil(parseQuantity(alloc[r]).milli / 1000), false)
}

function printResourceList(w: PrefixWriter, list: ResourceList): void {
  for (const name of Object.keys(list).sort())
    w.write(LEVEL_0, `  ${name}:\t${formatQuantity(parseQuantity(list[name]))}\n`)
}

/** The text of `kubectl describe node <name>`. */
export function describeNode(
  client: ApiClient,
  node: Node,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const name = node.metadata!.name!
  w.write(LEVEL_0, `Name:\t${name}\n`)
  w.write(LEVEL_0, `Roles:\t${nodeRoles(node).join(',') || '<none>'}\n`)
  printLabelsMultiline(w, 'Labels', node.metadata?.labels)
  printAnnotationsMultiline(w, 'Annotations', node.metadata?.annotations)
  w.write(LEVEL_0, `CreationTimestamp:\t${formatRfc1123Z(node.metadata!.creationTimestamp!)}\n`)
  printTaintsMultiline(w, 'Taints', node.spec?.taints)
  w.write(LEVEL_0, `Unschedulable:\t${node.spec?.unschedulable ? 'true' : 'false'}\n`)
  const lease = client.tryGet<Lease>('Lease', 'kube-node-lease', name)
  if (lease) {
    const t = (v: string | undefined | null) => (v ? formatRfc1123Z(v) : '<unset>')
    w.write(LEVEL_0, 'Lease:\n')
    w.write(LEVEL_1, `HolderIdentity:\t${lease.spec?.holderIdentity ?? '<unset>'}\n`)
    w.write(LEVEL_1, `AcquireTime:\t${t(lease.spec?.acquireTime)}\n`)
    w.write(LEVEL_1, `RenewTime:\t${t(lease.spec?.renewTime)}\n`)
  }
  const conds = node.status?.conditions ?? []
  if (conds.length) {
    w.write(
      LEVEL_0,
      'Conditions:\n  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage\n',
    )
    w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n')
    const t = (v: string | undefined) => (v ? formatRfc1123Z(v) : 'Mon, 01 Jan 0001 00:00:00 +0000')
    for (const c of conds)
      w.write(
        LEVEL_1,
        `${c.type} \t${c.status} \t${t(c.lastHeartbeatTime)} \t${t(c.lastTransitionTime)} \t${c.reason ?? ''} \t${c.message ?? ''}\n`,
      )
  }
  w.write(LEVEL_0, 'Addresses:\n')
  for (const a of node.status?.addresses ?? []) w.write(LEVEL_1, `${a.type}:\t${a.address}\n`)
  const capacity = (node.status?.capacity ?? {}) as ResourceList
  const allocatable = (node.status?.allocatable ?? {}) as ResourceList
  if (Object.keys(capacity).length) {
    w.write(LEVEL_0, 'Capacity:\n')
    printResourceList(w, capacity)
  }
  if (Object.keys(allocatable).length) {
    w.write(LEVEL_0, 'Allocatable:\n')
    printResourceList(w, allocatable)
  }
  const info = node.status?.nodeInfo
  w.write(LEVEL_0, 'System Info:\n')
  w.write(LEVEL_0, `  Machine ID:\t${info?.machineID ?? ''}\n`)
  w.write(LEVEL_0, `  System UUID:\t${info?.systemUUID ?? ''}\n`)
  w.write(LEVEL_0, `  Boot ID:\t${info?.bootID ?? ''}\n`)
  w.write(LEVEL_0, `  Kernel Version:\t${info?.kernelVersion ?? ''}\n`)
  w.write(LEVEL_0, `  OS Image:\t${info?.osImage ?? ''}\n`)
  w.write(LEVEL_0, `  Operating System:\t${info?.operatingSystem ?? ''}\n`)
  w.write(LEVEL_0, `  Architecture:\t${info?.architecture ?? ''}\n`)
  w.write(LEVEL_0, `  Container Runtime Version:\t${info?.containerRuntimeVersion ?? ''}\n`)
  w.write(LEVEL_0, `  Kubelet Version:\t${info?.kubeletVersion ?? ''}\n`)
  w.write(LEVEL_0, `  Kube-Proxy Version:\t${info?.kubeProxyVersion ?? ''}\n`)
  if (node.spec?.podCIDR) w.write(LEVEL_0, `PodCIDR:\t${node.spec.podCIDR}\n`)
  if (node.spec?.podCIDRs?.length) w.write(LEVEL_0, `PodCIDRs:\t${node.spec.podCIDRs.join(',')}\n`)
  if (node.spec?.providerID) w.write(LEVEL_0, `ProviderID:\t${node.spec.providerID}\n`)
  const pods = client
    .list<Pod>('Pod')
    .filter(
      (p) =>
        p.spec?.nodeName === name &&
        p.status?.phase !== 'Succeeded' &&
        p.status?.phase !== 'Failed',
    )
  describeNodeResource(w, node, pods, now)
  if (opts.showEvents) describeEvents(w, eventsFor(client, node as never), now)
  return w.toString()
}
