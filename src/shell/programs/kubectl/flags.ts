// Flag parsing with spf13/pflag's grammar and messages (the library cobra and kubectl use):
// --name=value, --name value, -n value, -nvalue, -n=value, bool clusters -ab, `--` ends flags.
// Upstream: github.com/spf13/pflag flag.go (parseLongArg, parseShortArg) and the Value types.

export type FlagType =
  'bool' | 'string' | 'int' | 'int32' | 'duration' | 'stringArray' | 'stringSlice'

export interface FlagDef {
  name: string
  short?: string
  type: FlagType
  /** default value: boolean, string, number (int), ms (duration), string[] */
  default?: boolean | string | number | string[]
  /** value used when the flag is given with no `=value` (pflag NoOptDefVal), e.g. --dry-run → 'unchanged' */
  noOptDefault?: string
  /** marks a persistent (global) flag: shown in `kubectl options`, valid on every command */
  global?: boolean
}

export type FlagValue = boolean | string | number | string[]

export class FlagError extends Error {}

export interface ParsedFlags {
  values: Map<string, FlagValue>
  /** flags the user set explicitly (cmd.Flags().Changed) */
  changed: Set<string>
  args: string[]
  /** arguments after a literal `--` start at this index of args (cobra ArgsLenAtDash) */
  dashAt: number
}

function defaultOf(def: FlagDef): FlagValue {
  if (def.default !== undefined) return Array.isArray(def.default) ? [...def.default] : def.default
  switch (def.type) {
    case 'bool':
      return false
    case 'int':
    case 'int32':
    case 'duration':
      return 0
    case 'stringArray':
    case 'stringSlice':
      return []
    default:
      return ''
  }
}

const GO_DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
}

const MAX_DURATION_NS = 2 ** 63 - 1

/** time.ParseDuration, in milliseconds; throws with Go's message. */
export function parseGoDuration(s: string): number {
  const orig = s
  const q = JSON.stringify(orig)
  if (s === '0') return 0
  if (s === '') throw new FlagError(`time: invalid duration ${q}`)
  let neg = false
  if (s[0] === '-' || s[0] === '+') {
    neg = s[0] === '-'
    s = s.slice(1)
  }
  if (s === '0') return 0
  if (s === '') throw new FlagError(`time: invalid duration ${q}`)
  let total = 0
  while (s) {
    const num = /^(\d*)(\.(\d*))?/.exec(s)!
    if (!num[1] && !num[3]) throw new FlagError(`time: invalid duration ${q}`)
    s = s.slice(num[0].length)
    const unit = /^[^\d.]*/.exec(s)![0]
    if (!unit) throw new FlagError(`time: missing unit in duration ${q}`)
    const mult = GO_DURATION_UNITS[unit]
    if (mult === undefined)
      throw new FlagError(`time: unknown unit ${JSON.stringify(unit)} in duration ${q}`)
    s = s.slice(unit.length)
    total += parseFloat(`${num[1] || '0'}.${num[3] || '0'}`) * mult
    // Go keeps nanoseconds in an int64: more than 1<<63-1 ns is an invalid duration
    if (total * 1e6 > MAX_DURATION_NS) throw new FlagError(`time: invalid duration ${q}`)
  }
  return neg ? -total : total
}

function parseGoBool(v: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false
  throw new FlagError(`strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`)
}

/** strconv's underscoreOK: `_` only between digits (or after a base prefix). */
function underscoreOK(s: string): boolean {
  let saw = '^'
  let i = 0
  if (s[0] === '-' || s[0] === '+') s = s.slice(1)
  let hex = false
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(s[1].toLowerCase())) {
    i = 2
    saw = '0'
    hex = s[1].toLowerCase() === 'x'
  }
  for (; i < s.length; i++) {
    const c = s[i]
    if ((c >= '0' && c <= '9') || (hex && /[a-f]/i.test(c))) saw = '0'
    else if (c === '_') {
      if (saw !== '0') return false
      saw = '_'
    } else {
      if (saw === '_') return false
      saw = '!'
    }
  }
  return saw !== '_'
}

/** strconv.ParseInt(v, 0, bits), as pflag's int/int32 values call it: 0x, 0o, 0b, 0 prefixes and `_`. */
function parseGoInt(v: string, bits: 32 | 64): number {
  const syntax = () =>
    new FlagError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`)
  const range = () =>
    new FlagError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: value out of range`)
  if (v === '') throw syntax()
  let s = v
  const neg = s[0] === '-'
  if (s[0] === '-' || s[0] === '+') s = s.slice(1)
  if (s === '') throw syntax()
  const unsigned = s
  let base = 10n
  if (s[0] === '0') {
    const p = s[1]?.toLowerCase()
    if (s.length >= 3 && p === 'b') [base, s] = [2n, s.slice(2)]
    else if (s.length >= 3 && p === 'o') [base, s] = [8n, s.slice(2)]
    else if (s.length >= 3 && p === 'x') [base, s] = [16n, s.slice(2)]
    else [base, s] = [8n, s.slice(1)]
  }
  const cutoff = 1n << BigInt(bits - 1)
  let n = 0n
  let underscores = false
  for (const c of s) {
    if (c === '_') {
      underscores = true
      continue
    }
    if (!/^[0-9a-z]$/i.test(c)) throw syntax()
    const d = BigInt(parseInt(c, 36))
    if (d >= base) throw syntax()
    n = n * base + d
    if (n > (1n << 64n) - 1n) throw range()
  }
  if (underscores && !underscoreOK(unsigned)) throw syntax()
  if ((!neg && n >= cutoff) || (neg && n > cutoff)) throw range()
  return Number(neg ? -n : n)
}

