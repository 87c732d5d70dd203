// The pod filters `kubectl drain` runs over a node's pods, in order, and how their verdicts become
// warnings and errors. Mirrors k8s.io/kubectl pkg/drain/filters.go (v0.32.4).
import type { Pod } from '../../../../sim'

const DAEMON_SET_FATAL = 'DaemonSet-managed Pods (use --ignore-daemonsets to ignore)'
const DAEMON_SET_WARNING = 'ignoring DaemonSet-managed Pods'
const LOCAL_STORAGE_FATAL = 'Pods with local storage (use --delete-emptydir-data to override)'
const LOCAL_STORAGE_WARNING = 'deleting Pods with local storage'
// v1.30–1.35 quirk: the constant itself starts with "cannot delete", and errors() prefixes it again
const UNMANAGED_FATAL = 'cannot delete Pods that declare no controller (use --force to override)'
const UNMANAGED_WARNING = 'deleting Pods that declare no controller'
const MIRROR_POD_ANNOTATION = 'kubernetes.io/config.mirror'

export type PodDeleteReason = 'Okay' | 'Skip' | 'Warning' | 'Error'

export interface PodDeleteStatus {
  delete: boolean
  reason: PodDeleteReason
  message: string
}

export interface PodDelete {
  pod: Pod
  status: PodDeleteStatus
}

export interface FilterOptions {
  force: boolean
  ignoreAllDaemonSets: boolean
  deleteEmptyDirData: boolean
  skipWaitForDeleteTimeoutSeconds: number
  nowMs: number
  /** GET the DaemonSet; returns the API error text when it fails (e.g. NotFound), else undefined. */
  getDaemonSetError(
    namespace: string,
    name: string,
  ): { text: string; notFound: boolean } | undefined
}

type PodFilter = (pod: Pod) => PodDeleteStatus

const okay = (): PodDeleteStatus => ({ delete: true, reason: 'Okay', message: '' })
const skip = (): PodDeleteStatus => ({ delete: false, reason: 'Skip', message: '' })
const warning = (del: boolean, message: string): PodDeleteStatus => ({
  delete: del,
  reason: 'Warning',
  message,
})
const error = (message: string): PodDeleteStatus => ({ delete: false, reason: 'Error', message })

function controllerOf(pod: Pod) {
  return pod.metadata?.ownerReferences?.find((r) => r.controller === true)
}

function isFinished(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
}

function hasLocalStorage(pod: Pod): boolean {
  return (pod.spec?.volumes ?? []).some((v) => v.emptyDir !== undefined)
}

/** shouldSkipPod: deletionTimestamp older than --skip-wait-for-delete-timeout seconds. */
export function shouldSkipPod(pod: Pod, skipSeconds: number, nowMs: number): boolean {
  const ts = pod.metadata?.deletionTimestamp
  if (skipSeconds <= 0 || !ts) return false
  return Math.trunc((nowMs - Date.parse(ts)) / 1000) > skipSeconds
}

export function makeFilters(o: FilterOptions): PodFilter[] {
  const skipDeleted: PodFilter = (pod) =>
    shouldSkipPod(pod, o.skipWaitForDeleteTimeoutSeconds, o.nowMs) ? skip() : okay()
  const daemonSet: PodFilter = (pod) => {
    const ref = controllerOf(pod)
    if (!ref || ref.kind !== 'DaemonSet') return okay()
    if (isFinished(pod)) return okay()
    const err = o.getDaemonSetError(pod.metadata!.namespace!, ref.name)
    if (err) return err.notFound && o.force ? warning(true, err.text) : error(err.text)
    if (!o.ignoreAllDaemonSets) return error(DAEMON_SET_FATAL)
    return warning(false, DAEMON_SET_WARNING)
  }
  const mirror: PodFilter = (pod) =>
    pod.metadata?.annotations?.[MIRROR_POD_ANNOTATION] !== undefined ? skip() : okay()
  const localStorage: PodFilter = (pod) => {
    if (!hasLocalStorage(pod) || isFinished(pod)) return okay()
    if (!o.deleteEmptyDirData) return error(LOCAL_STORAGE_FATAL)
    // upstream notes that "this warning gets dropped by subsequent filters"; it is dropped here too
    return warning(true, LOCAL_STORAGE_WARNING)
  }
  const unreplicated: PodFilter = (pod) => {
    if (isFinished(pod) || controllerOf(pod)) return okay()
    if (o.force) return warning(true, UNMANAGED_WARNING)
    return error(UNMANAGED_FATAL)
  }
  return [skipDeleted, daemonSet, mirror, localStorage, unreplicated]
}

/** filterPods: the first filter that says "don't delete" decides; later filters may overwrite warnings. */
export function filterPods(pods: Pod[], filters: PodFilter[]): PodDeleteList {
  return new PodDeleteList(
    pods.map((pod) => {
      let status = okay()
      for (const f of filters) {
        status = f(pod)
        if (!status.delete) break
      }
      return { pod, status }
    }),
  )
}

// divergence: Go groups warnings and errors in a map, so their order changes between runs. We use
// one fixed order, taken from the real captures (shared/oracle/real-captures.md): local storage,
// no controller, DaemonSet, then any other message in order of first appearance.
const GROUP_ORDER = [
  LOCAL_STORAGE_FATAL,
  UNMANAGED_FATAL,
  DAEMON_SET_FATAL,
  LOCAL_STORAGE_WARNING,
  UNMANAGED_WARNING,
  DAEMON_SET_WARNING,
]

function groupByMessage(items: PodDelete[], reason: PodDeleteReason): [string, string[]][] {
  const groups = new Map<string, string[]>()
  for (const i of items) {
    if (i.status.reason !== reason) continue
    const msg = i.status.message || (reason === 'Error' ? 'unexpected error' : '')
    const list = groups.get(msg) ?? []
    list.push(`${i.pod.metadata?.namespace}/${i.pod.metadata?.name}`)
    groups.set(msg, list)
  }
  const rank = (m: string) => {
    const r = GROUP_ORDER.indexOf(m)
    return r < 0 ? GROUP_ORDER.length : r
  }
  return [...groups].sort((a, b) => rank(a[0]) - rank(b[0]))
}

export class PodDeleteList {
  constructor(readonly items: PodDelete[]) {}

  /** The pods to delete or evict. */
  pods(): Pod[] {
    return this.items.filter((i) => i.status.delete).map((i) => i.pod)
  }

  /** `ignoring DaemonSet-managed Pods: ns/a, ns/b; deleting …` ('' when none). */
  warnings(): string {
    return groupByMessage(this.items, 'Warning')
      .map(([msg, pods]) => `${msg}: ${pods.join(', ')}`)
      .join('; ')
  }

  /** One `cannot delete <msg>: ns/a, ns/b` per message. */
  errors(): string[] {
    return groupByMessage(this.items, 'Error').map(
      ([msg, pods]) => `cannot delete ${msg}: ${pods.join(', ')}`,
    )
  }
}
