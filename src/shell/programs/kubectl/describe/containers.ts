// describe.go describeContainers, describeVolumes and DescribePodTemplate: the container blocks
// shared by describe pod and describe deployment/replicaset/daemonset.
import type { Container, ContainerStatus, PodTemplateSpec } from '../../../../sim'
import { formatRfc1123Z } from '../util/time'
import { formatQuantity, parseQuantity } from './quantity'
import {
  LEVEL_0,
  LEVEL_1,
  LEVEL_2,
  LEVEL_3,
  PrefixWriter,
  printAnnotationsMultiline,
  printBool,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './writer'

type State = NonNullable<ContainerStatus['state']>
type Volume = NonNullable<NonNullable<PodTemplateSpec['spec']>['volumes']>[number]
type Probe = NonNullable<Container['livenessProbe']>

function describeStatus(w: PrefixWriter, stateName: string, state: State): void {
  if (state.running) {
    w.write(LEVEL_2, `${stateName}:\tRunning\n`)
    w.write(LEVEL_3, `Started:\t${formatRfc1123Z(state.running.startedAt ?? 0)}\n`)
  } else if (state.waiting) {
    w.write(LEVEL_2, `${stateName}:\tWaiting\n`)
    if (state.waiting.reason) w.write(LEVEL_3, `Reason:\t${state.waiting.reason}\n`)
  } else if (state.terminated) {
    const t = state.terminated
    w.write(LEVEL_2, `${stateName}:\tTerminated\n`)
    if (t.reason) w.write(LEVEL_3, `Reason:\t${t.reason}\n`)
    if (t.message) w.write(LEVEL_3, `Message:\t${t.message}\n`)
    w.write(LEVEL_3, `Exit Code:\t${t.exitCode}\n`)
    if ((t.signal ?? 0) > 0) w.write(LEVEL_3, `Signal:\t${t.signal}\n`)
    w.write(LEVEL_3, `Started:\t${formatRfc1123Z(t.startedAt ?? 0)}\n`)
    w.write(LEVEL_3, `Finished:\t${formatRfc1123Z(t.finishedAt ?? 0)}\n`)
  } else w.write(LEVEL_2, `${stateName}:\tWaiting\n`)
}

/** DescribeProbe: `http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3`. */
function probeString(p: Probe): string {
  // the raw fields: the API server's defaulting (timeout 1s, period 10s, #success 1, #failure 3)
  // is the sim's business
  const attrs = `delay=${p.initialDelaySeconds ?? 0}s timeout=${p.timeoutSeconds ?? 0}s period=${p.periodSeconds ?? 0}s #success=${p.successThreshold ?? 0} #failure=${p.failureThreshold ?? 0}`
  if (p.exec) return `exec [${(p.exec.command ?? []).join(' ')}] ${attrs}`
  if (p.httpGet) {
    const scheme = (p.httpGet.scheme ?? 'HTTP').toLowerCase()
    return `http-get ${scheme}://${p.httpGet.host ?? ''}:${p.httpGet.port}${p.httpGet.path ?? ''} ${attrs}`
  }
  if (p.tcpSocket) return `tcp-socket ${p.tcpSocket.host ?? ''}:${p.tcpSocket.port} ${attrs}`
  if (p.grpc) return `grpc <pod>:${p.grpc.port} ${p.grpc.service ?? ''} ${attrs}`
  return `unknown ${attrs}`
}

function describeResources(w: PrefixWriter, c: Container): void {
  const lim = (c.resources?.limits ?? {}) as Record<string, string>
  const req = (c.resources?.requests ?? {}) as Record<string, string>
  if (Object.keys(lim).length) w.write(LEVEL_2, 'Limits:\n')
  for (const n of Object.keys(lim).sort())
    w.write(LEVEL_3, `${n}:\t${formatQuantity(parseQuantity(lim[n]))}\n`)
  if (Object.keys(req).length) w.write(LEVEL_2, 'Requests:\n')
  for (const n of Object.keys(req).sort())
    w.write(LEVEL_3, `${n}:\t${formatQuantity(parseQuantity(req[n]))}\n`)
}

function describeEnv(w: PrefixWriter, c: Container): void {
  const env = c.env ?? []
  w.write(LEVEL_2, `Environment:${env.length ? '' : '\t<none>'}\n`)
  for (const e of env) {
    if (!e.valueFrom) {
      ;(e.value ?? '').split('\n').forEach((s, i) => {
        w.write(LEVEL_3, i === 0 ? `${e.name}:\t${s}\n` : `\t${s}\n`)
      })
      continue
    }
    const vf = e.valueFrom
    if (vf.fieldRef)
      w.write(
        LEVEL_3,
        `${e.name}:\t (${vf.fieldRef.apiVersion ?? 'v1'}:${vf.fieldRef.fieldPath})\n`,
      )
    else if (vf.resourceFieldRef)
      w.write(
        LEVEL_3,
        `${e.name}:\t${vf.resourceFieldRef.resource} (${vf.resourceFieldRef.containerName ?? c.name})\n`,
      )
    else if (vf.secretKeyRef)
      w.write(
        LEVEL_3,
        `${e.name}:\t<set to the key '${vf.secretKeyRef.key}' in secret '${vf.secretKeyRef.name}'>\tOptional: ${vf.secretKeyRef.optional ?? false}\n`,
      )
    else if (vf.configMapKeyRef)
      w.write(
        LEVEL_3,
        `${e.name}:\t<set to the key '${vf.configMapKeyRef.key}' of config map '${vf.configMapKeyRef.name}'>\tOptional: ${vf.configMapKeyRef.optional ?? false}\n`,
      )
  }
}

function describeMounts(w: PrefixWriter, c: Container): void {
  const mounts = [...(c.volumeMounts ?? [])].sort((a, b) =>
    a.mountPath < b.mountPath ? -1 : a.mountPath > b.mountPath ? 1 : 0,
  )
  w.write(LEVEL_2, `Mounts:${mounts.length ? '' : '\t<none>'}\n`)
  for (const m of mounts) {
    const flags = [m.readOnly ? 'ro' : 'rw']
    if (m.subPath) flags.push(`path=${JSON.stringify(m.subPath)}`)
    w.write(LEVEL_3, `${m.mountPath} from ${m.name} (${flags.join(',')})\n`)
  }
}

/** describeContainers: spec containers with their statuses (none for templates). */
export function describeContainers(
  w: PrefixWriter,
  label: string,
  containers: Container[],
  statuses: ContainerStatus[] | undefined,
  space: string,
): void {
  const byName = new Map((statuses ?? []).map((s) => [s.name, s]))
  w.write(LEVEL_0, `${space}${label}:${containers.length ? '' : ' <none>'}\n`)
  for (const c of containers) {
    const st = statuses ? byName.get(c.name) : undefined
    w.write(LEVEL_1, `${space ? ' ' : ''}${c.name}:\n`)
    if (st) w.write(LEVEL_2, `Container ID:\t${st.containerID ?? ''}\n`)
    w.write(LEVEL_2, `Image:\t${c.image ?? ''}\n`)
    if (st) w.write(LEVEL_2, `Image ID:\t${st.imageID ?? ''}\n`)
    const ports = (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ')
    w.write(LEVEL_2, ports.includes(',') ? `Ports:\t${ports}\n` : `Port:\t${ports || '<none>'}\n`)
    const hostPorts = (c.ports ?? [])
      .map((p) => `${p.hostPort ?? 0}/${p.protocol ?? 'TCP'}`)
      .join(', ')
    w.write(
      LEVEL_2,
      hostPorts.includes(',')
        ? `Host Ports:\t${hostPorts}\n`
        : `Host Port:\t${hostPorts || '<none>'}\n`,
    )
    if (c.restartPolicy) w.write(LEVEL_2, `Restart Policy:\t${c.restartPolicy}\n`)
    for (const [title, list] of [
      ['Command', c.command],
      ['Args', c.args],
    ] as const) {
      if (!list?.length) continue
      w.write(LEVEL_2, `${title}:\n`)
      for (const item of list) for (const s of item.split('\n')) w.write(LEVEL_3, `${s}\n`)
    }
    if (st) {
      describeStatus(w, 'State', st.state ?? {})
      if (st.lastState?.terminated) describeStatus(w, 'Last State', st.lastState)
      w.write(LEVEL_2, `Ready:\t${printBool(st.ready)}\n`)
      w.write(LEVEL_2, `Restart Count:\t${st.restartCount}\n`)
    }
    describeResources(w, c)
    if (c.livenessProbe) w.write(LEVEL_2, `Liveness:\t${probeString(c.livenessProbe)}\n`)
    if (c.readinessProbe) w.write(LEVEL_2, `Readiness:\t${probeString(c.readinessProbe)}\n`)
    if (c.startupProbe) w.write(LEVEL_2, `Startup:\t${probeString(c.startupProbe)}\n`)
    describeEnv(w, c)
    describeMounts(w, c)
  }
}

/** describeVolumes: one block per volume source kind. */
export function describeVolumes(
  w: PrefixWriter,
  volumes: Volume[] | undefined,
  space: string,
): void {
  if (!volumes?.length) {
    w.write(LEVEL_0, `${space}Volumes:\t<none>\n`)
    return
  }
  w.write(LEVEL_0, `${space}Volumes:\n`)
  for (const v of volumes) {
    w.write(LEVEL_1, `${space ? ' ' : ''}${v.name}:\n`)
    if (v.hostPath)
      w.write(
        LEVEL_2,
        `Type:\tHostPath (bare host directory volume)\n    Path:\t${v.hostPath.path}\n    HostPathType:\t${v.hostPath.type || '<none>'}\n`,
      )
    else if (v.emptyDir) {
      const size = v.emptyDir.sizeLimit ? String(v.emptyDir.sizeLimit) : '<unset>'
      w.write(
        LEVEL_2,
        `Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n    Medium:\t${v.emptyDir.medium ?? ''}\n    SizeLimit:\t${size}\n`,
      )
    } else if (v.configMap)
      w.write(
        LEVEL_2,
        `Type:\tConfigMap (a volume populated by a ConfigMap)\n    Name:\t${v.configMap.name ?? ''}\n    Optional:\t${v.configMap.optional ?? false}\n`,
      )
    else if (v.secret)
      w.write(
        LEVEL_2,
        `Type:\tSecret (a volume populated by a Secret)\n    SecretName:\t${v.secret.secretName ?? ''}\n    Optional:\t${v.secret.optional ?? false}\n`,
      )
    else if (v.projected) {
      w.write(
        LEVEL_2,
        'Type:\tProjected (a volume that contains injected data from multiple sources)\n',
      )
      for (const s of v.projected.sources ?? []) {
        if (s.secret)
          w.write(
            LEVEL_2,
            `SecretName:\t${s.secret.name ?? ''}\n    SecretOptionalName:\t${s.secret.optional ?? '<nil>'}\n`,
          )
        else if (s.downwardAPI) w.write(LEVEL_2, 'DownwardAPI:\ttrue\n')
        else if (s.configMap)
          w.write(
            LEVEL_2,
            `ConfigMapName:\t${s.configMap.name ?? ''}\n    ConfigMapOptional:\t${s.configMap.optional ?? '<nil>'}\n`,
          )
        else if (s.serviceAccountToken)
          w.write(
            LEVEL_2,
            `TokenExpirationSeconds:\t${s.serviceAccountToken.expirationSeconds ?? 3607}\n`,
          )
      }
    } else w.write(LEVEL_1, '<unknown>\n')
  }
}

/** DescribePodTemplate (deployments, replicasets, daemonsets). */
export function describePodTemplate(w: PrefixWriter, template: PodTemplateSpec | undefined): void {
  w.write(LEVEL_0, 'Pod Template:\n')
  if (!template) {
    w.write(LEVEL_1, '<unset>')
    return
  }
  printLabelsMultiline(w, '  Labels', template.metadata?.labels)
  if (Object.keys(template.metadata?.annotations ?? {}).length)
    printAnnotationsMultiline(w, '  Annotations', template.metadata?.annotations)
  const spec = template.spec
  if (spec?.serviceAccountName) w.write(LEVEL_1, `Service Account:\t${spec.serviceAccountName}\n`)
  if (spec?.initContainers?.length)
    describeContainers(w, 'Init Containers', spec.initContainers, undefined, '  ')
  describeContainers(w, 'Containers', spec?.containers ?? [], undefined, '  ')
  describeVolumes(w, spec?.volumes, '  ')
  if (spec?.priorityClassName) w.write(LEVEL_1, `Priority Class Name:\t${spec.priorityClassName}\n`)
  printLabelsMultiline(w, '  Node-Selectors', spec?.nodeSelector)
  printTolerationsMultiline(w, '  Tolerations', spec?.tolerations)
}
