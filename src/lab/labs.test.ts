// The key test of the lab format: every shipped lab validates, and replaying its solutions as a
// student would proves each task fails before its solution and passes after (npm run labs:check).
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { LAB_FILES } from './catalog'
import { replayLab } from './labReplay'
import { parseLab, validateLab } from './load'
import { tinyLab } from './testing/fixtures'

const files = readdirSync('labs')
  .filter((f) => f.endsWith('.json') && f !== 'lab.schema.json')
  .map((f) => `labs/${f}`)
  .sort()

describe('shipped labs', () => {
  it('the catalog lists exactly the files in labs/', () => {
    expect(LAB_FILES.map((l) => l.file).sort()).toEqual(files)
    for (const l of LAB_FILES) expect(validateLab(l.data, l.file).id).toBe(l.file.slice(5, -5))
  })

  for (const file of files) {
    it(`${file}: every solution replays, tasks fail before and pass after`, async () => {
      const lab = parseLab(readFileSync(file, 'utf8'), file)
      const report = await replayLab(lab)
      const bad = report.questions
        .filter((q) => !q.ok)
        .map((q) => `${q.n} ${q.id}: ${q.problems.join('\n')}`)
      expect([...report.intro.problems, ...bad]).toEqual([])
      expect(report.questions.map((q) => q.ok)).toEqual(lab.questions.map(() => true))
    }, 120_000)
  }

  it('the fixture lab replays too', async () => {
    const report = await replayLab(tinyLab())
    expect(report.ok).toBe(true)
  })

  it('a lab whose task already passes before its solution is reported', async () => {
    const lab = tinyLab()
    const q = lab.questions[3]
    if (q.type !== 'task') throw new Error('fixture changed')
    q.check = { kind: 'node', name: 'node01', schedulable: true }
    const report = await replayLab(lab)
    expect(report.ok).toBe(false)
    expect(report.questions[3].problems[0]).toBe(
      'the check already passes before the solution is applied',
    )
  })
})
