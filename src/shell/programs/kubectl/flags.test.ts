// pflag's grammar and messages, checked against the real kubectl v1.32.4: every expected error
// text below was printed by `KUBECONFIG=/nonexistent kubectl <args>` (flag errors need no cluster).
import { describe, expect, it } from 'vitest'
import {
  FlagError,
  HelpRequested,
  parseFlags,
  parseGoDuration,
  type FlagDef,
  type ParsedFlags,
} from './flags'

const DEFS: FlagDef[] = [
  { name: 'all-namespaces', short: 'A', type: 'bool' },
  { name: 'watch', short: 'w', type: 'bool' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'grace-period', type: 'int', default: -1 },
  { name: 'replicas', short: 'r', type: 'int32', default: 1 },
  { name: 'timeout', type: 'duration' },
  { name: 'force', type: 'bool' },
  { name: 'dry-run', type: 'string', default: 'none', noOptDefault: 'unchanged' },
  { name: 'image', type: 'stringSlice' },
  { name: 'env', type: 'stringArray' },
  { name: 'v', short: 'v', type: 'int' },
]

function parse(...argv: string[]): ParsedFlags {
  return parseFlags(argv, DEFS)
}

function errorOf(...argv: string[]): string {
  try {
    parse(...argv)
  } catch (e) {
    if (e instanceof FlagError) return e.message
    throw e
  }
  throw new Error(`no error for ${argv.join(' ')}`)
}

function set(p: ParsedFlags): Record<string, unknown> {
  return Object.fromEntries([...p.changed].map((n) => [n, p.values.get(n)]))
}

describe('values', () => {
  it('reads --flag=value, --flag value, -n value, -nvalue and -n=value alike', () => {
    for (const argv of [
      ['--namespace=kube-system'],
      ['--namespace', 'kube-system'],
      ['-n', 'kube-system'],
      ['-nkube-system'],
      ['-n=kube-system'],
    ])
      expect(set(parse(...argv))).toEqual({ namespace: 'kube-system' })
  })

  it('takes the next word as a value even when it starts with a dash', () => {
    expect(set(parse('-n', '-x'))).toEqual({ namespace: '-x' })
    expect(set(parse('--output', '--force'))).toEqual({ output: '--force' })
  })

  it('accepts flags before, between and after arguments', () => {
    const p = parse('-A', 'pods', '--force', 'x', '-o', 'wide')
    expect(p.args).toEqual(['pods', 'x'])
    expect(set(p)).toEqual({ 'all-namespaces': true, force: true, output: 'wide' })
  })

  it('ends flags at -- and remembers where the dash was', () => {
    const p = parse('x', '--', '--force', '-n', 'y')
    expect(p.args).toEqual(['x', '--force', '-n', 'y'])
    expect(p.dashAt).toBe(1)
    expect(p.changed.size).toBe(0)
  })

  it('reads a lone dash as an argument (kubectl apply -f -)', () => {
    expect(parse('-', '-o', '-').args).toEqual(['-'])
  })

  it('sets a bool with --flag, --flag=false and in shorthand clusters', () => {
    expect(set(parse('--force'))).toEqual({ force: true })
    expect(set(parse('--force=false'))).toEqual({ force: false })
    expect(set(parse('--force=F'))).toEqual({ force: false })
    expect(set(parse('-Aw'))).toEqual({ 'all-namespaces': true, watch: true })
    expect(set(parse('-A=false'))).toEqual({ 'all-namespaces': false })
    expect(set(parse('-Aowide'))).toEqual({ 'all-namespaces': true, output: 'wide' })
  })

  it('does not read the word after a bool as its value', () => {
    expect(parse('--force', 'false').args).toEqual(['false'])
  })

  it('uses the no-value default of --dry-run only when no = follows', () => {
    expect(set(parse('--dry-run'))).toEqual({ 'dry-run': 'unchanged' })
    expect(set(parse('--dry-run', 'client'))).toEqual({ 'dry-run': 'unchanged' })
    expect(set(parse('--dry-run=client'))).toEqual({ 'dry-run': 'client' })
  })

  it('reads ints as strconv.ParseInt with base 0 does', () => {
    const v = (s: string) => parse(`--grace-period=${s}`).values.get('grace-period')
    expect([
      v('30'),
      v('+5'),
      v('-2'),
      v('010'),
      v('0x1f'),
      v('0b11'),
      v('0o17'),
      v('1_000'),
    ]).toEqual([30, 5, -2, 8, 31, 3, 15, 1000])
  })

  it('splits string slices on commas and appends string arrays', () => {
    expect(set(parse('--image=a,b', '--image', '"c,d"', '--env=A=1', '--env', 'B=2,3'))).toEqual({
      image: ['a', 'b', 'c,d'],
      env: ['A=1', 'B=2,3'],
    })
  })

  it('parses Go durations into milliseconds', () => {
    expect(['5s', '1m30s', '1.5h', '-5s', '+.5m', '300ms', '0'].map(parseGoDuration)).toEqual([
      5000, 90000, 5400000, -5000, 30000, 300, 0,
    ])
  })
})

