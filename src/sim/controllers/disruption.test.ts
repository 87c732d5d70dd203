import { describe, expect, test } from 'vitest'
import type { Pod, PodDisruptionBudget } from '../api/types'
import { worldBuilder } from '../testing/worldBuilder'

function status(budget: { minAvailable?: number | string; maxUnavailable?: number | string }) {
  const b = worldBuilder({ seed: 8, start: '2026-11-24T15:00:00Z' })
    .plainCluster(['node01', 'node02'])
    .deployment('web', 3)
    .pdb('web-pdb', 'web', budget)
    .advance('1m')
  const s = b.client.get<PodDisruptionBudget>('PodDisruptionBudget', 'default', 'web-pdb').status!
  return {
    b,
    s: { ...s, conditions: s.conditions!.map((c) => `${c.type}=${c.status}/${c.reason}`) },
  }
}

describe('disruption controller', () => {
  test('minAvailable as an int', () => {
    expect(status({ minAvailable: 2 }).s).toEqual({
      currentHealthy: 3,
      desiredHealthy: 2,
      disruptionsAllowed: 1,
      expectedPods: 3,
      observedGeneration: 1,
      conditions: ['DisruptionAllowed=True/SufficientPods'],
    })
  })

  test('minAvailable as a percent rounds up over the controller scale', () => {
    expect(status({ minAvailable: '50%' }).s).toMatchObject({
      desiredHealthy: 2,
      disruptionsAllowed: 1,
      expectedPods: 3,
    })
  })

  test('maxUnavailable 0 allows no disruption', () => {
    expect(status({ maxUnavailable: 0 }).s).toEqual({
      currentHealthy: 3,
      desiredHealthy: 3,
      disruptionsAllowed: 0,
      expectedPods: 3,
      observedGeneration: 1,
      conditions: ['DisruptionAllowed=False/InsufficientPods'],
    })
  })

  test('an eviction is recorded in disruptedPods until the pod is gone, then the budget recovers', () => {
    const { b } = status({ minAvailable: 2 })
    const [victim] = b.client.list<Pod>('Pod')
    b.client.evict('default', victim.metadata!.name!)
    b.world.settle()
    const s1 = b.client.get<PodDisruptionBudget>(
      'PodDisruptionBudget',
      'default',
      'web-pdb',
    ).status!
    expect([s1.disruptionsAllowed, s1.disruptedPods]).toEqual([0, undefined])
    b.advance('1m')
    const s2 = b.client.get<PodDisruptionBudget>(
      'PodDisruptionBudget',
      'default',
      'web-pdb',
    ).status!
    expect([s2.currentHealthy, s2.disruptionsAllowed, s2.disruptedPods]).toEqual([3, 1, undefined])
  })
})
