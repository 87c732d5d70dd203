// The API client: the one way anything (controllers, kubectl, labs) reads or writes a cluster.
// Stamps uid, resourceVersion, timestamps and generation like the API server's registry does,
// applies defaulting/admission, and implements graceful pod deletion and the eviction subresource.
import type { VirtualClock } from '../clock'
import type { SeededRandom } from '../random'
import type { KObject, Pod, PodDisruptionBudget } from './types'
import { ObjectStore, compareObjects } from './objectStore'
import { podNodeIndex, podsOnNode } from './podIndex'
import { kindInfo, type KindInfo } from './kinds'
import { ApiError, alreadyExists, notFound } from './errors'
import { canonicalJson } from './canonicalJson'
import {
  fromLabelSelector,
  matchesFields,
  matchesSelector,
  parseFieldSelector,
  parseLabelSelector,
  type Selector,
} from './selectors'
import { rfc3339 } from './time'
import { applyDefaults, DEFAULT_TOLERATION_SECONDS } from './kinds/defaults'
import {
  stampTemplateGenerationOnCreate,
  stampTemplateGenerationOnUpdate,
} from './kinds/daemonSetGeneration'

export interface ListOptions {
  namespace?: string
  labelSelector?: string | Selector
  fieldSelector?: string
}

export interface WriteOptions {
  dryRun?: boolean
  /**
   * create and update: the caller hands over a fresh object (its metadata a new object too) and
   * will not touch it again, so the client stores it without another deep copy. Unchanged parts
   * may be shared with the stored object they came from (stored objects are immutable).
   */
  owned?: boolean
}

export interface DeleteOptions extends WriteOptions {
  /** Seconds; undefined uses the object's own (pod terminationGracePeriodSeconds). 0 = immediately. */
  gracePeriodSeconds?: number
}

/** Names the API server appends to generateName: 5 random characters. */
const GENERATE_NAME_SUFFIX_LENGTH = 5

export class ApiClient {
  /**
   * tolerationSeconds the DefaultTolerationSeconds admission plugin gives pods for the
   * not-ready/unreachable taints (the cluster's podEvictionTimeoutMs / 1000).
   */
  defaultTolerationSeconds: () => number = () => DEFAULT_TOLERATION_SECONDS

  constructor(
    readonly store: ObjectStore,
    private readonly clock: VirtualClock,
    private readonly random: SeededRandom,
  ) {
    podNodeIndex(store)
  }

  private info(kind: string): KindInfo {
    const i = kindInfo(kind)
    if (!i) throw new ApiError(404, 'NotFound', `the server doesn't have a resource type "${kind}"`)
    return i
  }

  now(): string {
    return rfc3339(this.clock.now())
  }

  get<T = KObject>(kind: string, namespace: string | undefined, name: string): T {
    const info = this.info(kind)
    const o = this.store.get(kind, info.namespaced ? namespace : undefined, name)
    if (!o) throw notFound(info, name)
    return o as T
  }

  tryGet<T = KObject>(kind: string, namespace: string | undefined, name: string): T | undefined {
    const info = this.info(kind)
    return this.store.get(kind, info.namespaced ? namespace : undefined, name) as T | undefined
  }

  list<T = KObject>(kind: string, opts: ListOptions = {}): T[] {
    const info = this.info(kind)
    const namespace = info.namespaced ? opts.namespace : undefined
    const sel =
      typeof opts.labelSelector === 'string'
        ? parseLabelSelector(opts.labelSelector)
        : opts.labelSelector
    const reqs = opts.fieldSelector ? parseFieldSelector(opts.fieldSelector) : []
    // the spec.nodeName field index answers a node's pods without reading every pod
    const node =
      kind === 'Pod' ? reqs.find((r) => r.path === 'spec.nodeName' && r.op === '=') : undefined
    let items = node
      ? podsOnNode(this.store, node.value, namespace).sort(compareObjects)
      : this.store.list(kind, namespace)
    if (sel?.length) items = items.filter((o) => matchesSelector(sel, o.metadata.labels))
    if (reqs.length) items = items.filter((o) => matchesFields(reqs, o))
    return items as T[]
  }

