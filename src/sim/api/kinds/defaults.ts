// Defaulting and admission the API server applies on create (pkg/apis/*/v1/defaults.go and the
// DefaultTolerationSeconds admission plugin), so stored objects look like a real cluster's.
import type { KObject, PodSpec, Toleration } from '../types'

/** kube-apiserver --default-not-ready-toleration-seconds / --default-unreachable-toleration-seconds */
export const DEFAULT_TOLERATION_SECONDS = 300

interface DefaultContext {
  now: string
  /** the cluster's default toleration seconds (DEFAULT_TOLERATION_SECONDS unless a lab sets it) */
  tolerationSeconds?: number
}

function imagePullPolicy(image: string | undefined): string {
  const ref = image ?? ''
  const lastSlash = ref.lastIndexOf('/')
  const tagPart = ref.slice(lastSlash + 1)
  if (ref.includes('@')) return 'IfNotPresent'
  const colon = tagPart.indexOf(':')
  if (colon < 0 || tagPart.slice(colon + 1) === 'latest') return 'Always'
  return 'IfNotPresent'
}

interface HttpGet {
  path?: string
  scheme?: string
}

interface ProbeLike {
  httpGet?: HttpGet
  timeoutSeconds?: number
  periodSeconds?: number
  successThreshold?: number
  failureThreshold?: number
}

/** SetDefaults_HTTPGetAction. */
function defaultHttpGet(h: HttpGet | undefined): void {
  if (!h) return
  h.path ||= '/'
  h.scheme ||= 'HTTP'
}

/** SetDefaults_Probe (zero values count as unset, as in Go). */
function defaultProbe(p: ProbeLike | undefined): void {
  if (!p) return
  p.timeoutSeconds ||= 1
  p.periodSeconds ||= 10
  p.successThreshold ||= 1
  p.failureThreshold ||= 3
  defaultHttpGet(p.httpGet)
}

/** SetDefaults_PodSpec and SetDefaults_Container. */
export function defaultPodSpec(spec: PodSpec): void {
  for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) {
    c.imagePullPolicy ??= imagePullPolicy(c.image)
    c.resources ??= {}
    c.terminationMessagePath ??= '/dev/termination-log'
    c.terminationMessagePolicy ??= 'File'
    for (const p of c.ports ?? []) p.protocol ??= 'TCP'
    defaultProbe(c.livenessProbe)
    defaultProbe(c.readinessProbe)
    defaultProbe(c.startupProbe)
    defaultHttpGet(c.lifecycle?.postStart?.httpGet)
    defaultHttpGet(c.lifecycle?.preStop?.httpGet)
  }
  spec.dnsPolicy ??= 'ClusterFirst'
  spec.restartPolicy ??= 'Always'
  spec.schedulerName ??= 'default-scheduler'
  spec.securityContext ??= {}
  spec.terminationGracePeriodSeconds ??= 30
  for (const v of spec.volumes ?? []) if (v.emptyDir) v.emptyDir = { ...v.emptyDir }
}

function addDefaultTolerations(spec: PodSpec, seconds = DEFAULT_TOLERATION_SECONDS): void {
  const tols: Toleration[] = spec.tolerations ? [...spec.tolerations] : []
  for (const key of ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable']) {
    const has = tols.some(
      (t) =>
        (t.key === key || (!t.key && t.operator === 'Exists')) &&
        (!t.effect || t.effect === 'NoExecute'),
    )
    if (!has)
      tols.push({
        effect: 'NoExecute',
        key,
        operator: 'Exists',
        tolerationSeconds: seconds,
      })
  }
  spec.tolerations = tols
}

function defaultTemplate(obj: KObject): void {
  const spec = obj.spec as { template?: { spec?: PodSpec; metadata?: object } } | undefined
  if (spec?.template?.spec) defaultPodSpec(spec.template.spec)
  if (spec?.template) spec.template.metadata ??= {}
}

export function applyDefaults(obj: KObject, ctx: DefaultContext): void {
  switch (obj.kind) {
    case 'Pod': {
      const spec = (obj.spec ??= {}) as PodSpec
      defaultPodSpec(spec)
      spec.enableServiceLinks ??= true
      spec.preemptionPolicy ??= 'PreemptLowerPriority'
      spec.priority ??= 0
      spec.serviceAccountName ??= 'default'
      spec.serviceAccount ??= spec.serviceAccountName
      addDefaultTolerations(spec, ctx.tolerationSeconds)
      obj.status ??= { phase: 'Pending', qosClass: 'BestEffort' }
      break
    }
    case 'Deployment': {
      const spec = (obj.spec ??= {}) as Record<string, unknown>
      spec.replicas ??= 1
      spec.progressDeadlineSeconds ??= 600
      spec.revisionHistoryLimit ??= 10
      // field by field, as SetDefaults_Deployment does: `strategy: {}` (kubectl create) gets both
      const strategy = (spec.strategy ??= {}) as { type?: string; rollingUpdate?: object }
      strategy.type ??= 'RollingUpdate'
      if (strategy.type === 'RollingUpdate')
        strategy.rollingUpdate ??= { maxSurge: '25%', maxUnavailable: '25%' }
      defaultTemplate(obj)
      break
    }
    case 'ReplicaSet':
    case 'StatefulSet': {
      const spec = (obj.spec ??= {}) as Record<string, unknown>
      spec.replicas ??= 1
      defaultTemplate(obj)
      break
    }
    case 'DaemonSet': {
      const spec = (obj.spec ??= {}) as Record<string, unknown>
      spec.revisionHistoryLimit ??= 10
      spec.updateStrategy ??= {
        type: 'RollingUpdate',
        rollingUpdate: { maxSurge: 0, maxUnavailable: 1 },
      }
      defaultTemplate(obj)
      break
    }
    case 'Namespace': {
      // `spec: {}` and `status: {}` (kubectl create namespace) are filled in too
      const spec = (obj.spec ??= {}) as { finalizers?: string[] }
      spec.finalizers ??= ['kubernetes']
      const status = (obj.status ??= {}) as { phase?: string }
      status.phase ??= 'Active'
      const md = obj.metadata
      md.labels = { 'kubernetes.io/metadata.name': md.name, ...(md.labels ?? {}) }
      break
    }
  }
}
