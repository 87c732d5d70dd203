import { describe, expect, it } from 'vitest'
import { labKey, memoryStorage } from '../persist'
import { parseQuestionStates, savedProgress } from './progress'

const q = (state: string) => ({ state, answer: '', failures: [], hintShown: false, reached: true })

describe('progress selectors', () => {
  it('the lab list shows how many questions of a saved lab are correct', () => {
    const save = {
      version: 2,
      labId: 'a',
      progress: { current: 2, questions: [q('correct'), q('incorrect'), q('correct')] },
      layout: { positions: {}, showSystemPods: false },
      terminal: { scrollback: '', history: [] },
    }
    const storage = memoryStorage({ [labKey('a')]: JSON.stringify(save) })
    expect(savedProgress(storage, 'a')).toEqual({ done: 2, total: 3 })
    expect(savedProgress(storage, 'b')).toBeUndefined()
  })

  it('question states round-trip through their joined form', () => {
    expect(parseQuestionStates('correct,unanswered')).toEqual(['correct', 'unanswered'])
    expect(parseQuestionStates('')).toEqual([])
  })
})
