// Evicting or deleting a node's pods and waiting for them to go, in virtual time.
// Mirrors k8s.io/kubectl pkg/drain/drain.go (Helper: GetPodsForDeletion, evictPods, deletePods,
// waitForDelete) at v0.32.4: 429 retries every 5 s, one global --timeout, 1 s polling.
import { isApiError, type ApiClient, type Pod } from '../../../../sim'
import { formatGoDuration } from '../util/duration'
import type { DryRunStrategy } from '../util/dryRun'
import { newAggregate, type GoError } from './errors'
import { filterPods, makeFilters, shouldSkipPod, type PodDeleteList } from './filters'

/** Seconds between eviction retries after a 429 (drain.go: time.Sleep(5 * time.Second)). */
export const EVICTION_RETRY_MS = 5_000
/** waitForDelete's polling interval. */
export const DELETE_POLL_MS = 1_000

export interface DrainHelperOptions {
  client: ApiClient
  force: boolean
  ignoreAllDaemonSets: boolean
  deleteEmptyDirData: boolean
  /** -1: the pod's own terminationGracePeriodSeconds */
  gracePeriodSeconds: number
  /** 0: no deadline */
  timeoutMs: number
  podSelector: string
  disableEviction: boolean
  skipWaitForDeleteTimeoutSeconds: number
  dryRun: DryRunStrategy
  now: () => number
  sleep: (ms: number) => Promise<void>
  out: (s: string) => void
  err: (s: string) => void
  /** OnPodDeletionOrEvictionFinished: prints `pod/x evicted` and friends. */
  onFinished: (pod: Pod, usingEviction: boolean, failed: boolean) => void
}

export class DrainHelper {
  constructor(private readonly o: DrainHelperOptions) {}

  /** The node's pods through the filters; errors are `cannot delete …` lines. */
  getPodsForDeletion(nodeName: string): { list?: PodDeleteList; errs?: GoError[] } {
    let pods: Pod[]
    try {
      pods = this.o.client.list<Pod>('Pod', {
        labelSelector: this.o.podSelector || undefined,
        fieldSelector: `spec.nodeName=${nodeName}`,
      })
    } catch (e) {
      if (isApiError(e)) return { errs: [e.message] }
      throw e
    }
    const list = filterPods(
      pods,
      makeFilters({
        force: this.o.force,
        ignoreAllDaemonSets: this.o.ignoreAllDaemonSets,
        deleteEmptyDirData: this.o.deleteEmptyDirData,
        skipWaitForDeleteTimeoutSeconds: this.o.skipWaitForDeleteTimeoutSeconds,
        nowMs: this.o.now(),
        getDaemonSetError: (ns, name) => {
          try {
            this.o.client.get('DaemonSet', ns, name)
            return undefined
          } catch (e) {
            if (!isApiError(e)) throw e
            return { text: e.message, notFound: e.reason === 'NotFound' }
          }
        },
      }),
    )
    const errs = list.errors()
    return errs.length ? { list, errs } : { list }
  }

  /** DeleteOrEvictPods: eviction unless --disable-eviction. */
  async deleteOrEvictPods(pods: Pod[]): Promise<GoError | undefined> {
    if (!pods.length) return undefined
    return this.o.disableEviction ? this.deletePods(pods) : this.evictPods(pods)
  }

  private deleteOptions() {
    return {
      gracePeriodSeconds: this.o.gracePeriodSeconds >= 0 ? this.o.gracePeriodSeconds : undefined,
      dryRun: this.o.dryRun === 'server',
    }
  }

  private deadline(): number {
    return this.o.timeoutMs > 0 ? this.o.now() + this.o.timeoutMs : Infinity
  }

  private globalTimeoutText(): string {
    // 0 means infinite: Go prints time.Duration(math.MaxInt64)
    return this.o.timeoutMs > 0 ? formatGoDuration(this.o.timeoutMs) : '2562047h47m16.854775807s'
  }

  private async evictPods(pods: Pod[]): Promise<GoError | undefined> {
    const deadline = this.deadline()
    // divergence: kubectl evicts in one goroutine per pod, so its lines interleave at random; we
    // start every eviction in list order first, then wait for them together.
    const results = await Promise.all(pods.map((pod) => this.evictOne(pod, deadline)))
    return newAggregate(results.filter((r): r is string => r !== undefined))
  }

  private async evictOne(pod: Pod, deadline: number): Promise<string | undefined> {
    const ns = pod.metadata!.namespace!
    const name = pod.metadata!.name!
    const q = JSON.stringify
    for (;;) {
      const suffix = this.o.dryRun === 'server' ? ' (server dry run)' : ''
      this.o.out(`evicting pod ${ns}/${name}${suffix}\n`)
      if (this.o.now() >= deadline)
        return `error when evicting pods/${q(name)} -n ${q(ns)}: global timeout reached: ${this.globalTimeoutText()}`
      try {
        this.o.client.evict(ns, name, this.deleteOptions())
        break
      } catch (e) {
        if (!isApiError(e)) throw e
        if (e.reason === 'NotFound') return undefined
        if (e.reason !== 'TooManyRequests')
          return `error when evicting pods/${q(name)} -n ${q(ns)}: ${e.message}`
        this.o.err(
          `error when evicting pods/${q(name)} -n ${q(ns)} (will retry after 5s): ${e.message}\n`,
        )
        await this.o.sleep(EVICTION_RETRY_MS)
      }
    }
    if (this.o.dryRun === 'server') return undefined
    // let the other evictions start before this one waits (see the divergence above)
    await Promise.resolve()
    const err = await this.waitForDelete([pod], true, deadline)
    return err === undefined
      ? undefined
      : `error when waiting for pod ${q(name)} in namespace ${q(ns)} to terminate: ${err}`
  }

  private async deletePods(pods: Pod[]): Promise<GoError | undefined> {
    for (const pod of pods) {
      try {
        this.o.client.delete(
          'Pod',
          pod.metadata!.namespace,
          pod.metadata!.name!,
          this.deleteOptions(),
        )
      } catch (e) {
        if (!isApiError(e)) throw e
        if (e.reason !== 'NotFound') return e.message
      }
    }
    if (this.o.dryRun === 'server') return undefined
    return this.waitForDelete(pods, false, this.deadline())
  }

  /** waitForDelete: poll every second until each pod is gone (or replaced: another UID). */
  private async waitForDelete(
    pods: Pod[],
    usingEviction: boolean,
    deadline: number,
  ): Promise<string | undefined> {
    let pending = pods
    for (;;) {
      const still: Pod[] = []
      for (const pod of pending) {
        const cur = this.o.client.tryGet<Pod>('Pod', pod.metadata!.namespace, pod.metadata!.name!)
        if (!cur || cur.metadata?.uid !== pod.metadata?.uid) {
          this.o.onFinished(pod, usingEviction, false)
          continue
        }
        if (shouldSkipPod(cur, this.o.skipWaitForDeleteTimeoutSeconds, this.o.now())) {
          this.o.out(
            `pod ${JSON.stringify(pod.metadata!.name)} has DeletionTimestamp older than ${this.o.skipWaitForDeleteTimeoutSeconds} seconds, skipping\n`,
          )
          continue
        }
        still.push(pod)
      }
      pending = still
      if (!pending.length) return undefined
      if (this.o.now() + DELETE_POLL_MS > deadline) {
        await this.o.sleep(Math.max(0, deadline - this.o.now()))
        return 'context deadline exceeded'
      }
      await this.o.sleep(DELETE_POLL_MS)
    }
  }
}
