// A student plays the whole OS-upgrades lab: reads each question, types the solution commands into
// the terminal or answers in the panel, presses Check, and sees every question correct.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'

interface Q {
  type: 'info' | 'choice' | 'input' | 'task'
  title: string | { en: string }
  options?: (string | { en: string })[]
  solution: string[]
}
const en = (t: string | { en: string }) => (typeof t === 'string' ? t : t.en)
const lab = JSON.parse(readFileSync('labs/os-upgrades.json', 'utf8')) as { questions: Q[] }

test('a student plays the whole OS-upgrades lab and gets every question right', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await page.evaluate(() => localStorage.clear()).catch(() => undefined)
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await p.shot('lab-start')
  for (const [i, q] of lab.questions.entries()) {
    const n = i + 1
    await p.openQuestion(n)
    await expect(page.getByRole('heading', { name: en(q.title), level: 2 })).toBeVisible()
    if (q.type === 'task') {
      for (const line of q.solution) await p.run(line)
      await p.check()
    } else if (q.type === 'choice') {
      for (const k of q.solution[0].split(',')) await p.chooseOption(en(q.options![Number(k) - 1]))
      await p.check()
    } else if (q.type === 'input') {
      await p.fillAnswer(q.solution[0])
      await p.check()
    }
    await expect.poll(() => p.questionState(n), { message: `question ${n}` }).toBe('correct')
    if (n === 4) await p.shot('after-drain')
  }
  await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
    'aria-valuenow',
    String(lab.questions.length),
  )
  await expect(page.getByText('All questions answered correctly')).toBeVisible()
  await p.shot('lab-complete')
})
