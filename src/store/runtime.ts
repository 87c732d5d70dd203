// The contract the store needs from the lab engine's LabRuntime (src/lab/runtime.ts): a world, a
// shell session, commands that stream output and wait on virtual time, progress and grading.
import type { World } from '../sim'
import type { AbortSignalLike, SessionState, Writer } from '../shell/types'

export interface RuntimeProgress {
  state: 'unanswered' | 'correct' | 'incorrect'
  setupDone: boolean
  answer?: string
  failures?: string[]
}

/** The subset of LabRuntime the store uses (a fake implements it in tests). */
export interface LabRuntimeLike {
  readonly world: World
  readonly session: SessionState
  readonly progress: readonly RuntimeProgress[]
  runCommand(
    line: string,
    io: { stdout: Writer; stderr: Writer },
    opts?: {
      drive?: 'auto' | 'external'
      signal?: AbortSignalLike
      columns?: number
      /** stop as Ctrl-C does when the line would pass this much virtual time (a replay) */
      maxVirtualMs?: number
    },
  ): Promise<number>
  /** reach question n: runs its setup once (through the shell, as a student would type it) */
  show(n: number): Promise<unknown>
  /** grade a choice/input answer; rejects with a usage message for a malformed one */
  answer(n: number, answer: string): Promise<{ correct: boolean }>
  /** grade question n on the world as it is now */
  check(n: number): Promise<{ correct: boolean; failures: string[] }>
  setLang(lang: 'en' | 'ko'): void
  /** progress or world identity changed (also after `lab …` typed in the terminal) */
  onChange(fn: () => void): () => void
}

/** One question as the UI shows it: the lab file's plain data (texts are strings or {en, ko}). */
export interface QuestionDoc {
  id: string
  type: 'info' | 'choice' | 'input' | 'task'
  title: LabText
  text: LabText
  hint?: LabText
  explanation?: LabText
  options?: LabText[]
  multiple?: boolean
}

export type LabText = string | { en: string; ko?: string }

/** The lab file's plain data the UI renders. */
export interface LabDoc {
  id: string
  title: LabText
  summary: LabText
  difficulty: string
  minutes: number
  questions: QuestionDoc[]
}

export interface LoadedLab {
  lab: LabDoc
  runtime: LabRuntimeLike
  /** the shell prompt of the main session, e.g. "controlplane ~ ➜  " */
  prompt(): string
  /** serialisable state to restore this runtime later (LoadRequest.snapshot) */
  snapshot?(): unknown
}

/** Where a lab comes from: its JSON text, or (shipped labs) the lab validated at build time. */
export interface LabSource {
  id: string
  fileName: string
  /** the lab file's JSON text (validated on load) */
  text?: string
  /** the lab as the engine's parser returned it when the app was built */
  parsed?: unknown
}

export interface LoadRequest extends LabSource {
  seed: number
  /** a snapshot saved earlier by LoadedLab.snapshot() */
  snapshot?: unknown
}

/** Builds a runtime from a lab file (parses, validates, creates the world). Rejects with a message. */
export type LabLoader = (req: LoadRequest) => Promise<LoadedLab>

/** A Ctrl-C source for one command. */
export class Interruptor implements AbortSignalLike {
  aborted = false
  readonly promise: Promise<void>
  private resolve!: () => void
  constructor() {
    this.promise = new Promise<void>((r) => (this.resolve = r))
  }
  abort(): void {
    if (this.aborted) return
    this.aborted = true
    this.resolve()
  }
}
