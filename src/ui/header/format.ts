// Formatting of the virtual clock for the header.

/** "09:32:15" (UTC, the cluster's time zone). */
export function formatClock(ms: number): string {
  if (!Number.isFinite(ms) || ms <= 0) return '--:--:--'
  return new Date(ms).toISOString().slice(11, 19)
}
