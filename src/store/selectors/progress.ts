// Progress projections for the header, the question list and the lab list.
import { loadLabSave, type KeyValueStorage } from '../persist'
import type { AppState, QuestionState } from '../types'

export interface ProgressSummary {
  done: number
  total: number
}

export function selectProgress(s: AppState): ProgressSummary {
  const qs = s.lab.questions
  return { done: qs.filter((q) => q.state === 'correct').length, total: qs.length }
}

/** States of the questions, as one string so a component re-renders only when one changes. */
export function selectQuestionStates(s: AppState): string {
  return s.lab.questions.map((q) => q.state).join(',')
}

export function parseQuestionStates(joined: string): QuestionState[] {
  return joined ? (joined.split(',') as QuestionState[]) : []
}

/** A lab's saved progress for the lab list (undefined: never opened or no valid save). */
export function savedProgress(
  storage: KeyValueStorage,
  labId: string,
): ProgressSummary | undefined {
  const r = loadLabSave(storage, labId)
  if (!r.ok || !r.value) return undefined
  const qs = r.value.progress.questions
  return { done: qs.filter((q) => q.state === 'correct').length, total: qs.length }
}
