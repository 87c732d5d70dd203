// klog's text header, as kubectl prints warnings and errors to stderr:
// `W1125 12:11:41.729035   24355 helpers.go:702] msg` (k8s.io/klog/v2 formatHeader: %7d pid).
import type { ProgramContext } from '../../../types'

/** The pid kubectl's klog lines show (fixed, so transcripts are stable). */
export const KLOG_PID = 6466

function stamp(ms: number): string {
  const d = new Date(ms)
  const p = (n: number, w = 2) => String(n).padStart(w, '0')
  return `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.${p(d.getUTCMilliseconds() * 1000, 6)}`
}

/** Write one klog line (severity W, E, I) stamped with the virtual clock. */
export function klog(
  ctx: ProgramContext,
  severity: 'W' | 'E' | 'I',
  where: string,
  msg: string,
): void {
  ctx.stderr(
    `${severity}${stamp(ctx.world.clock.now())} ${String(KLOG_PID).padStart(7)} ${where}] ${msg}\n`,
  )
}

/** cobra's required-flag failure: `E… run.go:72] "command failed" err="required flag(s) \"image\" not set"`. */
export function requiredFlagMissing(ctx: ProgramContext, ...names: string[]): number {
  const list = names.map((n) => `\\"${n}\\"`).join(', ')
  klog(ctx, 'E', 'run.go:72', `"command failed" err="required flag(s) ${list} not set"`)
  return 1
}
