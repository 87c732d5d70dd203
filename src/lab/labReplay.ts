// Proving a lab can be solved (what `npm run labs:check` runs): play every question in order in a
// fresh runtime as a student would — show it (its setup runs), and for a task check that it is not
// yet correct, type the solution commands, and check that it now is; choice and input solutions
// must be graded correct (and a wrong option incorrect). The intro's commands must all succeed.
import { createLabRuntime } from './create'
import { typeCommand } from './replay'
import type { Lab, QuestionType } from './schema'

export interface QuestionReplay {
  n: number
  id: string
  type: QuestionType
  ok: boolean
  /** what went wrong, one sentence each */
  problems: string[]
}

export interface ReplayReport {
  lab: string
  ok: boolean
  intro: { ok: boolean; problems: string[] }
  questions: QuestionReplay[]
}

export async function replayLab(lab: Lab, opts: { seed?: number } = {}): Promise<ReplayReport> {
  const seed = opts.seed ?? 1
  const intro = await replayIntro(lab, seed)
  const rt = createLabRuntime(lab, { seed })
  const questions: QuestionReplay[] = []
  for (const [i, q] of lab.questions.entries()) {
    const n = i + 1
    const problems: string[] = []
    let transcript = ''
    const io = {
      stdout: (t: string) => (transcript += t),
      stderr: (t: string) => (transcript += t),
    }
    try {
      await rt.show(n)
      if (q.type === 'task') {
        const before = await rt.check(n)
        if (before.correct) problems.push('the check already passes before the solution is applied')
        for (const line of q.solution) {
          transcript += `$ ${line}\n`
          await typeCommand(rt, line, io)
        }
        const after = await rt.check(n)
        if (!after.correct)
          problems.push(
            `the check fails after the solution: ${after.failures.join('; ')}`,
            ...transcript
              .trimEnd()
              .split('\n')
              .map((l) => `  | ${l}`),
          )
      } else if (q.type === 'choice' || q.type === 'input') {
        if (q.type === 'choice') {
          const wrong = q.options.findIndex((_o, k) => !q.correct.includes(k + 1))
          if (wrong >= 0 && (await rt.answer(n, String(wrong + 1))).correct)
            problems.push(`option ${wrong + 1} is graded correct but is not in "correct"`)
        }
        const r = await rt.answer(n, q.solution.join(','))
        if (!r.correct) problems.push(`the solution "${q.solution.join(',')}" is graded incorrect`)
      } else {
        const r = await rt.check(n)
        if (!r.correct) problems.push('an info question is not complete after showing it')
      }
      if (rt.progress[i].state !== 'correct')
        problems.push(`state is ${rt.progress[i].state}, expected correct`)
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e))
    }
    questions.push({ n, id: q.id, type: q.type, ok: !problems.length, problems })
  }
  return {
    lab: lab.id,
    ok: intro.ok && questions.every((q) => q.ok),
    intro,
    questions,
  }
}

async function replayIntro(lab: Lab, seed: number): Promise<{ ok: boolean; problems: string[] }> {
  const steps = lab.intro ?? []
  if (!steps.length) return { ok: true, problems: [] }
  const rt = createLabRuntime(lab, { seed })
  const problems: string[] = []
  for (const [i, s] of steps.entries()) {
    for (const line of s.commands ?? []) {
      let out = ''
      const code = await typeCommand(rt, line, {
        stdout: (t) => (out += t),
        stderr: (t) => (out += t),
      })
      if (code !== 0)
        problems.push(`intro step ${i + 1}: \`${line}\` exited with ${code}: ${out.trim()}`)
    }
  }
  return { ok: !problems.length, problems }
}
