// Programs Cordon knows by name but does not simulate yet: they say so plainly.
import type { Program } from '../types'

export function notSimulated(name: string): Program {
  return async (ctx) => {
    ctx.stderr(`cordon: ${name}: not simulated in this lab yet\n`)
    return 127
  }
}
