// Level-triggered controllers, as in kubernetes/sample-controller: a watch enqueues keys, a
// reconcile looks at what the API says now and converges, and asks for a later look with
// requeueAfterMs instead of keeping a timer of its own.
import type { ApiClient } from '../api/client'
import type { WatchEvent } from '../api/types'
import type { VirtualClock } from '../clock'
import type { SeededRandom } from '../random'
import type { Cluster } from '../cluster'
import type { HostRegistry } from '../hosts/host'

export interface ControllerContext {
  client: ApiClient
  clock: VirtualClock
  random: SeededRandom
  cluster: Cluster
  hosts: HostRegistry
}

export interface ReconcileResult {
  /** Look at this key again after this much virtual time. */
  requeueAfterMs?: number
}

export interface Controller {
  name: string
  /** Kinds whose watch events this controller receives. */
  watches: string[]
  /** Keys to reconcile for an event (often the object's own key, or its owner's). */
  keysFor(ev: WatchEvent, ctx: ControllerContext): string[]
  /** Converge one key. Must be idempotent. */
  reconcile(key: string, ctx: ControllerContext): ReconcileResult | void
  /** Keys to look at when the manager starts or resyncs (after a restore). */
  resync?(ctx: ControllerContext): string[]
}

export function defineController(c: Controller): Controller {
  return c
}

/** The key of a namespaced or cluster-scoped object: `ns/name` or `name`. */
export function objectKey(o: { metadata?: { namespace?: string; name?: string } }): string {
  const ns = o.metadata?.namespace
  return ns ? `${ns}/${o.metadata?.name}` : (o.metadata?.name ?? '')
}

export function splitKey(key: string): { namespace?: string; name: string } {
  const i = key.indexOf('/')
  return i < 0 ? { name: key } : { namespace: key.slice(0, i), name: key.slice(i + 1) }
}

const MAX_PASSES = 10_000
/** retry delay after a failed reconcile (workqueue's default rate limiter starts at 5 ms; 1 s keeps loops calm) */
const ERROR_REQUEUE_MS = 1_000

/** Runs a cluster's controllers in list order on the virtual clock. */
export class ControllerManager {
  private queues = new Map<Controller, Set<string>>()
  private scheduled = false
  private unwatch: () => void
  private requeues = new Map<string, number>()
  /** kind → the controllers watching it, in list order */
  private readonly byKind = new Map<string, Controller[]>()

  constructor(
    readonly controllers: Controller[],
    private readonly ctx: ControllerContext,
  ) {
    for (const c of controllers) {
      this.queues.set(c, new Set())
      for (const k of c.watches) {
        const list = this.byKind.get(k)
        if (list) list.push(c)
        else this.byKind.set(k, [c])
      }
    }
    this.unwatch = ctx.client.store.watch((ev) => this.onEvent(ev))
  }

  dispose(): void {
    this.unwatch()
    for (const id of this.requeues.values()) this.ctx.clock.cancel(id)
    this.requeues.clear()
  }

  /** Enqueue every controller's resync keys (start-up, restore). */
  resyncAll(): void {
    for (const c of this.controllers) for (const k of c.resync?.(this.ctx) ?? []) this.enqueue(c, k)
  }

  enqueue(c: Controller, key: string): void {
    this.queues.get(c)!.add(key)
    this.schedule()
  }

  /** Enqueue a key for the controller with this name (used by hosts: kubelet restarts, power). */
  poke(controllerName: string, key: string): void {
    const c = this.controllers.find((x) => x.name === controllerName)
    if (c) this.enqueue(c, key)
  }

  private onEvent(ev: WatchEvent): void {
    const watching = this.byKind.get(ev.object.kind)
    if (!watching) return
    let added = false
    for (const c of watching) {
      const q = this.queues.get(c)!
      for (const k of c.keysFor(ev, this.ctx)) {
        q.add(k)
        added = true
      }
    }
    if (added) this.schedule()
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    this.ctx.clock.schedule(0, () => this.process(), `controllers/${this.ctx.cluster.name}`)
  }

  /** Drain every queue, in controller order, until nothing is left. */
  process(): void {
    this.scheduled = false
    for (let pass = 0; pass < MAX_PASSES; pass++) {
      let did = false
      for (const c of this.controllers) {
        const q = this.queues.get(c)!
        if (!q.size) continue
        const keys = [...q]
        q.clear()
        did = true
        for (const k of keys) this.run(c, k)
      }
      if (!did) return
    }
    throw new Error(
      `controllers of ${this.ctx.cluster.name} did not settle after ${MAX_PASSES} passes`,
    )
  }

  /** Reconcile failures so far, newest last (upstream: utilruntime.HandleError logs and requeues). */
  readonly errors: { controller: string; key: string; message: string; at: number }[] = []

  private run(c: Controller, key: string): void {
    let res: ReconcileResult | void
    try {
      res = c.reconcile(key, this.ctx)
    } catch (e) {
      // A failing reconcile never reaches whoever wrote the object: record it and retry later,
      // as a workqueue's rate limiter would.
      this.errors.push({
        controller: c.name,
        key,
        message: e instanceof Error ? e.message : String(e),
        at: this.ctx.clock.now(),
      })
      if (this.errors.length > 100) this.errors.shift()
      res = { requeueAfterMs: ERROR_REQUEUE_MS }
    }
    const after = res?.requeueAfterMs
    if (after === undefined) return
    const id = `${c.name}\u0000${key}`
    const prev = this.requeues.get(id)
    if (prev !== undefined) this.ctx.clock.cancel(prev)
    const tid = this.ctx.clock.schedule(
      after,
      () => {
        this.requeues.delete(id)
        this.enqueue(c, key)
      },
      `requeue/${c.name}/${key}`,
    )
    this.requeues.set(id, tid)
  }
}
