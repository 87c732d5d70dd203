import { describe, expect, it } from 'vitest'
import { formatGoFloat, goQuote, goSharpV, goSprint } from './goFormat'

describe('formatGoFloat', () => {
  it('matches strconv.FormatFloat(f, g, -1, 64)', () => {
    expect(
      [1.5, 0.1, 3e6, 123456.5, 1234567.5, 1e-4, 1e-5, 1e21, -0, 0, -2.25, NaN, Infinity].map(
        formatGoFloat,
      ),
    ).toEqual([
      '1.5',
      '0.1',
      '3e+06',
      '123456.5',
      '1.2345675e+06',
      '0.0001',
      '1e-05',
      '1e+21',
      '-0',
      '0',
      '-2.25',
      'NaN',
      '+Inf',
    ])
  })
})

describe('goSprint', () => {
  it('prints unstructured values as fmt %v does (custom-columns cells)', () => {
    expect(goSprint({ b: [1, 'x', null, {}], a: true, c: 1.5 })).toBe(
      'map[a:true b:[1 x <nil> map[]] c:1.5]',
    )
  })
})

describe('goSharpV', () => {
  it('prints unstructured values as fmt %#v does (jsonpath debug output)', () => {
    expect(goSharpV({ b: [1, 'x"y', null], a: { t: false }, e: [] })).toBe(
      'map[string]interface {}{"a":map[string]interface {}{"t":false}, "b":[]interface {}{1, "x\\"y", interface {}(nil)}, "e":[]interface {}{}}',
    )
  })

  it('quotes like strconv.Quote', () => {
    expect(goQuote('a\tb\u0001\u00a0é😀\u2028')).toBe('"a\\tb\\x01\\u00a0é😀\\u2028"')
  })
})
