// Properties of the controllers together, over random small clusters and random histories.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Node, Pod, ReplicaSet } from '../api/types'
import { isWorkloadPod, worldBuilder } from '../testing/worldBuilder'

const NODES = ['n1', 'n2', 'n3', 'n4']

function ready(n: Node): boolean {
  return n.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'True'
}

describe('controller properties', () => {
  test('the scheduler never binds a pod to an unschedulable or NotReady node', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.constantFrom('cordon', 'off', 'ok'), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 1, max: 8 }),
        (seed, states, replicas) => {
          const b = worldBuilder({ seed }).plainCluster(NODES).advance('10s')
          NODES.forEach((n, i) => {
            if (states[i] === 'cordon')
              b.client.patch<Node>('Node', undefined, n, (x) => {
                x.spec = { ...x.spec, unschedulable: true }
              })
            else if (states[i] === 'off') b.world.setPower(n, false)
          })
          b.advance('1m')
          const bad = new Set(
            b.client
              .list<Node>('Node')
              .filter((n) => n.spec?.unschedulable || !ready(n))
              .map((n) => n.metadata!.name),
          )
          const bindsBefore = new Map(
            b.client.list<Pod>('Pod').map((p) => [p.metadata!.name, p.spec!.nodeName]),
          )
          b.deployment('web', replicas).advance('2m')
          for (const p of b.client.list<Pod>('Pod')) {
            if (bindsBefore.has(p.metadata!.name)) continue
            expect(p.spec!.nodeName === undefined || !bad.has(p.spec!.nodeName)).toBe(true)
          }
        },
      ),
      { numRuns: 15, seed: 42 },
    )
  })

  test('ReplicaSets converge to their replica count whatever the scale history', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 5 }),
        (seed, scales) => {
          const b = worldBuilder({ seed }).plainCluster(NODES).deployment('web', 2).advance('10s')
          for (const s of scales) {
            b.client.patch('Deployment', 'default', 'web', (d: { spec: { replicas: number } }) => {
              d.spec.replicas = s
            })
            b.advance(1500)
          }
          b.advance('2m')
          const want = scales[scales.length - 1]
          const live = b.client.list<Pod>('Pod').filter((p) => !p.metadata!.deletionTimestamp)
          expect(live.length).toBe(want)
          expect(live.every((p) => p.status!.phase === 'Running')).toBe(true)
          const [rs] = b.client.list<ReplicaSet>('ReplicaSet')
          expect([rs.status!.replicas, rs.status!.readyReplicas ?? 0]).toEqual([want, want])
        },
      ),
      { numRuns: 15, seed: 42 },
    )
  })

  test('a node off longer than grace + toleration: ReplicaSet pods run elsewhere, bare pods are deleted; back on, it has no workload', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom(...NODES),
        fc.integer({ min: 354, max: 900 }), // 50 s grace + 300 s toleration + 3 s to start a replacement
        (seed, replicas, victim, offSeconds) => {
          const b = worldBuilder({ seed })
            .plainCluster(NODES)
            .deployment('web', replicas)
            .barePod('bare', victim)
            .advance('1m')
          b.world.setPower(victim, false)
          b.advance(offSeconds * 1000)
          const rsPods = b.client
            .list<Pod>('Pod')
            .filter((p) => p.metadata!.name!.startsWith('web-') && !p.metadata!.deletionTimestamp)
          expect(rsPods.length).toBe(replicas)
          expect(
            rsPods.every((p) => p.spec!.nodeName !== victim && p.status!.phase === 'Running'),
          ).toBe(true)
          expect(
            b.client.get<Pod>('Pod', 'default', 'bare').metadata!.deletionTimestamp,
          ).toBeDefined()
          b.world.setPower(victim, true)
          b.advance('1m')
          expect(
            b.client
              .list<Pod>('Pod')
              .filter((p) => p.spec!.nodeName === victim && isWorkloadPod(p)),
          ).toEqual([])
          expect(b.client.tryGet('Pod', 'default', 'bare')).toBeUndefined()
        },
      ),
      { numRuns: 15, seed: 42 },
    )
  })
})
