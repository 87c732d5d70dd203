import { describe, expect, it } from 'vitest'
import { listObject } from './json'
import { printName, resourceName } from './name'
import { goldens, selectFor, WORLDS } from './testdata/goldens'

describe('printName', () => {
  for (const world of WORLDS) {
    for (const g of goldens(world).filter((x) => / -o name$/.test(x.cmd))) {
      it(`prints what the real kubectl printed for ${world}: ${g.cmd}`, () => {
        const { objects } = selectFor(world, g.cmd)
        expect({ out: printName(listObject(objects)), rc: 0 }).toEqual({ out: g.out, rc: g.rc })
      })
    }
  }

  it('appends the operation as cordon and delete do', () => {
    expect(
      printName({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'node01' } }, 'cordoned'),
    ).toBe('node/node01 cordoned\n')
    expect(
      resourceName({
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name: 'p' },
      }),
    ).toBe('poddisruptionbudget.policy/p')
  })
})
