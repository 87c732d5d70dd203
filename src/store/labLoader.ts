// The default LabLoader: the lab engine (src/lab) parses and validates the lab file and builds its
// runtime. Loaded lazily (zod and the engine are not needed to show the lab list).
import { createLabRuntime, parseLab, type Lab } from '../lab'
import { promptFor } from '../shell'
import { JournaledRuntime } from './journal'
import type { LabDoc, LoadedLab, LoadRequest } from './runtime'

function toDoc(lab: Lab): LabDoc {
  return {
    id: lab.id,
    title: lab.title,
    summary: lab.summary,
    difficulty: lab.difficulty,
    minutes: lab.minutes,
    questions: lab.questions.map((q) => ({
      id: q.id,
      type: q.type,
      title: q.title,
      text: q.text,
      hint: q.hint,
      explanation: q.explanation,
      options: q.type === 'choice' ? q.options : undefined,
      multiple: q.type === 'choice' ? (q.multiple ?? false) : undefined,
    })),
  }
}

export async function loadLab(req: LoadRequest): Promise<LoadedLab> {
  const lab = parseLab(req.text, req.fileName)
  const inner = createLabRuntime(lab, { seed: req.seed })
  const runtime = new JournaledRuntime(inner, req.seed)
  if (req.snapshot !== undefined) await runtime.replay(req.snapshot)
  return {
    lab: toDoc(lab),
    runtime,
    prompt: () => promptFor(inner.session),
    snapshot: () => runtime.snapshot(),
  }
}
