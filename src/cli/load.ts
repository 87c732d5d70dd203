// Reading a lab file from disk and building its runtime; failures become one-line reasons.
import { readFileSync } from 'node:fs'
import { createLabRuntime, LabBuildError, LabLoadError, parseLab, type LabRuntime } from '../lab'

export type Loaded = { rt: LabRuntime } | { problems: string[] }

/** The file's text, or a one-line reason it cannot be read. */
export function readLabText(file: string): { text: string } | { problem: string } {
  try {
    return { text: readFileSync(file, 'utf8') }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read'
    return { problem: `${file}: ${why}` }
  }
}

export function loadLabRuntime(file: string, seed: number): Loaded {
  const read = readLabText(file)
  if ('problem' in read) return { problems: [read.problem] }
  try {
    return { rt: createLabRuntime(parseLab(read.text, file), { seed }) }
  } catch (e) {
    if (e instanceof LabLoadError) return { problems: e.problems }
    if (e instanceof LabBuildError) return { problems: e.problems.map((p) => `${file}: ${p}`) }
    return { problems: [`${file}: ${e instanceof Error ? e.message : String(e)}`] }
  }
}
