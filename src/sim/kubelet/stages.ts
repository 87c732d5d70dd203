// The pod lifecycle as a table of stages (selector, delay, next state), like kwok's Stage CRD
// (https://kwok.sigs.k8s.io/docs/user/stages-configuration/): what the kubelet's status manager
// reports as a bound pod is set up (pkg/kubelet/status/generate.go, kubelet_pods.go).
import type { ContainerStatus, Pod, PodStatus } from '../api/types'
import { rfc3339 } from '../api/time'
import { fnv32a } from '../random'
import { timeOf, type PodCondition } from '../controllers/util'

export interface StageEnv {
  now: number
  hostIP: string
  /** the pod's IP (host IP for hostNetwork pods), allocated when a stage asks */
  podIP: () => string | undefined
  /** 64 hex digits for a container id */
  containerId: () => string
}

export interface PodStage {
  name: string
  /** does this stage apply to the pod as it is now? */
  selector: (pod: Pod) => boolean
  /** virtual ms from which the delay counts (from a timestamp in the object: restart-safe) */
  since: (pod: Pod) => number
  delayMs: number
  /** the pod's next status */
  next: (pod: Pod, env: StageEnv) => PodStatus
}

const CONDITION_ORDER = [
  'PodReadyToStartContainers',
  'Initialized',
  'Ready',
  'ContainersReady',
  'PodScheduled',
]

function conditions(pod: Pod, now: number, want: Record<string, PodCondition>): PodCondition[] {
  const cur = new Map((pod.status?.conditions ?? []).map((c) => [c.type, c]))
  return CONDITION_ORDER.map((type) => {
    const w = { ...want[type], type }
    const c = cur.get(type)
    const lastTransitionTime = c && c.status === w.status ? c.lastTransitionTime : rfc3339(now)
    return { ...w, lastTransitionTime }
  })
}

/** How the container runtime reports an image: `nginx` → `docker.io/library/nginx:latest`. */
export function normalizeImage(image: string): string {
  const slash = image.indexOf('/')
  const first = slash < 0 ? '' : image.slice(0, slash)
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost'
  let ref = hasRegistry ? image : `docker.io/${slash < 0 ? 'library/' : ''}${image}`
  const last = ref.slice(ref.lastIndexOf('/') + 1)
  if (!last.includes(':') && !last.includes('@')) ref += ':latest'
  return ref
}

function imageId(image: string): string {
  const ref = normalizeImage(image)
  const repo = ref.replace(/:[^:/@]+$/, '').replace(/@.*$/, '')
  let hex = ''
  for (let i = 0; hex.length < 64; i++) hex += fnv32a(`${i}:${ref}`).toString(16).padStart(8, '0')
  return `${repo}@sha256:${hex}`
}

function containerNames(pod: Pod): string {
  return (pod.spec?.containers ?? []).map((c) => c.name).join(' ')
}

const isBoundPending = (pod: Pod): boolean =>
  !!pod.spec?.nodeName && (pod.status?.phase ?? 'Pending') === 'Pending' && !pod.status?.startTime

const isCreating = (pod: Pod): boolean =>
  pod.status?.phase === 'Pending' &&
  !!pod.status?.startTime &&
  (pod.status?.containerStatuses ?? []).some(
    (c) => c.state?.waiting?.reason === 'ContainerCreating',
  )

/** ContainerCreating: the kubelet has admitted the pod and is creating its sandbox. */
const containerCreating: PodStage = {
  name: 'ContainerCreating',
  selector: isBoundPending,
  since: (pod) =>
    timeOf(
      pod.status?.conditions?.find((c) => c.type === 'PodScheduled')?.lastTransitionTime,
      timeOf(pod.metadata?.creationTimestamp),
    ),
  delayMs: 1000,
  next: (pod, env) => ({
    ...pod.status,
    phase: 'Pending',
    conditions: conditions(pod, env.now, {
      PodReadyToStartContainers: { status: 'False' } as PodCondition,
      Initialized: { status: 'True' } as PodCondition,
      Ready: {
        status: 'False',
        reason: 'ContainersNotReady',
        message: `containers with unready status: [${containerNames(pod)}]`,
      } as PodCondition,
      ContainersReady: {
        status: 'False',
        reason: 'ContainersNotReady',
        message: `containers with unready status: [${containerNames(pod)}]`,
      } as PodCondition,
      PodScheduled: { status: 'True' } as PodCondition,
    }),
    hostIP: env.hostIP,
    hostIPs: [{ ip: env.hostIP }],
    startTime: rfc3339(env.now),
    containerStatuses: (pod.spec?.containers ?? []).map((c): ContainerStatus => ({
      image: c.image ?? '',
      imageID: '',
      name: c.name,
      ready: false,
      restartCount: 0,
      started: false,
      state: { waiting: { reason: 'ContainerCreating' } },
    })),
  }),
}

