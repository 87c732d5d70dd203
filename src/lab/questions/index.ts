// Question types: info (read and continue), choice and input (graded by answer), task (graded by
// checks on the world, see ../checks). Add a type: a schema in ../schema/questions.ts, a grader
// here, and a view in the UI.
import type { Question } from '../schema'
import { gradeChoice } from './choice'
import { gradeInput } from './input'
import type { Grade } from './types'

/** Grade a typed answer. Tasks are not answered but checked (see evaluateCheck). */
export function gradeAnswer(q: Question, answer: string): Grade | { notAnswerable: true } {
  switch (q.type) {
    case 'info':
      return { correct: true }
    case 'choice':
      return gradeChoice(q, answer)
    case 'input':
      return gradeInput(q, answer)
    case 'task':
      return { notAnswerable: true }
  }
}

export { parseOptionNumbers } from './choice'
export type { Grade } from './types'
