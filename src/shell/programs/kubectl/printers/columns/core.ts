// printers.go printPodDisruptionBudget, printNamespace, printService, printConfigMap, printSecret,
// printLease.
import type {
  ConfigMap,
  Lease,
  Namespace,
  PodDisruptionBudget,
  Secret,
  Service,
} from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { defineColumns, formatLabels, intOrString } from './types'

export const pdbColumns = defineColumns<PodDisruptionBudget>(
  [
    { name: 'NAME' },
    { name: 'MIN AVAILABLE' },
    { name: 'MAX UNAVAILABLE' },
    { name: 'ALLOWED DISRUPTIONS' },
    { name: 'AGE' },
  ],
  (p, now) => [
    p.metadata?.name ?? '',
    p.spec?.minAvailable !== undefined ? intOrString(p.spec.minAvailable) : 'N/A',
    p.spec?.maxUnavailable !== undefined ? intOrString(p.spec.maxUnavailable) : 'N/A',
    String(p.status?.disruptionsAllowed ?? 0),
    translateTimestampSince(p.metadata?.creationTimestamp, now),
  ],
)

export const namespaceColumns = defineColumns<Namespace>(
  [{ name: 'NAME' }, { name: 'STATUS' }, { name: 'AGE' }],
  (n, now) => [
    n.metadata?.name ?? '',
    n.status?.phase ?? '',
    translateTimestampSince(n.metadata?.creationTimestamp, now),
  ],
)

type ServicePort = NonNullable<NonNullable<Service['spec']>['ports']>[number]

/** makePortString: `443/TCP`, `80:30080/TCP`, comma-joined. */
function portString(ports: ServicePort[] | undefined): string {
  return (ports ?? [])
    .map((p) => {
      const proto = p.protocol ?? 'TCP'
      return p.nodePort ? `${p.port}:${p.nodePort}/${proto}` : `${p.port}/${proto}`
    })
    .join(',')
}

/** getServiceExternalIP (without the LoadBalancer ingress shortening). */
function externalIP(s: Service): string {
  const spec = s.spec ?? {}
  const ext = spec.externalIPs ?? []
  switch (spec.type) {
    case 'ExternalName':
      return spec.externalName ?? ''
    case 'LoadBalancer': {
      const ingress = (s.status?.loadBalancer?.ingress ?? [])
        .map((i) => i.ip || i.hostname || '')
        .filter(Boolean)
      const all = [...ingress, ...ext]
      return all.length ? all.join(',') : '<pending>'
    }
    default:
      return ext.length ? ext.join(',') : '<none>'
  }
}

export const serviceColumns = defineColumns<Service>(
  [
    { name: 'NAME' },
    { name: 'TYPE' },
    { name: 'CLUSTER-IP' },
    { name: 'EXTERNAL-IP' },
    { name: 'PORT(S)' },
    { name: 'AGE' },
    { name: 'SELECTOR', wide: true },
  ],
  (s, now) => [
    s.metadata?.name ?? '',
    s.spec?.type ?? 'ClusterIP',
    s.spec?.clusterIPs?.[0] ?? s.spec?.clusterIP ?? '<none>',
    externalIP(s),
    portString(s.spec?.ports) || '<none>',
    translateTimestampSince(s.metadata?.creationTimestamp, now),
    formatLabels(s.spec?.selector),
  ],
)

export const configMapColumns = defineColumns<ConfigMap>(
  [{ name: 'NAME' }, { name: 'DATA' }, { name: 'AGE' }],
  (c, now) => [
    c.metadata?.name ?? '',
    String(Object.keys(c.data ?? {}).length + Object.keys(c.binaryData ?? {}).length),
    translateTimestampSince(c.metadata?.creationTimestamp, now),
  ],
)

export const secretColumns = defineColumns<Secret>(
  [{ name: 'NAME' }, { name: 'TYPE' }, { name: 'DATA' }, { name: 'AGE' }],
  (s, now) => [
    s.metadata?.name ?? '',
    s.type ?? 'Opaque',
    String(Object.keys(s.data ?? {}).length),
    translateTimestampSince(s.metadata?.creationTimestamp, now),
  ],
)

export const leaseColumns = defineColumns<Lease>(
  [{ name: 'NAME' }, { name: 'HOLDER' }, { name: 'AGE' }],
  (l, now) => [
    l.metadata?.name ?? '',
    l.spec?.holderIdentity ?? '',
    translateTimestampSince(l.metadata?.creationTimestamp, now),
  ],
)
