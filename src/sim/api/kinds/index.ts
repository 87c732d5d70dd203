// The kind table: what the API server's discovery document says about each resource.
// kubectl resolves `po`, `pods`, `pod`, `deploy`, `deployments.apps` through it.

export interface KindInfo {
  kind: string
  apiVersion: string
  group: string
  version: string
  /** plural resource name, as in URLs and `kubectl get <resource>` */
  plural: string
  singular: string
  shortNames: string[]
  namespaced: boolean
  /** member of `kubectl get all` */
  inAll?: boolean
}

export const KINDS: KindInfo[] = [
  {
    kind: 'Pod',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'pods',
    singular: 'pod',
    shortNames: ['po'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'Service',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'services',
    singular: 'service',
    shortNames: ['svc'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'DaemonSet',
    apiVersion: 'apps/v1',
    group: 'apps',
    version: 'v1',
    plural: 'daemonsets',
    singular: 'daemonset',
    shortNames: ['ds'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    group: 'apps',
    version: 'v1',
    plural: 'deployments',
    singular: 'deployment',
    shortNames: ['deploy'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'ReplicaSet',
    apiVersion: 'apps/v1',
    group: 'apps',
    version: 'v1',
    plural: 'replicasets',
    singular: 'replicaset',
    shortNames: ['rs'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'StatefulSet',
    apiVersion: 'apps/v1',
    group: 'apps',
    version: 'v1',
    plural: 'statefulsets',
    singular: 'statefulset',
    shortNames: ['sts'],
    namespaced: true,
    inAll: true,
  },
  {
    kind: 'Node',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'nodes',
    singular: 'node',
    shortNames: ['no'],
    namespaced: false,
  },
  {
    kind: 'Namespace',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'namespaces',
    singular: 'namespace',
    shortNames: ['ns'],
    namespaced: false,
  },
  {
    kind: 'Event',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'events',
    singular: 'event',
    shortNames: ['ev'],
    namespaced: true,
  },
  {
    kind: 'ConfigMap',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'configmaps',
    singular: 'configmap',
    shortNames: ['cm'],
    namespaced: true,
  },
  {
    kind: 'Secret',
    apiVersion: 'v1',
    group: '',
    version: 'v1',
    plural: 'secrets',
    singular: 'secret',
    shortNames: [],
    namespaced: true,
  },
  {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    group: 'policy',
    version: 'v1',
    plural: 'poddisruptionbudgets',
    singular: 'poddisruptionbudget',
    shortNames: ['pdb'],
    namespaced: true,
  },
  {
    kind: 'Lease',
    apiVersion: 'coordination.k8s.io/v1',
    group: 'coordination.k8s.io',
    version: 'v1',
    plural: 'leases',
    singular: 'lease',
    shortNames: [],
    namespaced: true,
  },
]

const byKind = new Map(KINDS.map((k) => [k.kind, k]))

/** Look a kind up by its Kind name ('Pod'). */
export function kindInfo(kind: string): KindInfo | undefined {
  return byKind.get(kind)
}

/**
 * Resolve what a user typed (`po`, `pods`, `Pod`, `deployments.apps`, `deploy.apps`) to a kind,
 * as kubectl's RESTMapper does. Case-insensitive like kubectl.
 */
export function resolveResource(typed: string): KindInfo | undefined {
  const lower = typed.toLowerCase()
  const dot = lower.indexOf('.')
  const name = dot >= 0 ? lower.slice(0, dot) : lower
  const group = dot >= 0 ? lower.slice(dot + 1) : undefined
  return KINDS.find(
    (k) =>
      (group === undefined || k.group === group || `${k.version}.${k.group}` === group) &&
      (k.plural === name ||
        k.singular === name ||
        k.shortNames.includes(name) ||
        k.kind.toLowerCase() === name),
  )
}

/** `deployment.apps`, `pod`: the prefix kubectl prints before names. */
export function qualifiedKind(info: KindInfo): string {
  return info.group ? `${info.singular}.${info.group}` : info.singular
}

/** `deployments.apps`, `pods`: the resource name used in error messages. */
export function qualifiedResource(info: KindInfo): string {
  return info.group ? `${info.plural}.${info.group}` : info.plural
}
