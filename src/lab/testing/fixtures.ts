// Test helpers: fixture labs from src/lab/testdata and a way to run a line and collect its output.
import tiny from '../testdata/tiny.json'
import { createLabRuntime } from '../create'
import { validateLab } from '../load'
import type { LabRuntime } from '../runtime'
import type { Lab } from '../schema'

export function tinyLab(): Lab {
  return validateLab(structuredClone(tiny), 'src/lab/testdata/tiny.json')
}

export function tinyRuntime(seed = 1): LabRuntime {
  return createLabRuntime(tinyLab(), { seed })
}

export interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Run a command line in the lab's main session (no think time). */
export async function run(rt: LabRuntime, line: string): Promise<Ran> {
  let stdout = ''
  let stderr = ''
  const code = await rt.runCommand(line, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  return { code, stdout, stderr }
}
