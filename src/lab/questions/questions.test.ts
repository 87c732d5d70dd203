import { describe, expect, it } from 'vitest'
import type { ChoiceQuestion, InputQuestion, Question } from '../schema'
import { gradeAnswer } from '.'

const base = { id: 'q', title: 't', text: 't', solution: [] }
const single: ChoiceQuestion = { ...base, type: 'choice', options: ['a', 'b', 'c'], correct: [2] }
const several: ChoiceQuestion = { ...single, correct: [1, 3], multiple: true }
const count: InputQuestion = { ...base, type: 'input', accepted: [2, 'two'] }
const name: InputQuestion = { ...base, type: 'input', accepted: ['hr-app'], caseInsensitive: false }

describe('choice questions', () => {
  it('grade the option number', () => {
    expect(gradeAnswer(single, '2')).toEqual({ correct: true })
    expect(gradeAnswer(single, ' 1 ')).toEqual({ correct: false })
  })

  it('refuse an option that does not exist or several for a single answer', () => {
    expect(gradeAnswer(single, '4')).toEqual({
      invalid: 'answer with an option number from 1 to 3',
    })
    expect(gradeAnswer(single, 'b')).toEqual({
      invalid: 'answer with an option number from 1 to 3',
    })
    expect(gradeAnswer(single, '1,2')).toEqual({ invalid: 'answer with one option number' })
  })

  it('take several comma-separated options in any order when more than one is correct', () => {
    expect(gradeAnswer(several, '3,1')).toEqual({ correct: true })
    expect(gradeAnswer(several, '1, 3')).toEqual({ correct: true })
    expect(gradeAnswer(several, '1')).toEqual({ correct: false })
    expect(gradeAnswer(several, '1,2,3')).toEqual({ correct: false })
    expect(gradeAnswer(several, '0,1')).toEqual({
      invalid: 'answer with option numbers from 1 to 3, separated by commas (e.g. 1,3)',
    })
  })
})

describe('input questions', () => {
  it('compare numbers numerically and texts case-insensitively by default', () => {
    expect(gradeAnswer(count, '2')).toEqual({ correct: true })
    expect(gradeAnswer(count, '02')).toEqual({ correct: true })
    expect(gradeAnswer(count, ' TWO ')).toEqual({ correct: true })
    expect(gradeAnswer(count, '3')).toEqual({ correct: false })
    expect(gradeAnswer(count, '2 nodes')).toEqual({ correct: false })
  })

  it('respect caseInsensitive: false and refuse an empty answer', () => {
    expect(gradeAnswer(name, 'hr-app')).toEqual({ correct: true })
    expect(gradeAnswer(name, 'HR-APP')).toEqual({ correct: false })
    expect(gradeAnswer(name, '  ')).toEqual({ invalid: 'the answer is empty' })
  })
})

describe('info and task questions', () => {
  it('an info question is complete once read; a task is checked, not answered', () => {
    const info: Question = { ...base, type: 'info' }
    const task: Question = {
      ...base,
      type: 'task',
      check: { kind: 'node', name: 'n', ready: true },
    }
    expect(gradeAnswer(info, '')).toEqual({ correct: true })
    expect(gradeAnswer(task, 'done')).toEqual({ notAnswerable: true })
  })
})
