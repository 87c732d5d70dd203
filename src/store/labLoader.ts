// The default LabLoader: the lab engine (src/lab) parses and validates the lab file and builds its
// runtime. Loaded lazily (the engine is not needed to show the lab list); zod only for lab texts that
// were not validated at build time.
import { createLabRuntime } from '../lab/create'
import type { Lab } from '../lab'
import { preloadKubectlHelp, promptFor } from '../shell'
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

/** A shipped lab was validated when the app was built; any other text is validated now (zod loads then). */
async function labOf(req: LoadRequest): Promise<Lab> {
  if (req.parsed !== undefined) return structuredClone(req.parsed as Lab)
  const { parseLab } = await import('../lab/load')
  return parseLab(req.text ?? '', req.fileName)
}

export async function loadLab(req: LoadRequest): Promise<LoadedLab> {
  const lab = await labOf(req)
  const inner = createLabRuntime(lab, { seed: req.seed })
  // kubectl's help texts (their own chunk, preloaded with the lab page) are in before the first
  // command starts: a command that waited for a download midway would let the browser's clock run
  // on meanwhile, and a reload's replay (which waits for nothing) would rebuild a different world.
  // The terminal does not wait for them; a command typed in the first instants does.
  const runtime = new JournaledRuntime(inner, req.seed, preloadKubectlHelp())
  if (req.snapshot !== undefined) await runtime.replay(req.snapshot)
  return {
    lab: toDoc(lab),
    runtime,
    prompt: () => promptFor(inner.session),
    snapshot: () => runtime.snapshot(),
  }
}
