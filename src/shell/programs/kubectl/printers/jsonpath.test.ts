import { describe, expect, it } from 'vitest'
import { listObject } from './json'
import { JsonPath, jsonPathPrinter } from './jsonpath'
import { goldens, selectFor, splitArgs, WORLDS } from './testdata/goldens'

// Go visits map values for `*` and `..` in random order (the real output varies run to run):
// compare those as sets of words.
const UNORDERED = ['{..type}', '{.metadata.labels.*}']

function run(world: (typeof WORLDS)[number], cmd: string): { out: string; rc: number } {
  const { objects, single } = selectFor(world, cmd)
  const arg = splitArgs(cmd).find((a) => a.startsWith('jsonpath'))
  const template = arg?.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined
  const printer = jsonPathPrinter(template)
  if ('stderr' in printer) return { out: printer.stderr, rc: 1 }
  const r = printer.print(single ? objects[0] : listObject(objects))
  return 'stdout' in r ? { out: r.stdout, rc: 0 } : { out: r.stderr, rc: 1 }
}

describe('jsonPathPrinter', () => {
  for (const world of WORLDS) {
    for (const g of goldens(world).filter((x) => / -o jsonpath/.test(x.cmd))) {
      it(`prints what the real kubectl printed for ${world}: ${g.cmd}`, () => {
        const got = run(world, g.cmd)
        if (UNORDERED.some((u) => g.cmd.includes(u))) {
          const words = (s: string) => s.split(' ').sort()
          expect({ out: words(got.out), rc: got.rc }).toEqual({ out: words(g.out), rc: g.rc })
        } else {
          expect(got).toEqual({ out: g.out, rc: g.rc })
        }
      })
    }
  }
})

describe('JsonPath', () => {
  const data = { a: [{ n: 1, s: 'x' }, { n: 2.5, s: 'y' }, { n: 3 }], t: true, m: { k: 'v' } }

  it('compares numbers of the same Go kind and rejects mixed kinds', () => {
    expect(
      JsonPath.parse('{.a[?(@.n>1)].s}').execute({
        a: [
          { n: 1, s: 'x' },
          { n: 3, s: 'z' },
        ],
      }),
    ).toBe('z')
    expect(() => JsonPath.parse('{.a[?(@.n>1)].s}').execute(data)).toThrow(
      'incompatible types for comparison',
    )
    expect(() => JsonPath.parse('{.a[?(@.n>=1.0)].s}').execute(data)).toThrow(
      'incompatible types for comparison',
    )
    expect(JsonPath.parse('{.a[?(@.n==3)].n}').execute({ a: [{ n: 3 }, { n: 4 }] })).toBe('3')
  })

  it('supports unions, dict keys, negative slices and steps', () => {
    expect(
      JsonPath.parse("{.a[0,2].n} {.a[-1:].n} {.a[::2].n} {['m']['k']} {.t}").execute(data),
    ).toBe('1 3 3 1 3 v true')
  })

  it('reports missing keys only when asked to', () => {
    expect(JsonPath.parse('{.nope}').execute(data)).toBe('')
    expect(() => JsonPath.parse('{.nope}', { allowMissingKeys: false }).execute(data)).toThrow(
      'nope is not found',
    )
  })

  it('rejects bad templates with client-go messages', () => {
    expect(() => JsonPath.parse('{..a..b}')).not.toThrow()
    expect(() => JsonPath.parse('{.a[1.5]}')).toThrow('invalid array index 1.5')
    expect(() => JsonPath.parse('{.a[?(@.x=="y"]}')).toThrow('unterminated filter')
    expect(() => JsonPath.parse('{1.2.3}')).toThrow('cannot parse number 1.2.3')
    expect(() => JsonPath.parse('{\t}')).toThrow('unrecognized character in action: U+0009')
  })
})
