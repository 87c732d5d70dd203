// The app store's state and intents (zustand + immer). Plain data only: the lab runtime and the
// terminal stream live in the store's closure (StoreContext), reached through getRuntime()/getStream().
import type { LabDoc, LabRuntimeLike, LoadedLab, LabLoader, LabSource } from './runtime'
import type { TerminalStream } from './terminalStream'
import type { KeyValueStorage } from './persist'

export type Lang = 'en' | 'ko'
export type Speed = 1 | 10 | 60
export const SPEEDS: readonly Speed[] = [1, 10, 60]

export interface XY {
  x: number
  y: number
}

export type QuestionState = 'unanswered' | 'correct' | 'incorrect'

/** A question's progress as the UI shows it: the runtime's grading plus the panel's own state. */
export interface QuestionProgress {
  /** from the runtime */
  state: QuestionState
  /** the answer being chosen or typed ("2", "1,3", "v1.33.0"), graded on Check */
  answer: string
  /** why the last check failed (from the runtime, or a malformed answer) */
  failures: string[]
  hintShown: boolean
  /** the question's setup ran (from the runtime) */
  reached: boolean
}

export interface SettingsSlice {
  lang: Lang
  /** the terminal's rows also as text for screen readers (xterm screenReaderMode; costs per output) */
  screenReader: boolean
  notice: string | undefined
  setLang: (lang: Lang) => void
  setScreenReader: (on: boolean) => void
  showNotice: (text: string) => void
  dismissNotice: () => void
}

export interface ClockSlice {
  clock: { playing: boolean; speed: Speed; now: number }
  /** bumped at most once per animation frame, when the world changed */
  worldRevision: number
  togglePlay: () => void
  setSpeed: (speed: Speed) => void
  /** fast-forward virtual time by ms (+1 min, +5 min) */
  advanceClock: (ms: number) => void
}

export interface LayoutSlice {
  layout: { positions: Record<string, XY> }
  showSystemPods: boolean
  setNodePosition: (id: string, pos: XY) => void
  toggleSystemPods: () => void
}

export interface TerminalSlice {
  terminal: { busy: boolean; queued: number; history: string[] }
  /** run a command line in the main session; `external` echoes it like typed (graph buttons, paste) */
  runCommand: (line: string, opts?: { external?: boolean }) => Promise<number>
  /** Ctrl-C: interrupt the running command and drop queued ones */
  interrupt: () => void
  getStream: () => TerminalStream
  getPrompt: () => string
  /** the terminal was resized */
  setColumns: (columns: number) => void
}

export interface LabSlice {
  lab: {
    id: string | undefined
    status: 'idle' | 'loading' | 'ready' | 'error'
    error: string | undefined
    doc: LabDoc | undefined
    /** 1-based number of the question shown */
    current: number
    questions: QuestionProgress[]
  }
  openLab: (req: LabSource) => Promise<void>
  closeLab: () => void
  /** a lab that cannot be opened (unknown id, fixture URL failing): show why */
  failLab: (id: string, message: string) => void
  selectQuestion: (n: number) => Promise<void>
  answerQuestion: (n: number, answer: string) => void
  checkQuestion: (n: number) => Promise<boolean>
  showHint: (n: number) => void
  resetLab: () => Promise<void>
  getRuntime: () => LabRuntimeLike | undefined
}

export type AppState = SettingsSlice & ClockSlice & LayoutSlice & TerminalSlice & LabSlice

/** What slices share outside the immer state. */
export interface StoreContext {
  loaded: LoadedLab | undefined
  /** the lab file of the open lab (reset reloads it) */
  source: LabSource | undefined
  stream: TerminalStream
  loader: LabLoader
  storage: KeyValueStorage
  seed: number
  /** terminal width the adapter measured (help texts wrap to it) */
  columns: number
  /** the world changed: bump worldRevision on the next frame */
  markDirty: () => void
  /**
   * show what changed in the world now (a finished command), not at the next animation frame; in
   * a task that ran the sim, in a task of its own right after
   */
  publishWorld: () => void
  /** a student's action begins: the task running now is not one of the sim's */
  enterUserTask: () => void
  /** save the lab and settings soon (debounced) */
  persistSoon: () => void
  /** the runtime's progress changed: mirror it (set by the lab slice) */
  onRuntimeChange?: () => void
  /** unsubscribe from the current world's watches */
  detachWorld: () => void
  attachWorld: () => void
}

export type SetState = (fn: (s: AppState) => void) => void
export type GetState = () => AppState
export type SliceCreator<T> = (set: SetState, get: GetState, ctx: StoreContext) => T