/** Running: containers started, probes (none modelled) passed, the pod is Ready. */
const running: PodStage = {
  name: 'Running',
  selector: isCreating,
  since: (pod) => timeOf(pod.status?.startTime),
  delayMs: 2000,
  next: (pod, env) => {
    const st: PodStatus = {
      ...pod.status,
      phase: 'Running',
      conditions: conditions(pod, env.now, {
        PodReadyToStartContainers: { status: 'True' } as PodCondition,
        Initialized: { status: 'True' } as PodCondition,
        Ready: { status: 'True' } as PodCondition,
        ContainersReady: { status: 'True' } as PodCondition,
        PodScheduled: { status: 'True' } as PodCondition,
      }),
      containerStatuses: (pod.spec?.containers ?? []).map((c): ContainerStatus => ({
        containerID: `containerd://${env.containerId()}`,
        image: normalizeImage(c.image ?? ''),
        imageID: imageId(c.image ?? ''),
        name: c.name,
        ready: true,
        restartCount: 0,
        started: true,
        state: { running: { startedAt: rfc3339(env.now) } },
      })),
    }
    const ip = env.podIP()
    if (ip) {
      st.podIP = ip
      st.podIPs = [{ ip }]
    }
    return st
  },
}

/**
 * Ready again: a running pod the node lifecycle controller marked not ready while its kubelet was
 * away gets its real readiness back on the kubelet's next status sync.
 */
const readyAgain: PodStage = {
  name: 'ReadyAgain',
  selector: (pod) =>
    pod.status?.phase === 'Running' &&
    (pod.status.containerStatuses ?? []).every((c) => c.ready) &&
    pod.status.conditions?.find((c) => c.type === 'Ready')?.status === 'False',
  since: (pod) =>
    timeOf(pod.status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime),
  delayMs: 0,
  next: (pod, env) => ({
    ...pod.status,
    conditions: conditions(pod, env.now, {
      PodReadyToStartContainers: { status: 'True' } as PodCondition,
      Initialized: { status: 'True' } as PodCondition,
      Ready: { status: 'True' } as PodCondition,
      ContainersReady: { status: 'True' } as PodCondition,
      PodScheduled: { status: 'True' } as PodCondition,
    }),
  }),
}

/** The stages in order; the kubelet applies the first whose selector matches once it is due. */
export const POD_STAGES: PodStage[] = [containerCreating, running, readyAgain]

/** The stage a pod is waiting for, if any. */
export function nextStage(pod: Pod): PodStage | undefined {
  return POD_STAGES.find((s) => s.selector(pod))
}

/** Images whose main process ignores SIGTERM when it runs `sleep` (shell-less PID 1). */
const SLEEPY_IMAGES = /(^|\/)(busybox|alpine|ubuntu|debian)(:|@|$)/

/**
 * How long the kubelet takes to stop a pod being deleted: the one rule for graceful
 * termination. nginx-like servers exit on SIGTERM at once (~1 s); `sleep` as PID 1 ignores
 * SIGTERM and is killed when the grace period runs out.
 */
export function terminationDelayMs(pod: Pod): number {
  const graceMs = (pod.metadata?.deletionGracePeriodSeconds ?? 30) * 1000
  const ignoresSigterm = (pod.spec?.containers ?? []).some(
    (c) =>
      SLEEPY_IMAGES.test(c.image ?? '') &&
      [...(c.command ?? []), ...(c.args ?? [])].some((a) => /\bsleep\b/.test(a)),
  )
  return ignoresSigterm ? graceMs : Math.min(graceMs, 1000)
}

/** When the delete was requested: deletionTimestamp minus the grace period. */
export function deletionRequestedAt(pod: Pod): number {
  const graceMs = (pod.metadata?.deletionGracePeriodSeconds ?? 0) * 1000
  return timeOf(pod.metadata?.deletionTimestamp) - graceMs
}
