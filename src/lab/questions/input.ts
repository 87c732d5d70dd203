// Input questions: a text or a number. Answers are trimmed and whitespace-collapsed; texts compare
// case-insensitively unless the lab says otherwise; numbers compare numerically ("02" = 2).
import type { InputQuestion } from '../schema'
import type { Grade } from './types'

function norm(s: string, caseInsensitive: boolean): string {
  const t = s.trim().replace(/\s+/g, ' ')
  return caseInsensitive ? t.toLowerCase() : t
}

export function gradeInput(q: InputQuestion, answer: string): Grade {
  const given = answer.trim()
  if (!given) return { invalid: 'the answer is empty' }
  const ci = q.caseInsensitive ?? true
  const correct = q.accepted.some((a) => {
    if (typeof a === 'number') return /^[-+]?\d+(\.\d+)?$/.test(given) && Number(given) === a
    return norm(a, ci) === norm(given, ci)
  })
  return { correct }
}
