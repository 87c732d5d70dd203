import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareObjects, ObjectStore } from './objectStore'
import type { KObject } from './types'

const obj = (kind: string, namespace: string | undefined, name: string, v = 0): KObject => ({
  apiVersion: 'v1',
  kind,
  metadata: { namespace, name, labels: { v: String(v) } },
})

const names = (objs: KObject[]) =>
  objs.map((o) => `${o.metadata.namespace ?? ''}/${o.metadata.name}@${o.metadata.labels?.v}`)

describe('ObjectStore.list', () => {
  it('lists a kind sorted by namespace then name, and one namespace on its own', () => {
    const s = new ObjectStore()
    for (const [ns, n] of [
      ['kube-system', 'b'],
      ['default', 'z'],
      ['a-b', 'x'],
      ['a', 'y'],
      ['default', 'a'],
    ])
      s.put(obj('Pod', ns, n))
    expect(names(s.list('Pod'))).toEqual([
      'a/y@0',
      'a-b/x@0',
      'default/a@0',
      'default/z@0',
      'kube-system/b@0',
    ])
    expect(names(s.list('Pod', 'default'))).toEqual(['default/a@0', 'default/z@0'])
    expect(names(s.list('Pod', 'nope'))).toEqual([])
    expect(s.list('Node')).toEqual([])
  })

  it('returns a fresh array each time, so callers may sort or change it', () => {
    const s = new ObjectStore()
    s.put(obj('Node', undefined, 'b'))
    s.put(obj('Node', undefined, 'a'))
    s.list('Node').reverse()
    expect(names(s.list('Node'))).toEqual(['/a@0', '/b@0'])
  })

  it('stays in key order with the latest objects through any mix of puts, removes and lists', () => {
    const ns = fc.constantFrom(undefined, 'a', 'a-b', 'b', 'default')
    const name = fc.constantFrom('a', 'b', 'x-1', 'x1')
    const op = fc.oneof(
      fc.record({ t: fc.constant('put' as const), ns, name, v: fc.nat(9) }),
      fc.record({ t: fc.constant('remove' as const), ns, name }),
      fc.record({ t: fc.constant('list' as const), ns: fc.option(ns, { nil: undefined }) }),
    )
    fc.assert(
      fc.property(fc.array(op, { minLength: 10, maxLength: 80, size: 'max' }), (ops) => {
        const s = new ObjectStore({ freeze: false })
        const ref = new Map<string, KObject>()
        const expected = (namespace?: string) =>
          names(
            [...ref.values()]
              .filter((o) => !namespace || o.metadata.namespace === namespace)
              .sort(compareObjects),
          )
        for (const o of ops) {
          if (o.t === 'put') {
            const x = obj('Pod', o.ns, o.name, o.v)
            s.put(x)
            ref.set(ObjectStore.key(o.ns, o.name), x)
          } else if (o.t === 'remove') {
            s.remove('Pod', o.ns, o.name)
            ref.delete(ObjectStore.key(o.ns, o.name))
          } else {
            expect(names(s.list('Pod', o.ns))).toEqual(expected(o.ns))
          }
        }
        expect(names(s.list('Pod'))).toEqual(expected())
      }),
      { seed: 7, numRuns: 300 },
    )
  })
})
