// Flag parsing with spf13/pflag's grammar and messages (the library cobra and kubectl use):
// --name=value, --name value, -n value, -nvalue, -n=value, bool clusters -ab, `--` ends flags.
// Upstream: github.com/spf13/pflag flag.go (parseLongArg, parseShortArg) and the Value types.

export type FlagType = 'bool' | 'string' | 'int' | 'duration' | 'stringArray' | 'stringSlice'

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
  }
  return neg ? -total : total
}

function parseGoBool(v: string): boolean {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(v)) return true
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)) return false
  throw new FlagError(`strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`)
}

function parseGoInt(v: string): number {
  if (!/^[+-]?\d+$/.test(v))
    throw new FlagError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: invalid syntax`)
  const n = Number(v)
  if (!Number.isSafeInteger(n))
    throw new FlagError(`strconv.ParseInt: parsing ${JSON.stringify(v)}: value out of range`)
  return n
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
        v = parseGoInt(raw)
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
  const long = new Map(defs.map((d) => [d.name, d]))
  const short = new Map(defs.filter((d) => d.short).map((d) => [d.short!, d]))
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
      if (!def) {
        if (name === 'help') throw new HelpRequested()
        throw new FlagError(`unknown flag: --${name}`)
      }
      if (eq >= 0) setValue(p, def, body.slice(eq + 1))
      else if (def.type === 'bool') setValue(p, def, 'true')
      else if (def.noOptDefault !== undefined) setValue(p, def, def.noOptDefault)
      else if (args.length) setValue(p, def, args.shift()!)
      else throw new FlagError(`flag needs an argument: ${a}`)
      continue
    }
    // shorthand cluster
    let rest = a.slice(1)
    while (rest) {
      const c = rest[0]
      const def = short.get(c)
      if (!def) {
        if (c === 'h') throw new HelpRequested()
        throw new FlagError(`unknown shorthand flag: '${c}' in ${a}`)
      }
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
      else throw new FlagError(`flag needs an argument: '${c}' in ${a}`)
    }
  }
  return p
}

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
