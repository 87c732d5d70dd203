// printers.go printPod: NAME READY STATUS RESTARTS AGE (+ IP NODE NOMINATED NODE READINESS GATES).
import type { Pod, ContainerStatus } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { defineColumns } from './types'

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

function podSummary(pod: Pod): PodSummary {
  const spec = pod.spec ?? { containers: [] }
  const status = pod.status ?? {}
  let restarts = 0
  let restartableRestarts = 0
  let total = spec.containers.length
  let ready = 0
  let lastRestart: string | undefined
  let lastRestartableRestart: string | undefined
  const phase = status.phase ?? ''
  let reason: string = status.reason || phase
  for (const c of status.conditions ?? []) {
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  }
  const inits = new Map((spec.initContainers ?? []).map((c) => [c.name, c]))
  for (const c of spec.initContainers ?? []) if (isRestartable(c)) total++

  let initializing = false
  const initStatuses = status.initContainerStatuses ?? []
  for (let i = 0; i < initStatuses.length; i++) {
    const c = initStatuses[i]
    restarts += c.restartCount
    const lastTerm = c.lastState?.terminated?.finishedAt
    lastRestart = laterOf(lastRestart, lastTerm)
    const restartable = isRestartable(inits.get(c.name))
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
    else reason = `Init:${i}/${spec.initContainers?.length ?? 0}`
    initializing = true
    break
  }

  const initialized = (status.conditions ?? []).some(
    (c) => c.type === 'Initialized' && c.status === 'True',
  )
  if (!initializing || initialized) {
    restarts = restartableRestarts
    lastRestart = lastRestartableRestart
    let hasRunning = false
    const cs = status.containerStatuses ?? []
    for (let i = cs.length - 1; i >= 0; i--) {
      const c = cs[i]
      restarts += c.restartCount
      lastRestart = laterOf(lastRestart, c.lastState?.terminated?.finishedAt)
      const waiting = c.state?.waiting
      const term = c.state?.terminated
      if (waiting?.reason) reason = waiting.reason
      else if (term) reason = terminatedReason(term, '')
      else if (c.ready && c.state?.running) {
        hasRunning = true
        ready++
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some(
        (c) => c.type === 'Ready' && c.status === 'True',
      )
      reason = podReady ? 'Running' : 'NotReady'
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown'
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed')
    reason = 'Terminating'
  return { ready, total, reason, restarts, lastRestart }
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
    const s = podSummary(pod)
    let restarts = String(s.restarts)
    if (s.restarts !== 0 && s.lastRestart)
      restarts = `${s.restarts} (${translateTimestampSince(s.lastRestart, now)} ago)`
    const gates = pod.spec?.readinessGates ?? []
    let readinessGates = '<none>'
    if (gates.length) {
      const conds = pod.status?.conditions ?? []
      const trueCount = gates.filter(
        (g) => conds.find((c) => c.type === g.conditionType)?.status === 'True',
      ).length
      readinessGates = `${trueCount}/${gates.length}`
    }
    return [
      pod.metadata?.name ?? '',
      `${s.ready}/${s.total}`,
      s.reason,
      restarts,
      translateTimestampSince(pod.metadata?.creationTimestamp, now),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates,
    ]
  },
)