/** encoding/csv reading of a stringSlice value: a,b,"c,d" */
function splitCsv(v: string): string[] {
  if (v === '') return []
  const out: string[] = []
  let cur = ''
  let quoted = false
  for (let i = 0; i < v.length; i++) {
    const ch = v[i]
    if (quoted) {
      if (ch === '"' && v[i + 1] === '"') {
        cur += '"'
        i++
      } else if (ch === '"') quoted = false
      else cur += ch
    } else if (ch === '"' && cur === '') quoted = true
    else if (ch === ',') {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  return out
}

function flagTitle(def: FlagDef): string {
  return def.short ? `-${def.short}, --${def.name}` : `--${def.name}`
}

function setValue(p: ParsedFlags, def: FlagDef, raw: string): void {
  try {
    let v: FlagValue
    switch (def.type) {
      case 'bool':
        v = parseGoBool(raw)
        break
      case 'int':
        v = parseGoInt(raw, 64)
        break
      case 'int32':
        v = parseGoInt(raw, 32)
        break
      case 'duration':
        v = parseGoDuration(raw)
        break
      case 'stringArray': {
        const prev = p.changed.has(def.name) ? (p.values.get(def.name) as string[]) : []
        v = [...prev, raw]
        break
      }
      case 'stringSlice': {
        const prev = p.changed.has(def.name) ? (p.values.get(def.name) as string[]) : []
        v = [...prev, ...splitCsv(raw)]
        break
      }
      default:
        v = raw
    }
    p.values.set(def.name, v)
    p.changed.add(def.name)
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e)
    throw new FlagError(
      `invalid argument ${JSON.stringify(raw)} for ${JSON.stringify(flagTitle(def))} flag: ${msg}`,
    )
  }
}

/**
 * Parse args against defs with interspersed flags (flags may come before or after arguments).
 * Throws FlagError with pflag's message (without the `Error: ` cobra adds).
 */
export function parseFlags(argv: string[], defs: FlagDef[]): ParsedFlags {
  // cobra adds `-h, --help` to every command (InitDefaultHelpFlag) unless the command has its own
  const withHelp = defs.some((d) => d.name === 'help') ? defs : [...defs, HELP_FLAG]
  const long = new Map(withHelp.map((d) => [d.name, d]))
  const short = new Map(withHelp.filter((d) => d.short).map((d) => [d.short!, d]))
  const p: ParsedFlags = { values: new Map(), changed: new Set(), args: [], dashAt: -1 }
  for (const d of defs) p.values.set(d.name, defaultOf(d))
  const args = [...argv]
  while (args.length) {
    const a = args.shift()!
    if (a === '--') {
      p.dashAt = p.args.length
      p.args.push(...args)
      break
    }
    if (a.length < 2 || a[0] !== '-') {
      p.args.push(a)
      continue
    }
    if (a.startsWith('--')) {
      const body = a.slice(2)
      if (body.startsWith('-') || body.startsWith('=')) throw new FlagError(`bad flag syntax: ${a}`)
      const eq = body.indexOf('=')
      const name = eq < 0 ? body : body.slice(0, eq)
      const def = long.get(name)
      if (!def) throw new FlagError(`unknown flag: --${name}`)
      if (eq >= 0) setValue(p, def, body.slice(eq + 1))
      else if (def.type === 'bool') setValue(p, def, 'true')
      else if (def.noOptDefault !== undefined) setValue(p, def, def.noOptDefault)
      else if (args.length) setValue(p, def, args.shift()!)
      else throw new FlagError(`flag needs an argument: ${a}`)
      continue
    }
    // shorthand cluster; pflag names what is left of the cluster in its messages (`in -x` for -Ax)
    let rest = a.slice(1)
    while (rest) {
      const c = rest[0]
      const def = short.get(c)
      if (!def) throw new FlagError(`unknown shorthand flag: '${c}' in -${rest}`)
      const here = rest
      rest = rest.slice(1)
      if (rest.startsWith('=')) {
        setValue(p, def, rest.slice(1))
        rest = ''
      } else if (def.type === 'bool') setValue(p, def, 'true')
      else if (def.noOptDefault !== undefined) setValue(p, def, def.noOptDefault)
      else if (rest) {
        setValue(p, def, rest)
        rest = ''
      } else if (args.length) setValue(p, def, args.shift()!)
      else throw new FlagError(`flag needs an argument: '${c}' in -${here}`)
    }
  }
  if (p.values.get('help') === true && !defs.some((d) => d.name === 'help'))
    throw new HelpRequested()
  return p
}

const HELP_FLAG: FlagDef = { name: 'help', short: 'h', type: 'bool' }

/** `-h` / `--help` seen (when the command defines no such flag itself). */
export class HelpRequested extends Error {
  constructor() {
    super('help requested')
  }
}

/** Typed accessors over parsed values. */
export function flagString(p: ParsedFlags, name: string): string {
  return String(p.values.get(name) ?? '')
}
export function flagBool(p: ParsedFlags, name: string): boolean {
  return p.values.get(name) === true
}
export function flagInt(p: ParsedFlags, name: string): number {
  return Number(p.values.get(name) ?? 0)
}
export function flagList(p: ParsedFlags, name: string): string[] {
  const v = p.values.get(name)
  return Array.isArray(v) ? v : []
}
