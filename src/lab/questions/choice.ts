// Choice questions: the student answers an option number, or several comma-separated ("1,3").
import type { ChoiceQuestion } from '../schema'
import type { Grade } from './types'

/** "1,3" / "1, 3" / "3" → [1, 3]; undefined when it is not a list of option numbers. */
export function parseOptionNumbers(answer: string, options: number): number[] | undefined {
  const parts = answer.split(/[\s,]+/).filter(Boolean)
  if (!parts.length) return undefined
  const nums = parts.map((p) => (/^\d+$/.test(p) ? Number(p) : NaN))
  if (nums.some((n) => !Number.isInteger(n) || n < 1 || n > options)) return undefined
  return [...new Set(nums)].sort((a, b) => a - b)
}

export function gradeChoice(q: ChoiceQuestion, answer: string): Grade {
  const nums = parseOptionNumbers(answer, q.options.length)
  if (!nums)
    return {
      invalid: q.multiple
        ? `answer with option numbers from 1 to ${q.options.length}, separated by commas (e.g. 1,3)`
        : `answer with an option number from 1 to ${q.options.length}`,
    }
  if (!q.multiple && nums.length > 1) return { invalid: 'answer with one option number' }
  const want = [...new Set(q.correct)].sort((a, b) => a - b)
  return { correct: nums.length === want.length && nums.every((n, i) => n === want[i]) }
}
