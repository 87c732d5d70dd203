// Durations as kubectl prints them (k8s.io/apimachinery/pkg/util/duration HumanDuration, the AGE
// column) and the short countdowns on node cards ("4m12s").

/** kubectl's AGE: "45s", "5m12s", "3h", "2d5h", "45d", "2y". */
export function humanDuration(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000)
  if (seconds < 60 * 2) return `${seconds}s`
  const minutes = Math.floor(seconds / 60)
  if (minutes < 10) {
    const s = seconds % 60
    return s === 0 ? `${minutes}m` : `${minutes}m${s}s`
  }
  if (minutes < 60 * 3) return `${minutes}m`
  const hours = Math.floor(minutes / 60)
  if (hours < 8) {
    const m = minutes % 60
    return m === 0 ? `${hours}h` : `${hours}h${m}m`
  }
  if (hours < 48) return `${hours}h`
  if (hours < 24 * 8) {
    const h = hours % 24
    const days = Math.floor(hours / 24)
    return h === 0 ? `${days}d` : `${days}d${h}h`
  }
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24)}d`
  if (hours < 24 * 365 * 8) {
    const dy = Math.floor(hours / 24) % 365
    const years = Math.floor(hours / 24 / 365)
    return dy === 0 ? `${years}y` : `${years}y${dy}d`
  }
  return `${Math.floor(hours / 24 / 365)}y`
}

/** A countdown to a virtual time: "4m12s", "38s", "0s" once due. */
export function countdown(atMs: number, nowMs: number): string {
  const total = Math.max(0, Math.ceil((atMs - nowMs) / 1000))
  const h = Math.floor(total / 3600)
  const m = Math.floor((total % 3600) / 60)
  const s = total % 60
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`
  if (m > 0) return `${m}m${String(s).padStart(2, '0')}s`
  return `${s}s`
}

/** A pod name that fits a chip: long names keep their head and their random suffix. */
export function chipLabel(name: string, max = 15): string {
  if (name.length <= max) return name
  return `${name.slice(0, max - 7)}…${name.slice(-6)}`
}
