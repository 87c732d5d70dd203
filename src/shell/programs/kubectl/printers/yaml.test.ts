import { describe, expect, it } from 'vitest'
import { listObject } from './json'
import { goldens, selectFor, WORLDS } from './testdata/goldens'
import { marshalYAML, printYAML, yamlKeyLess } from './yaml'

describe('printYAML', () => {
  for (const world of WORLDS) {
    for (const g of goldens(world).filter((x) => / -o yaml$/.test(x.cmd))) {
      it(`prints what the real kubectl printed for ${world}: ${g.cmd}`, () => {
        const { objects, single } = selectFor(world, g.cmd)
        const obj = single ? objects[0] : listObject(objects)
        expect({ out: printYAML(obj), rc: 0 }).toEqual({ out: g.out, rc: g.rc })
      })
    }
  }

  it('separates later objects with ---', () => {
    expect(printYAML({ a: 1 }, 0) + printYAML({ b: [] }, 1)).toBe('a: 1\n---\nb: []\n')
  })
})

describe('marshalYAML', () => {
  it('nests sequences of sequences and mappings in sequences as yaml.v2 does', () => {
    expect(marshalYAML({ a: [[1, [2]], { b: [{ c: {} }] }, []], d: { e: null } })).toBe(
      'a:\n- - 1\n  - - 2\n- b:\n  - c: {}\n- []\nd:\n  e: null\n',
    )
  })

  it('formats floats as Go strconv g and integers plainly', () => {
    expect(marshalYAML([1.5, 1234567.5, 0.00001, 1e21, -0, 3, 0.5])).toBe(
      '- 1.5\n- 1.2345675e+06\n- 1e-05\n- 1e+21\n- 0\n- 3\n- 0.5\n',
    )
  })
})

describe('yamlKeyLess', () => {
  it('orders digit runs by value, as yaml.v2 sorter.go does', () => {
    const keys = ['c10', 'c9', 'c1', 'b', 'a-2', 'a-10', 'a_b', 'A', '10', '9', 'c09']
    expect([...keys].sort((a, b) => (yamlKeyLess(a, b) ? -1 : yamlKeyLess(b, a) ? 1 : 0))).toEqual([
      '9',
      '10',
      'A',
      'a-2',
      'a-10',
      'a_b',
      'b',
      'c1',
      'c9',
      'c09',
      'c10',
    ])
  })
})
