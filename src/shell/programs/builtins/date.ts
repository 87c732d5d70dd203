// GNU coreutils date: prints the virtual clock in UTC; `date`, `date -u`, `date +FORMAT`,
// `date -d @SECONDS|ISO`, `date -R`, `date -I`. TZ is always UTC in the lab.
import type { Program } from '../../types'

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

const p2 = (n: number): string => String(n).padStart(2, '0')

/** strftime over a UTC instant, the directives GNU date supports most often. */
export function strftime(fmt: string, ms: number): string {
  const d = new Date(ms)
  const Y = d.getUTCFullYear()
  const mo = d.getUTCMonth()
  const day = d.getUTCDate()
  const H = d.getUTCHours()
  const M = d.getUTCMinutes()
  const S = d.getUTCSeconds()
  const wd = d.getUTCDay()
  const yday = Math.floor((Date.UTC(Y, mo, day) - Date.UTC(Y, 0, 1)) / 86_400_000) + 1
  const h12 = H % 12 || 12
  const dir: Record<string, () => string> = {
    Y: () => String(Y),
    C: () => p2(Math.floor(Y / 100)),
    y: () => p2(Y % 100),
    m: () => p2(mo + 1),
    d: () => p2(day),
    e: () => String(day).padStart(2, ' '),
    H: () => p2(H),
    k: () => String(H).padStart(2, ' '),
    I: () => p2(h12),
    l: () => String(h12).padStart(2, ' '),
    M: () => p2(M),
    S: () => p2(S),
    N: () => String((ms % 1000) * 1_000_000).padStart(9, '0'),
    s: () => String(Math.floor(ms / 1000)),
    a: () => DAYS[wd].slice(0, 3),
    A: () => DAYS[wd],
    b: () => MONTHS[mo].slice(0, 3),
    h: () => MONTHS[mo].slice(0, 3),
    B: () => MONTHS[mo],
    j: () => String(yday).padStart(3, '0'),
    u: () => String(wd || 7),
    w: () => String(wd),
    p: () => (H < 12 ? 'AM' : 'PM'),
    P: () => (H < 12 ? 'am' : 'pm'),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => `${Y}-${p2(mo + 1)}-${p2(day)}`,
    T: () => `${p2(H)}:${p2(M)}:${p2(S)}`,
    R: () => `${p2(H)}:${p2(M)}`,
    D: () => `${p2(mo + 1)}/${p2(day)}/${p2(Y % 100)}`,
    c: () => strftime('%a %b %e %H:%M:%S %Y', ms),
    x: () => strftime('%m/%d/%y', ms),
    X: () => strftime('%H:%M:%S', ms),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  }
  return fmt.replace(/%([A-Za-z%])/g, (all, c: string) => (dir[c] ? dir[c]() : all))
}

export const DEFAULT_DATE_FORMAT = '%a %b %e %H:%M:%S %Z %Y'

export const date: Program = async (ctx) => {
  let fmt = DEFAULT_DATE_FORMAT
  let at = ctx.world.clock.now()
  const args = ctx.argv.slice(1)
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a.startsWith('+')) fmt = a.slice(1)
    else if (a === '-u' || a === '--utc' || a === '--universal') continue
    else if (a === '-R' || a === '--rfc-email') fmt = '%a, %d %b %Y %H:%M:%S %z'
    else if (a === '-I' || a === '--iso-8601') fmt = '%F'
    else if (a === '-d' || a.startsWith('--date=') || a.startsWith('-d')) {
      const v = a === '-d' ? (args[++i] ?? '') : a.startsWith('--date=') ? a.slice(7) : a.slice(2)
      const t = v.startsWith('@')
        ? Number(v.slice(1)) * 1000
        : Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : v + 'Z')
      if (!Number.isFinite(t)) {
        ctx.stderr(`date: invalid date '${v}'\n`)
        return 1
      }
      at = t
    } else if (a.startsWith('-')) {
      ctx.stderr(`date: invalid option -- '${a[1]}'\nTry 'date --help' for more information.\n`)
      return 1
    } else {
      ctx.stderr(`date: invalid date '${a}'\n`)
      return 1
    }
  }
  ctx.stdout(strftime(fmt, at) + '\n')
  return 0
}
