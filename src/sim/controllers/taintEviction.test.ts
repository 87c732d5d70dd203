import { describe, expect, test } from 'vitest'
import type { Event, Node, Pod } from '../api/types'
import { podSummary, worldBuilder } from '../testing/worldBuilder'
import { evictionTimeMs } from './taintEviction'

describe('taint eviction controller', () => {
  test('evicts a pod when its unreachable toleration (300 s) runs out, and it stays Terminating on the dead node', () => {
    const b = worldBuilder({ seed: 6, start: '2026-11-24T14:00:00Z' })
      .plainCluster(['node01', 'node02'])
      .barePod('web', 'node01')
      .advance('1m')
    b.world.setPower('node01', false)
    b.advance('50s')
    b.advance('299s')
    expect(podSummary(b.client)).toEqual(['default/web Running node01'])
    b.advance('1s')
    expect(podSummary(b.client)).toEqual(['default/web Terminating node01'])
    const ev = b.client.list<Event>('Event').filter((e) => e.reason === 'TaintManagerEviction')
    expect(ev.map((e) => [e.message, e.source])).toEqual([
      ['Marking for deletion Pod default/web', { component: 'taint-eviction-controller' }],
    ])
    b.advance('1h')
    expect(podSummary(b.client)).toEqual(['default/web Terminating node01'])
  })

  test('the cluster eviction timeout becomes the default tolerationSeconds and the eviction time', () => {
    const b = worldBuilder({ seed: 6, start: '2026-11-24T14:00:00Z' })
      .plainCluster(['node01'], { podEvictionTimeoutMs: 60_000 })
      .barePod('web', 'node01')
      .advance('1m')
    expect(
      b.client.get<Pod>('Pod', 'default', 'web').spec!.tolerations!.map((t) => t.tolerationSeconds),
    ).toEqual([60, 60])
    b.world.setPower('node01', false)
    b.advance('50s')
    b.advance('59s')
    expect(podSummary(b.client)).toEqual(['default/web Running node01'])
    b.advance('1s')
    expect(podSummary(b.client)).toEqual(['default/web Terminating node01'])
  })

  test('a NoExecute taint a pod does not tolerate evicts it at once, DaemonSet pods included', () => {
    const b = worldBuilder({ seed: 6 })
      .plainCluster(['node01'])
      .barePod('web', 'node01')
      .daemonSet('agent')
      .advance('1m')
    b.client.patch<Node>('Node', undefined, 'node01', (n) => {
      n.spec!.taints = [{ key: 'maintenance', effect: 'NoExecute', timeAdded: b.client.now() }]
    })
    b.advance('5s')
    expect(podSummary(b.client)).toEqual([])
  })

  test('DaemonSet pods tolerate unreachable forever while other pods get their 300 s', () => {
    const b = worldBuilder({ seed: 6 })
      .plainCluster(['node01'])
      .barePod('web', 'node01')
      .daemonSet('agent')
      .advance('1m')
    b.world.setPower('node01', false)
    b.advance('349s')
    const summary = () => podSummary(b.client).map((l) => l.replace(/agent-\w{5}/, 'agent-x'))
    expect(summary()).toEqual(['default/agent-x Running node01', 'default/web Running node01'])
    b.advance('1h')
    expect(summary()).toEqual(['default/agent-x Running node01', 'default/web Terminating node01'])
  })

  test('the earliest timeAdded + tolerationSeconds decides; an untimed toleration never evicts', () => {
    const pod = {
      spec: {
        containers: [],
        tolerations: [
          { key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 100 },
          { key: 'b', operator: 'Exists', effect: 'NoExecute' },
        ],
      },
    } as Pod
    const t0 = '2026-01-01T00:00:00Z'
    expect(evictionTimeMs(pod, [{ key: 'a', effect: 'NoExecute', timeAdded: t0 }])).toBe(
      Date.parse(t0) + 100_000,
    )
    expect(evictionTimeMs(pod, [{ key: 'b', effect: 'NoExecute', timeAdded: t0 }])).toBeUndefined()
    expect(evictionTimeMs(pod, [{ key: 'c', effect: 'NoExecute', timeAdded: t0 }])).toBe(0)
    expect(evictionTimeMs(pod, [{ key: 'c', effect: 'NoSchedule', timeAdded: t0 }])).toBeUndefined()
  })
})
