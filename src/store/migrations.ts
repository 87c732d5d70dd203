// Versioned saves: every stored document carries `version`; MIGRATIONS[n] upgrades a version-n save to
// n+1. A save that cannot be upgraded or fails validation is dropped by the caller with a notice.
import type { Lang, QuestionProgress, Speed, XY } from './types'

export const SAVE_VERSION = 2

export interface LabSave {
  version: typeof SAVE_VERSION
  labId: string
  progress: { current: number; questions: QuestionProgress[] }
  layout: { positions: Record<string, XY>; showSystemPods: boolean }
  terminal: { scrollback: string; history: string[] }
  /** the lab runtime's own snapshot (world, clock, random), when the engine provides one */
  runtime?: unknown
}

export interface SettingsSave {
  version: typeof SAVE_VERSION
  lang: Lang
  speed: Speed
  /** xterm's screen-reader mode (absent in saves from before it existed: off) */
  screenReader?: boolean
}

type Raw = Record<string, unknown>

/** version → function upgrading a save of that version to the next. */
const MIGRATIONS: Record<number, (old: Raw) => Raw> = {
  // v1 kept positions at the top level and had no showSystemPods
  1: (old) => {
    const { positions, ...rest } = old
    return { ...rest, layout: { positions: positions ?? {}, showSystemPods: false }, version: 2 }
  },
}

export class SaveError extends Error {}

function isObject(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Upgrade a parsed save to SAVE_VERSION. Throws SaveError when it cannot. */
export function migrate(data: unknown): Raw {
  if (!isObject(data) || typeof data.version !== 'number') throw new SaveError('no version')
  let cur = data
  while ((cur.version as number) < SAVE_VERSION) {
    const step = MIGRATIONS[cur.version as number]
    if (!step) throw new SaveError(`no migration from version ${String(cur.version)}`)
    cur = step(cur)
  }
  if (cur.version !== SAVE_VERSION) throw new SaveError(`unknown version ${String(cur.version)}`)
  return cur
}

const STATES = new Set(['unanswered', 'correct', 'incorrect'])

function isXY(v: unknown): v is XY {
  return isObject(v) && Number.isFinite(v.x) && Number.isFinite(v.y)
}

function isProgress(v: unknown): v is QuestionProgress {
  return (
    isObject(v) &&
    STATES.has(v.state as string) &&
    typeof v.answer === 'string' &&
    Array.isArray(v.failures) &&
    v.failures.every((f) => typeof f === 'string') &&
    typeof v.hintShown === 'boolean' &&
    typeof v.reached === 'boolean'
  )
}

/** Validate a migrated lab save. Throws SaveError naming the first bad field. */
export function validateLabSave(v: Raw, labId: string): LabSave {
  const bad = (what: string) => new SaveError(`bad ${what}`)
  if (v.labId !== labId) throw bad('labId')
  const p = v.progress
  if (!isObject(p) || !Number.isInteger(p.current) || !Array.isArray(p.questions))
    throw bad('progress')
  if (!p.questions.every(isProgress)) throw bad('progress.questions')
  const l = v.layout
  if (!isObject(l) || !isObject(l.positions) || typeof l.showSystemPods !== 'boolean')
    throw bad('layout')
  if (!Object.values(l.positions).every(isXY)) throw bad('layout.positions')
  const t = v.terminal
  if (!isObject(t) || typeof t.scrollback !== 'string' || !Array.isArray(t.history))
    throw bad('terminal')
  if (!t.history.every((h) => typeof h === 'string')) throw bad('terminal.history')
  return v as unknown as LabSave
}

export function validateSettings(v: Raw): SettingsSave {
  if (v.lang !== 'en' && v.lang !== 'ko') throw new SaveError('bad lang')
  if (v.speed !== 1 && v.speed !== 10 && v.speed !== 60) throw new SaveError('bad speed')
  if (v.screenReader !== undefined && typeof v.screenReader !== 'boolean')
    throw new SaveError('bad screenReader')
  return v as unknown as SettingsSave
}
