import { describe, expect, test } from 'vitest'
import type { Deployment } from './types'
import { worldBuilder } from '../testing/worldBuilder'

describe('ApiClient.update: metadata.generation', () => {
  const setup = () =>
    worldBuilder({ seed: 2, start: '2026-11-24T12:00:00Z' })
      .plainCluster(['node01'])
      .deployment('web', 2)
      .advance('1m')
  const generation = (b: ReturnType<typeof setup>) =>
    b.client.get<Deployment>('Deployment', 'default', 'web').metadata!.generation

  test('the same spec with its keys in another order is no change (apiequality.Semantic)', () => {
    const b = setup()
    const cur = b.client.get<Deployment>('Deployment', 'default', 'web')
    const reversed = (o: unknown): unknown =>
      Array.isArray(o)
        ? o.map(reversed)
        : o && typeof o === 'object'
          ? Object.fromEntries(
              Object.entries(o)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : o
    const before = generation(b)
    b.client.update({ ...cur, spec: reversed(cur.spec) as Deployment['spec'] })
    expect(generation(b)).toBe(before)
  })

  test('a changed spec bumps it by one', () => {
    const b = setup()
    const cur = b.client.get<Deployment>('Deployment', 'default', 'web')
    const before = generation(b)!
    b.client.update({ ...cur, spec: { ...cur.spec!, replicas: 3 } })
    expect(generation(b)).toBe(before + 1)
  })
})
