import { describe, expect, it } from 'vitest'
import { createWorld } from '../world'
import { defineController } from './framework'

describe('controller manager', () => {
  it('records a failing reconcile and retries it later instead of throwing into the writer', () => {
    const world = createWorld({ seed: 1, start: '2026-11-25T10:00:00Z' })
    let calls = 0
    const flaky = defineController({
      name: 'flaky',
      watches: ['Namespace'],
      keysFor: (ev) => [ev.object.metadata.name],
      reconcile: () => {
        calls++
        if (calls === 1) throw new Error('boom')
      },
    })
    const cluster = world.addCluster({ name: 'c', version: 'v1.33.0' }, [flaky])
    cluster.client.create({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } })
    expect(() => world.settle()).not.toThrow()
    expect(cluster.manager.errors).toEqual([
      { controller: 'flaky', key: 'x', message: 'boom', at: Date.parse('2026-11-25T10:00:00Z') },
    ])
    world.clock.advance('1s')
    expect(calls).toBe(2)
  })
})
