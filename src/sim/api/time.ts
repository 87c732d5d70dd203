// metav1.Time serialisation: RFC 3339 in UTC with whole seconds, as the API server writes it.

let lastSecond = NaN
let lastText = ''

export function rfc3339(ms: number): string {
  const sec = Math.floor(ms / 1000)
  // many objects are stamped within one virtual second: reuse the last formatting
  if (sec !== lastSecond) {
    lastText = new Date(sec * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')
    lastSecond = sec
  }
  return lastText
}

/** metav1.MicroTime (Lease renewTime, event eventTime): six fractional digits. */
export function rfc3339Micro(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z')
}

export function parseTime(s: string | undefined): number | undefined {
  if (!s) return undefined
  const t = Date.parse(s)
  return Number.isNaN(t) ? undefined : t
}