  create<T = KObject>(input: KObject | T, opts: WriteOptions = {}): T {
    const obj = (opts.owned ? input : structuredClone(input)) as KObject
    const info = this.info(obj.kind)
    obj.apiVersion = obj.apiVersion || info.apiVersion
    const md = obj.metadata ?? ({} as KObject['metadata'])
    obj.metadata = md
    if (info.namespaced) md.namespace = md.namespace || 'default'
    else delete md.namespace
    if (!md.name && md.generateName) {
      do {
        md.name = md.generateName + this.random.string(GENERATE_NAME_SUFFIX_LENGTH)
      } while (this.store.get(obj.kind, md.namespace, md.name))
    }
    if (!md.name)
      throw new ApiError(
        422,
        'Invalid',
        `${info.kind} "" is invalid: metadata.name: Required value: name or generateName is required`,
      )
    if (
      info.namespaced &&
      info.kind !== 'Namespace' &&
      !this.store.get('Namespace', undefined, md.namespace!)
    ) {
      throw new ApiError(404, 'NotFound', `namespaces "${md.namespace}" not found`)
    }
    if (this.store.get(obj.kind, md.namespace, md.name)) throw alreadyExists(info, md.name)
    applyDefaults(obj, { now: this.now(), tolerationSeconds: this.defaultTolerationSeconds() })
    stampTemplateGenerationOnCreate(obj)
    if (opts.dryRun) return obj as T
    md.uid = this.random.uuid()
    md.creationTimestamp = this.now()
    md.resourceVersion = this.store.nextResourceVersion()
    if (hasGeneration(info)) md.generation = 1
    return this.store.put(obj) as T
  }

  /** Replace an object. Bumps generation when spec changed (workload kinds). */
  update<T = KObject>(input: KObject | T, opts: WriteOptions = {}): T {
    const obj = (opts.owned ? input : structuredClone(input)) as KObject
    const info = this.info(obj.kind)
    const ns = info.namespaced ? obj.metadata.namespace : undefined
    const cur = this.store.get(obj.kind, ns, obj.metadata.name)
    if (!cur) throw notFound(info, obj.metadata.name)
    obj.metadata.uid = cur.metadata.uid
    obj.metadata.creationTimestamp = cur.metadata.creationTimestamp
    if (hasGeneration(info)) {
      // apiequality.Semantic.DeepEqual(old.Spec, new.Spec): the order of keys does not count
      const changed = cur.spec !== obj.spec && canonicalJson(cur.spec) !== canonicalJson(obj.spec)
      obj.metadata.generation = (cur.metadata.generation ?? 1) + (changed ? 1 : 0)
    }
    stampTemplateGenerationOnUpdate(cur, obj)
    if (opts.dryRun) return obj as T
    obj.metadata.resourceVersion = this.store.nextResourceVersion()
    return this.store.put(obj) as T
  }

  /** Read-modify-write: mutate a copy of the current object. */
  patch<T = KObject>(
    kind: string,
    namespace: string | undefined,
    name: string,
    mutate: (draft: T) => void,
    opts: WriteOptions = {},
  ): T {
    const cur = this.get<KObject>(kind, namespace, name)
    const copy = structuredClone(cur) as T
    mutate(copy)
    return this.update<T>(copy, { ...opts, owned: true })
  }

