import { describe, expect, test } from 'vitest'
import { worldBuilder } from '../testing/worldBuilder'
import { recordEvent } from './events'
import type { Event } from './types'

describe('recordEvent', () => {
  test('creates a core/v1 Event and counts repeats of the same one', () => {
    const b = worldBuilder({ seed: 13, start: '2026-11-24T18:00:00Z' }).plainCluster(['node01'])
    const node = b.client.get('Node', undefined, 'node01')
    const before = b.client.list('Event').length
    const e1 = recordEvent(b.client, node, 'Normal', 'Custom', 'hello', {
      component: 'kubelet',
      host: 'node01',
    })
    b.advance('1m')
    const e2 = recordEvent(b.client, node, 'Normal', 'Custom', 'hello', {
      component: 'kubelet',
      host: 'node01',
    })
    recordEvent(b.client, node, 'Normal', 'Custom', 'other', {
      component: 'kubelet',
      host: 'node01',
    })
    expect(b.client.list('Event').length).toBe(before + 2)
    expect(e2.metadata.name).toBe(e1.metadata.name)
    expect(e1.metadata.name).toMatch(/^node01\.[0-9a-f]{16}$/)
    const { metadata: _m, ...rest } = b.client.get<Event>('Event', 'default', e1.metadata.name!)
    expect(rest).toEqual({
      apiVersion: 'v1',
      kind: 'Event',
      involvedObject: {
        apiVersion: 'v1',
        kind: 'Node',
        name: 'node01',
        uid: node.metadata.uid,
        resourceVersion: node.metadata.resourceVersion,
      },
      reason: 'Custom',
      message: 'hello',
      source: { component: 'kubelet', host: 'node01' },
      firstTimestamp: '2026-11-24T18:00:00Z',
      lastTimestamp: '2026-11-24T18:01:00Z',
      count: 2,
      type: 'Normal',
      eventTime: null,
      reportingComponent: 'kubelet',
      reportingInstance: 'node01',
    })
  })
})
