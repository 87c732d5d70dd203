// Restoring a lab after a reload by replaying what the student did: every command, question shown,
// answer and check, stamped with the virtual time it happened at, replayed in a fresh world from
// the same seed (the sim is deterministic), then the clock is advanced to the saved time.
// divergence: a command that was still waiting when the page closed is replayed to its end.
import type { AbortSignalLike, Writer } from '../shell/types'
import type { LabRuntimeLike } from './runtime'

export type JournalEntry =
  | { op: 'cmd'; at: number; line: string; /** virtual time of a Ctrl-C */ stoppedAt?: number }
  | { op: 'show'; at: number; n: number }
  | { op: 'answer'; at: number; n: number; answer: string }
  | { op: 'check'; at: number; n: number }

export interface JournalSnapshot {
  kind: 'journal'
  seed: number
  now: number
  entries: JournalEntry[]
}

export function isJournalSnapshot(v: unknown): v is JournalSnapshot {
  const j = v as JournalSnapshot
  return (
    typeof v === 'object' &&
    v !== null &&
    j.kind === 'journal' &&
    Number.isFinite(j.now) &&
    Array.isArray(j.entries)
  )
}

const discard: Writer = () => {}

/** A LabRuntimeLike that records every action it forwards to the real runtime. */
export class JournaledRuntime<R extends LabRuntimeLike> implements LabRuntimeLike {
  entries: JournalEntry[] = []
  private readonly gate: Promise<unknown>

  /** @param gate what must be in before a command starts (resolved: commands start at once) */
  constructor(
    readonly inner: R,
    readonly seed: number,
    gate: Promise<unknown> = Promise.resolve(),
  ) {
    // a gate that fails (a chunk that did not download) must not stop every command
    this.gate = gate.catch(() => undefined)
  }

  get world() {
    return this.inner.world
  }
  get session() {
    return this.inner.session
  }
  get progress() {
    return this.inner.progress
  }
  private now(): number {
    return this.inner.world.clock.now()
  }

  async runCommand(
    line: string,
    io: { stdout: Writer; stderr: Writer },
    opts?: {
      drive?: 'auto' | 'external'
      signal?: AbortSignalLike
      columns?: number
      maxVirtualMs?: number
    },
  ): Promise<number> {
    await this.gate
    const entry: JournalEntry = { op: 'cmd', at: this.now(), line }
    this.entries.push(entry)
    const code = await this.inner.runCommand(line, io, opts)
    if (opts?.signal?.aborted) entry.stoppedAt = this.now()
    return code
  }
  show(n: number) {
    this.entries.push({ op: 'show', at: this.now(), n })
    return this.inner.show(n)
  }
  answer(n: number, answer: string) {
    this.entries.push({ op: 'answer', at: this.now(), n, answer })
    return this.inner.answer(n, answer)
  }
  check(n: number) {
    this.entries.push({ op: 'check', at: this.now(), n })
    return this.inner.check(n)
  }
  setLang(lang: 'en' | 'ko'): void {
    this.inner.setLang(lang)
  }
  onChange(fn: () => void): () => void {
    return this.inner.onChange(fn)
  }

  snapshot(): JournalSnapshot {
    return { kind: 'journal', seed: this.seed, now: this.now(), entries: this.entries.slice() }
  }

  /** Replay a snapshot into this (fresh) runtime. Throws when it does not belong to this seed. */
  async replay(snap: unknown): Promise<void> {
    if (!isJournalSnapshot(snap)) throw new Error('not a saved lab journal')
    if (snap.seed !== this.seed) throw new Error('saved with another seed')
    const clock = () => this.inner.world.clock
    await this.gate
    for (const e of snap.entries) {
      if (e.at > clock().now()) clock().advanceTo(e.at)
      if (e.op === 'cmd') {
        // a command the student stopped with Ctrl-C stops where it did: live, the key reached it
        // while it waited with the clock at stoppedAt; here the driver stops it when it would
        // next wait past stoppedAt (a ^C scheduled on the clock at stoppedAt would run before
        // the events already due then, such as its own wake-up: one loop batch or poll short)
        await this.inner.runCommand(
          e.line,
          { stdout: discard, stderr: discard },
          {
            drive: 'auto',
            maxVirtualMs:
              e.stoppedAt === undefined ? undefined : Math.max(0, e.stoppedAt - clock().now()),
          },
        )
      } else if (e.op === 'show') await this.inner.show(e.n)
      else if (e.op === 'answer') await this.inner.answer(e.n, e.answer).catch(() => undefined)
      else await this.inner.check(e.n)
    }
    if (snap.now > clock().now()) clock().advanceTo(snap.now)
    this.entries = snap.entries.slice()
  }
}
