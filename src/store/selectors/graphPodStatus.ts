// The pod STATUS string as `kubectl get pods` prints it: a port of printPod's reason logic
// (kubernetes pkg/printers/internalversion/printers.go, v1.32; see shared/oracle/kubectl-get.md §6).
import type { ContainerStatus, Pod } from '../../sim'

/** Reason the v1.32 node lifecycle controller would set on pods of a lost node (it does not). */
const NODE_UNREACHABLE_POD_REASON = 'NodeLost'

function isTerminalPhase(phase: string | undefined): boolean {
  return phase === 'Succeeded' || phase === 'Failed'
}

function initReason(pod: Pod): string | undefined {
  const specInits = pod.spec?.initContainers ?? []
  const statuses = pod.status?.initContainerStatuses ?? []
  for (let i = 0; i < statuses.length; i++) {
    const c = statuses[i]
    const spec = specInits.find((s) => s.name === c.name)
    const restartable = spec?.restartPolicy === 'Always'
    const term = c.state?.terminated
    if (term && term.exitCode === 0) continue
    if (restartable && c.started) continue
    if (term) {
      if (term.reason) return `Init:${term.reason}`
      return term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`
    }
    const waiting = c.state?.waiting?.reason
    if (waiting && waiting !== 'PodInitializing') return `Init:${waiting}`
    return `Init:${i}/${specInits.length}`
  }
  return undefined
}

function containerReason(statuses: ContainerStatus[], start: string, pod: Pod): string {
  let reason = start
  let hasRunning = false
  for (let i = statuses.length - 1; i >= 0; i--) {
    const c = statuses[i]
    const waiting = c.state?.waiting
    const term = c.state?.terminated
    if (waiting?.reason) reason = waiting.reason
    else if (term?.reason) reason = term.reason
    else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode}`
    else if (c.ready && c.state?.running) hasRunning = true
  }
  if (reason === 'Completed' && hasRunning) {
    const ready = (pod.status?.conditions ?? []).some(
      (c) => c.type === 'Ready' && c.status === 'True',
    )
    reason = ready ? 'Running' : 'NotReady'
  }
  return reason
}

/** The STATUS column of `kubectl get pods` for one pod. */
export function podStatusText(pod: Pod): string {
  const phase = pod.status?.phase ?? ''
  let reason = pod.status?.reason || phase
  for (const c of pod.status?.conditions ?? [])
    if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated'
  const init = initReason(pod)
  const initialized = (pod.status?.conditions ?? []).some(
    (c) => c.type === 'Initialized' && c.status === 'True',
  )
  if (init !== undefined) reason = init
  if (init === undefined || initialized)
    reason = containerReason(pod.status?.containerStatuses ?? [], reason, pod)
  if (pod.metadata?.deletionTimestamp && pod.status?.reason === NODE_UNREACHABLE_POD_REASON)
    reason = 'Unknown'
  else if (pod.metadata?.deletionTimestamp && !isTerminalPhase(phase)) reason = 'Terminating'
  return reason
}
