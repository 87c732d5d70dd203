// Go time.Format with time.RFC1123Z ("Mon, 02 Jan 2006 15:04:05 -0700"), as kubectl describe prints
// timestamps (describe.go: `.Time.Format(time.RFC1123Z)`).
// divergence: the simulated hosts all run in UTC, so the zone offset is a parameter (default +0000).

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const pad2 = (n: number) => String(n).padStart(2, '0')

/** `Tue, 24 Nov 2026 20:40:12 +0000` for epoch milliseconds or an RFC 3339 string. */
export function formatRfc1123Z(time: number | string, offsetMinutes = 0): string {
  const ms = typeof time === 'number' ? time : Date.parse(time)
  const d = new Date(ms + offsetMinutes * 60_000)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const off = Math.abs(offsetMinutes)
  const year = String(d.getUTCFullYear()).padStart(4, '0')
  return (
    `${DAYS[d.getUTCDay()]}, ${pad2(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${year} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} ` +
    `${sign}${pad2(Math.floor(off / 60))}${pad2(off % 60)}`
  )
}
