// printers.go printPod: NAME READY STATUS RESTARTS AGE (+ IP NODE NOMINATED NODE READINESS GATES).
import type { Pod, ContainerStatus } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { ageSince, defineColumns } from './types'

type Terminated = NonNullable<NonNullable<ContainerStatus['state']>['terminated']>

/** The `get pods` STATUS string (oracle kubectl-get.md §6). */
export function podStatusReason(pod: Pod): string {
  return podSummary(pod).reason
}

function isRestartable(c: { restartPolicy?: string } | undefined): boolean {
  return c?.restartPolicy === 'Always'
}

function laterOf(a: string | undefined, b: string | undefined): string | undefined {
  if (!b) return a
  if (!a) return b
  return Date.parse(b) > Date.parse(a) ? b : a
}

function terminatedReason(t: Terminated, prefix: string): string {
  if (t.reason) return prefix + t.reason
  if (t.signal) return `${prefix}Signal:${t.signal}`
  return `${prefix}ExitCode:${t.exitCode}`
}

interface PodSummary {
  ready: number
  total: number
  reason: string
  restarts: number
  lastRestart?: string
}

const NONE: never[] = []

function hasCondition(pod: Pod, type: string): boolean {
  for (const c of pod.status?.conditions ?? NONE)
    if (c.type === type && c.status === 'True') return true
  return false
}

/** The last init container with this name (as a name-keyed map of them would hold). */
function initContainerNamed<T extends { name: string }>(cs: T[], name: string): T | undefined {
  for (let i = cs.length - 1; i >= 0; i--) if (cs[i].name === name) return cs[i]
  return undefined
}

function podSummary(pod: Pod): PodSummary {
  const spec = pod.spec
  const status = pod.status ?? {}
  const initContainers = spec?.initContainers ?? NONE
  let restarts = 0
  let restartableRestarts = 0
  let total = spec ? spec.containers.length : 0
  let ready = 0
  let lastRestart: string | undefined
  let lastRestartableRestart: string | undefined
  const phase = status.phase ?? ''
  let reason: string = status.reason || phase
  for (const c of status.conditions ?? NONE) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  }
  for (const c of initContainers) if (isRestartable(c)) total++

  let initializing = false
  const initStatuses = status.initContainerStatuses ?? NONE
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]
    restarts += c.restartCount
    const lastTerm = c.lastState?.terminated?.finishedAt
    lastRestart = laterOf(lastRestart, lastTerm)
    const restartable = isRestartable(initContainerNamed(initContainers, c.name))
    if (restartable) {
      restartableRestarts += c.restartCount
      lastRestartableRestart = laterOf(lastRestartableRestart, lastTerm)
    }
    const term = c.state?.terminated
    const waiting = c.state?.waiting
    if (term && term.exitCode === 0) continue
    if (restartable && c.started) {
      if (c.ready) ready++
      continue
    }
    if (term) reason = terminatedReason(term, 'Init:')
    else if (waiting?.reason && waiting.reason !== 'PodInitializing')
      reason = 'Init:' + waiting.reason
    else reason = `Init:${i}/${spec?.initContainers?.length ?? 0}`
    initializing = true
    break
  }

  if (!initializing || hasCondition(pod, 'Initialized')) {
    restarts = restartableRestarts
    lastRestart = lastRestartableRestart
    let hasRunning = false
    const cs = status.containerStatuses ?? NONE
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i]
      restarts += c.restartCount
      lastRestart = laterOf(lastRestart, c.lastState?.terminated?.finishedAt)
      const state = c.state
      const waiting = state?.waiting
      const term = state?.terminated
      if (waiting?.reason) reason = waiting.reason
      else if (term) reason = terminatedReason(term, '')
      else if (c.ready && state?.running) {
        hasRunning = true
        ready++
      }
    }
    if (reason === 'Completed' && hasRunning)
      reason = hasCondition(pod, 'Ready') ? 'Running' : 'NotReady'
  }

  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown'
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed')
    reason = 'Terminating'
  return { ready, total, reason, restarts, lastRestart }
}

/** A pod's cells apart from the clock-dependent AGE and RESTARTS' "(… ago)". */
interface PodRow {
  cells: string[]
  restarts: number
  lastRestart?: string
}

/**
 * Stored objects are never changed in place (a write stores a new object), so a pod's row can
 * be worked out once per object: a table of 15,000 pods mostly repeats the previous one's rows.
 */
const podRows = new WeakMap<Pod, PodRow>()

function podRow(pod: Pod): PodRow {
  const s = podSummary(pod)
  const gates = pod.spec?.readinessGates ?? NONE
  let readinessGates = '<none>'
  if (gates.length) {
    const conds = pod.status?.conditions ?? NONE
    const trueCount = gates.filter(
      (g) => conds.find((c) => c.type === g.conditionType)?.status === 'True',
    ).length
    readinessGates = `${trueCount}/${gates.length}`
  }
  const cells = [
    pod.metadata?.name ?? '',
    `${s.ready}/${s.total}`,
    s.reason,
    String(s.restarts),
    '',
    pod.status?.podIPs?.[0]?.ip || '<none>',
    pod.spec?.nodeName || '<none>',
    pod.status?.nominatedNodeName || '<none>',
    readinessGates,
  ]
  return { cells, restarts: s.restarts, lastRestart: s.lastRestart }
}

export const podColumns = defineColumns<Pod>(
  [
    { name: 'NAME' },
    { name: 'READY' },
    { name: 'STATUS' },
    { name: 'RESTARTS' },
    { name: 'AGE' },
    { name: 'IP', wide: true },
    { name: 'NODE', wide: true },
    { name: 'NOMINATED NODE', wide: true },
    { name: 'READINESS GATES', wide: true },
  ],
  (pod, now) => {
    let row = podRows.get(pod)
    if (!row) podRows.set(pod, (row = podRow(pod)))
    const cells = row.cells.slice()
    cells[4] = ageSince(pod.metadata?.creationTimestamp, now)
    if (row.restarts !== 0 && row.lastRestart)
      cells[3] = `${row.restarts} (${translateTimestampSince(row.lastRestart, now)} ago)`
    return cells
  },
)