  /**
   * Delete. A pod bound to a node is deleted gracefully: it gets deletionTimestamp and
   * deletionGracePeriodSeconds and stays until its kubelet confirms (or grace 0 forces it).
   */
  delete(
    kind: string,
    namespace: string | undefined,
    name: string,
    opts: DeleteOptions = {},
  ): KObject {
    const info = this.info(kind)
    const ns = info.namespaced ? namespace : undefined
    const cur = this.store.get(kind, ns, name)
    if (!cur) throw notFound(info, name)
    if (opts.dryRun) return cur
    if (kind === 'Pod') {
      const pod = cur as unknown as Pod
      const grace = opts.gracePeriodSeconds ?? pod.spec?.terminationGracePeriodSeconds ?? 30
      const terminal = pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed'
      if (pod.spec?.nodeName && grace > 0 && !terminal) {
        if (cur.metadata.deletionTimestamp) {
          const prevGrace = cur.metadata.deletionGracePeriodSeconds ?? grace
          if (grace >= prevGrace) return cur
        }
        return this.update(
          {
            ...cur,
            metadata: {
              ...cur.metadata,
              deletionTimestamp: rfc3339(this.clock.now() + grace * 1000),
              deletionGracePeriodSeconds: grace,
            },
          },
          { owned: true },
        )
      }
    }
    const fin = cur.metadata.finalizers ?? []
    if (fin.length && kind !== 'Pod') {
      if (cur.metadata.deletionTimestamp) return cur
      return this.update(
        {
          ...cur,
          metadata: {
            ...cur.metadata,
            deletionTimestamp: this.now(),
            deletionGracePeriodSeconds: 0,
          },
        },
        { owned: true },
      )
    }
    this.store.nextResourceVersion()
    return this.store.remove(kind, ns, name)!
  }

  /** n hex digits from the cluster's seeded source (event names). */
  randomHex(n: number): string {
    return this.random.hex(n)
  }

  /** Remove an object now, whatever its state (the kubelet confirming a pod's termination). */
  forceRemove(kind: string, namespace: string | undefined, name: string): void {
    const info = this.info(kind)
    this.store.nextResourceVersion()
    this.store.remove(kind, info.namespaced ? namespace : undefined, name)
  }

  /**
   * POST pods/<name>/eviction (policy/v1). Refuses with 429 when a matching PodDisruptionBudget
   * allows no disruption; otherwise records the disruption on the budget and deletes the pod.
   */
  evict(namespace: string, name: string, opts: DeleteOptions = {}): void {
    const pod = this.get<Pod>('Pod', namespace, name)
    if (pod.metadata?.deletionTimestamp) return
    const pdbs = this.list<PodDisruptionBudget>('PodDisruptionBudget', { namespace }).filter(
      (p) =>
        p.spec?.selector &&
        matchesSelector(fromLabelSelector(p.spec.selector), pod.metadata?.labels),
    )
    if (pdbs.length > 1) {
      throw new ApiError(
        500,
        'InternalError',
        'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.',
      )
    }
    const terminal =
      pod.status?.phase === 'Succeeded' ||
      pod.status?.phase === 'Failed' ||
      pod.status?.phase === 'Pending'
    if (pdbs.length === 1 && !terminal) {
      const pdb = pdbs[0]
      const allowed = pdb.status?.disruptionsAllowed ?? 0
      if (allowed <= 0) {
        throw new ApiError(
          429,
          'TooManyRequests',
          "Cannot evict pod as it would violate the pod's disruption budget.",
        )
      }
      if (!opts.dryRun) {
        this.patch<PodDisruptionBudget>(
          'PodDisruptionBudget',
          namespace,
          pdb.metadata!.name!,
          (d) => {
            d.status = d.status ?? {
              currentHealthy: 0,
              desiredHealthy: 0,
              disruptionsAllowed: 0,
              expectedPods: 0,
            }
            d.status.disruptionsAllowed = allowed - 1
            d.status.disruptedPods = { ...(d.status.disruptedPods ?? {}), [name]: this.now() }
          },
        )
      }
    }
    this.delete('Pod', namespace, name, opts)
  }
}

function hasGeneration(info: KindInfo): boolean {
  return info.group === 'apps' || info.kind === 'PodDisruptionBudget'
}
