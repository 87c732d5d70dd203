// createLabRuntime: a LabRuntime with the `lab` builtin in its sessions.
import { createLabProgram } from './program'
import { LabRuntime, type LabRuntimeOptions } from './runtime'
import type { Lab } from './schema'

/**
 * Build a lab's world and start playing it; the `lab` builtin is available in its sessions.
 * @example const rt = createLabRuntime(parseLab(text, 'labs/os-upgrades.json'), { seed: 1 })
 */
export function createLabRuntime(lab: Lab, opts: LabRuntimeOptions): LabRuntime {
  const rt = new LabRuntime(lab, opts)
  rt.setPrograms({ ...opts.programs, lab: createLabProgram(rt) })
  return rt
}
