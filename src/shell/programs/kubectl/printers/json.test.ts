import { describe, expect, it } from 'vitest'
import { goldens, selectFor, WORLDS } from './testdata/goldens'
import { goJSONString, listObject, marshalJSON, printJSON } from './json'

describe('printJSON', () => {
  for (const world of WORLDS) {
    for (const g of goldens(world).filter((x) => / -o json$/.test(x.cmd))) {
      it(`prints what the real kubectl printed for ${world}: ${g.cmd}`, () => {
        const { objects, single } = selectFor(world, g.cmd)
        const obj = single ? objects[0] : listObject(objects)
        expect({ out: printJSON(obj), rc: 0 }).toEqual({ out: g.out, rc: g.rc })
      })
    }
  }

  it('prints an empty list with its List wrapper', () => {
    expect(printJSON(listObject([]))).toBe(
      '{\n    "apiVersion": "v1",\n    "items": [],\n    "kind": "List",\n    "metadata": {\n        "resourceVersion": ""\n    }\n}\n',
    )
  })
})

describe('marshalJSON', () => {
  it('is compact with keys in byte order and undefined fields left out', () => {
    expect(
      marshalJSON({
        b: [1, 'x', null, true],
        a: { z: undefined, é: 1, Z: 2, '😀': 3, '\uffff': 4 },
      }),
    ).toBe('{"a":{"Z":2,"é":1,"\uffff":4,"😀":3},"b":[1,"x",null,true]}')
  })

  it('escapes like Go: HTML characters, control characters, line separators', () => {
    expect(goJSONString('<a href="x">&\b\f\n\r\t\u0001\u001b\u007f\u2028\u2029é\\')).toBe(
      '"\\u003ca href=\\"x\\"\\u003e\\u0026\\b\\f\\n\\r\\t\\u0001\\u001b\u007f\\u2028\\u2029é\\\\"',
    )
  })

  it('formats numbers as Go does for int64 and float64', () => {
    expect(marshalJSON([0, -0, 1.5, 1e21, 1e-7, 0.000001, 123456789, 0.1, -3])).toBe(
      '[0,-0,1.5,1e+21,1e-7,0.000001,123456789,0.1,-3]',
    )
  })
})
