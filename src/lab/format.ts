// Text the `lab` builtin prints: question lists, questions, results. Pure functions of runtime data.
import type { CheckOutcome, LabRuntime, QuestionView } from './runtime'
import { messages } from './messages'
import type { LabStatus } from './progress'

export function formatQuestions(rt: LabRuntime): string {
  const total = rt.lab.questions.length
  const w = String(total).length
  return rt.lab.questions
    .map(
      (q, i) =>
        `${String(i + 1).padStart(w)}  ${rt.progress[i].state.padEnd(10)}  ${rt.text(q.title)}\n`,
    )
    .join('')
}

export function formatQuestion(rt: LabRuntime, v: QuestionView): string {
  const m = messages(rt.lang)
  let out = `${m.questionOf(v.n, rt.lab.questions.length, v.type)}: ${v.title}\n\n${v.text}\n`
  if (v.options) out += '\n' + v.options.map((o, i) => `${i + 1}) ${o}\n`).join('')
  if (v.type === 'choice')
    out += `\n${v.multiple ? m.answerWithOptions(v.n) : m.answerWithOption(v.n)}\n`
  else if (v.type === 'input') out += `\n${m.answerWith(v.n)}\n`
  else if (v.type === 'task') out += `\n${m.whenDone(v.n)}\n`
  return out
}

export function formatCheck(rt: LabRuntime, n: number, r: CheckOutcome): string {
  const m = messages(rt.lang)
  if (r.correct) return `${m.checkCorrect(n)}\n${r.explanation ? `\n${r.explanation}\n` : ''}`
  return `${m.checkNotYet(n)}\n${r.failures.map((f) => `- ${f}\n`).join('')}`
}

export function formatStatus(rt: LabRuntime, s: LabStatus): string {
  const m = messages(rt.lang)
  const count = (st: string) => s.questions.filter((q) => q.state === st).length
  return `${m.score(s.score, s.total)} (correct ${s.score}, incorrect ${count('incorrect')}, unanswered ${count('unanswered')})\n`
}

export function formatIntro(rt: LabRuntime): string {
  const m = messages(rt.lang)
  const steps = rt.lab.intro ?? []
  if (!steps.length) return `${m.noIntro}\n`
  let out = `${m.introHeader(rt.text(rt.lab.title))}\n`
  steps.forEach((s, i) => {
    out += `\n${i + 1}. ${rt.text(s.title)}\n${rt.text(s.text)}\n`
    for (const c of s.commands ?? []) out += `    ${c}\n`
  })
  return out
}
