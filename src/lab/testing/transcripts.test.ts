// Every golden transcript in the repository (src/**/testdata/*.transcript), replayed as a test.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { replayTranscript } from './transcript'

function findTranscripts(dir: string): string[] {
  const out: string[] = []
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name)
    if (e.isDirectory() && e.name !== 'node_modules') out.push(...findTranscripts(p))
    else if (e.isFile() && e.name.endsWith('.transcript') && dir.endsWith('testdata')) out.push(p)
  }
  return out.sort()
}

const files = findTranscripts('src')

describe('golden transcripts', () => {
  it('finds the transcripts of the lab builtin', () => {
    expect(files.filter((f) => f.startsWith('src/lab/')).length).toBeGreaterThan(0)
  })
  for (const file of files) {
    it(`${file} replays exactly`, async () => {
      const expected = readFileSync(file, 'utf8')
      const actual = await replayTranscript(expected, file, (p) => readFileSync(p, 'utf8'))
      if (process.env.UPDATE_GOLDEN === '1') {
        if (actual !== expected) writeFileSync(file, actual)
      } else expect(actual).toBe(expected)
    }, 60_000)
  }
})
