// Server-side field selectors: which fields each resource supports (the field label conversion
// functions in pkg/apis/*/v1/conversion.go) and how values compare (GetAttrs/ToSelectableFields).
import {
  parseFieldSelector,
  SelectorParseError,
  type FieldRequirement,
  type KObject,
  type KindInfo,
} from '../../../../sim'

type Getter = (o: KObject) => string

const str = (v: unknown): string =>
  typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v)
const at = (o: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((c, p) => (c && typeof c === 'object' ? (c as never)[p] : undefined), o)
const field =
  (path: string): Getter =>
  (o) =>
    str(at(o, path))
const boolField =
  (path: string): Getter =>
  (o) =>
    String(at(o, path) === true)

const META: Record<string, Getter> = {
  'metadata.name': (o) => o.metadata.name,
  'metadata.namespace': (o) => o.metadata.namespace ?? '',
}

/** Field labels per kind; kinds absent here use DefaultMetaV1FieldSelectorConversion. */
const FIELDS: Record<string, Record<string, Getter>> = {
  Pod: {
    ...META,
    'spec.nodeName': field('spec.nodeName'),
    'spec.restartPolicy': field('spec.restartPolicy'),
    'spec.schedulerName': field('spec.schedulerName'),
    'spec.serviceAccountName': field('spec.serviceAccountName'),
    'spec.hostNetwork': boolField('spec.hostNetwork'),
    'status.phase': field('status.phase'),
    'status.podIP': (o) => str(at(o, 'status.podIPs.0.ip')),
    'status.podIPs': (o) => str(at(o, 'status.podIPs.0.ip')),
    'status.nominatedNodeName': field('status.nominatedNodeName'),
    'spec.host': field('spec.nodeName'),
  },
  Node: {
    'metadata.name': META['metadata.name'],
    'spec.unschedulable': boolField('spec.unschedulable'),
  },
  Namespace: { 'metadata.name': META['metadata.name'], 'status.phase': field('status.phase') },
  Event: {
    ...META,
    'involvedObject.kind': field('involvedObject.kind'),
    'involvedObject.namespace': field('involvedObject.namespace'),
    'involvedObject.name': field('involvedObject.name'),
    'involvedObject.uid': field('involvedObject.uid'),
    'involvedObject.apiVersion': field('involvedObject.apiVersion'),
    'involvedObject.resourceVersion': field('involvedObject.resourceVersion'),
    'involvedObject.fieldPath': field('involvedObject.fieldPath'),
    reason: field('reason'),
    reportingComponent: field('reportingComponent'),
    source: field('source.component'),
    type: field('type'),
  },
  ReplicaSet: { ...META, 'status.replicas': (o) => str(at(o, 'status.replicas') ?? 0) },
  Secret: { ...META, type: field('type') },
  Service: { ...META, 'spec.clusterIP': field('spec.clusterIP'), 'spec.type': field('spec.type') },
}

export interface CompiledFieldSelector {
  matches(o: KObject): boolean
}

/** The GroupVersionResource as kubectl prints it in list errors: `/v1, Resource=pods`. */
export function gvrString(info: KindInfo): string {
  return `${info.group}/${info.version}, Resource=${info.plural}`
}

/**
 * Compile a field selector for a kind, or return the API server's BadRequest message
 * (without kubectl's `Unable to find ...` wrapping).
 */
export function compileFieldSelector(
  info: KindInfo,
  selector: string,
): CompiledFieldSelector | { error: string } {
  let reqs: FieldRequirement[]
  try {
    reqs = parseFieldSelector(selector)
  } catch (e) {
    if (e instanceof SelectorParseError) return { error: e.message }
    throw e
  }
  const table = FIELDS[info.kind]
  const getters: { get: Getter; r: FieldRequirement }[] = []
  for (const r of reqs) {
    const get = table ? table[r.path] : META[r.path]
    if (!get) {
      return {
        error: table
          ? `field label not supported: ${r.path}`
          : `"${r.path}" is not a known field selector: only "metadata.name", "metadata.namespace"`,
      }
    }
    getters.push({ get, r })
  }
  return { matches: (o) => getters.every(({ get, r }) => (get(o) === r.value) === (r.op === '=')) }
}
