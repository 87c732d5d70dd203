import { describe, expect, it } from 'vitest'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildLabCatalog } from '../../vite/labCatalog'
import { LabLoadError, parseLab } from '../lab/load'
import { catalogEntry, LAB_CATALOG } from './catalog'

describe('lab catalog', () => {
  it('finds the shipped labs at build time, without the schema file', () => {
    expect(LAB_CATALOG.map((e) => e.fileName)).toContain('labs/os-upgrades.json')
    expect(LAB_CATALOG.every((e) => !e.id.includes('schema'))).toBe(true)
  })

  it('ships valid labs parsed (no validation in the browser) and broken ones as text', () => {
    const os = LAB_CATALOG.find((e) => e.id === 'os-upgrades')
    expect(os?.text).toBeUndefined()
    expect((os?.parsed as { world: { settle: string } }).world.settle).toBe('30m')
  })

  it('reads the list metadata of a broken lab file from its text, best effort', () => {
    const text = '{"title":"T","summary":"S","difficulty":"advanced","minutes":9,"questions":[1,2]}'
    expect(catalogEntry('labs/x-y.json', { text })).toEqual({
      id: 'x-y',
      fileName: 'labs/x-y.json',
      text,
      title: 'T',
      summary: 'S',
      difficulty: 'advanced',
      minutes: 9,
      questionCount: 2,
    })
    expect(catalogEntry('labs/bad.json', { text: '{' })).toBeUndefined()
  })
})

describe('build-time lab catalog (vite/labCatalog.ts)', () => {
  it('parses valid labs, keeps broken ones as text, and skips the schema file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'labs-'))
    writeFileSync(join(dir, 'good.json'), readFileSync('labs/os-upgrades.json', 'utf8'))
    writeFileSync(join(dir, 'broken.json'), '{"title": "B", "questions": []}')
    writeFileSync(join(dir, 'lab.schema.json'), '{}')
    const built = buildLabCatalog(dir, { parseLab, LabLoadError })
    expect(built.map((b) => [b.id, b.lab !== undefined, b.text !== undefined])).toEqual([
      ['broken', false, true],
      ['good', true, false],
    ])
  })
})
