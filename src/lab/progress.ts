// A student's progress through a lab: one record per question, plus what `lab status --json` prints.

export type QuestionState = 'unanswered' | 'correct' | 'incorrect'

export interface QuestionProgress {
  /** 1-based question number */
  n: number
  id: string
  state: QuestionState
  /** the question's setup commands have run (they run once) */
  setupDone: boolean
  /** graded answers or checks so far */
  attempts: number
  /** the last answer given (choice/input) */
  answer?: string
  /** why the last check failed (task) */
  failures?: string[]
}

/** Exactly what `lab status --json` prints. */
export interface LabStatus {
  score: number
  total: number
  questions: { n: number; id: string; state: QuestionState }[]
}

/** A wrong question number or a question used the wrong way; the program prints the message. */
export class LabUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'LabUsageError'
  }
}

export function initialProgress(ids: string[]): QuestionProgress[] {
  return ids.map((id, i) => ({ n: i + 1, id, state: 'unanswered', setupDone: false, attempts: 0 }))
}