describe('errors (text recorded from kubectl v1.32.4)', () => {
  it.each([
    [['--bogus'], 'unknown flag: --bogus'],
    [['--bogus=1'], 'unknown flag: --bogus'],
    [['-x'], "unknown shorthand flag: 'x' in -x"],
    [['-Ax'], "unknown shorthand flag: 'x' in -x"],
    [['-xA'], "unknown shorthand flag: 'x' in -xA"],
    [['-o'], "flag needs an argument: 'o' in -o"],
    [['-Ao'], "flag needs an argument: 'o' in -o"],
    [['-n'], "flag needs an argument: 'n' in -n"],
    [['--output'], 'flag needs an argument: --output'],
    [['--timeout'], 'flag needs an argument: --timeout'],
    [['---x'], 'bad flag syntax: ---x'],
    [['--=x'], 'bad flag syntax: --=x'],
  ])('%j → %s', (argv, msg) => {
    expect(errorOf(...argv)).toBe(msg)
  })

  it.each([
    [
      '--grace-period=abc',
      'invalid argument "abc" for "--grace-period" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      '--grace-period=1.5',
      'invalid argument "1.5" for "--grace-period" flag: strconv.ParseInt: parsing "1.5": invalid syntax',
    ],
    [
      '--grace-period=0x',
      'invalid argument "0x" for "--grace-period" flag: strconv.ParseInt: parsing "0x": invalid syntax',
    ],
    [
      '--grace-period=08',
      'invalid argument "08" for "--grace-period" flag: strconv.ParseInt: parsing "08": invalid syntax',
    ],
    [
      '--grace-period=0b12',
      'invalid argument "0b12" for "--grace-period" flag: strconv.ParseInt: parsing "0b12": invalid syntax',
    ],
    [
      '--grace-period=_1',
      'invalid argument "_1" for "--grace-period" flag: strconv.ParseInt: parsing "_1": invalid syntax',
    ],
    [
      '--grace-period=1__0',
      'invalid argument "1__0" for "--grace-period" flag: strconv.ParseInt: parsing "1__0": invalid syntax',
    ],
    [
      '--grace-period=',
      'invalid argument "" for "--grace-period" flag: strconv.ParseInt: parsing "": invalid syntax',
    ],
    [
      '--grace-period=9223372036854775808',
      'invalid argument "9223372036854775808" for "--grace-period" flag: strconv.ParseInt: parsing "9223372036854775808": value out of range',
    ],
    [
      '-r=abc',
      'invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      '-rabc',
      'invalid argument "abc" for "-r, --replicas" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      '-r=3000000000',
      'invalid argument "3000000000" for "-r, --replicas" flag: strconv.ParseInt: parsing "3000000000": value out of range',
    ],
    [
      '-v=abc',
      'invalid argument "abc" for "-v, --v" flag: strconv.ParseInt: parsing "abc": invalid syntax',
    ],
    [
      '--force=maybe',
      'invalid argument "maybe" for "--force" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      '--force=',
      'invalid argument "" for "--force" flag: strconv.ParseBool: parsing "": invalid syntax',
    ],
    [
      '-A=maybe',
      'invalid argument "maybe" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    ],
    [
      '--timeout=5',
      'invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"',
    ],
    [
      '--timeout=5x',
      'invalid argument "5x" for "--timeout" flag: time: unknown unit "x" in duration "5x"',
    ],
    [
      '--timeout=1e3s',
      'invalid argument "1e3s" for "--timeout" flag: time: unknown unit "e" in duration "1e3s"',
    ],
    ['--timeout=abc', 'invalid argument "abc" for "--timeout" flag: time: invalid duration "abc"'],
    ['--timeout=', 'invalid argument "" for "--timeout" flag: time: invalid duration ""'],
    ['--timeout=.s', 'invalid argument ".s" for "--timeout" flag: time: invalid duration ".s"'],
    [
      '--timeout=1.5.5s',
      'invalid argument "1.5.5s" for "--timeout" flag: time: missing unit in duration "1.5.5s"',
    ],
    [
      '--timeout=2562048h',
      'invalid argument "2562048h" for "--timeout" flag: time: invalid duration "2562048h"',
    ],
  ])('%s', (arg, msg) => {
    expect(errorOf(arg)).toBe(msg)
  })

  it('accepts the largest values Go accepts', () => {
    expect(
      set(parse('--grace-period=9223372036854775807', '-r=2147483647', '--timeout=2562047h')),
    ).toEqual({
      'grace-period': 2 ** 63,
      replicas: 2147483647,
      timeout: 2562047 * 3_600_000,
    })
  })

  it('stops at the first error, before any help request', () => {
    expect(errorOf('--help', '--bogus')).toBe('unknown flag: --bogus')
    expect(() => parse('-A', '--help')).toThrow(HelpRequested)
    expect(() => parse('-Ah')).toThrow(HelpRequested)
    expect(set(parse('--help=false'))).toEqual({ help: false })
  })
})
