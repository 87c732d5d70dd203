import { describe, expect, it } from 'vitest'
import { catalogEntry, LAB_CATALOG } from './catalog'

describe('lab catalog', () => {
  it('finds the shipped labs at build time, without the schema file', () => {
    expect(LAB_CATALOG.map((e) => e.fileName)).toContain('labs/os-upgrades.json')
    expect(LAB_CATALOG.every((e) => !e.id.includes('schema'))).toBe(true)
  })

  it('reads the list metadata of a lab file without validating it', () => {
    const text = '{"title":"T","summary":"S","difficulty":"advanced","minutes":9,"questions":[1,2]}'
    expect(catalogEntry('labs/x-y.json', text)).toEqual({
      id: 'x-y',
      fileName: 'labs/x-y.json',
      text,
      title: 'T',
      summary: 'S',
      difficulty: 'advanced',
      minutes: 9,
      questionCount: 2,
    })
    expect(catalogEntry('labs/bad.json', '{')).toBeUndefined()
  })
})
