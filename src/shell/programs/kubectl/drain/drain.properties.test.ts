// Properties of `kubectl drain` over random workloads: nothing a controller manages is lost, and a
// bare pod is lost only when --force is given.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { Pod } from '../../../../sim'
import { barePod, deployment, kubeadmLab } from '../testing/harness'

const workload = fc.record({
  seed: fc.integer({ min: 1, max: 1000 }),
  replicas: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 }),
  barePods: fc.integer({ min: 0, max: 2 }),
  force: fc.boolean(),
})

function running(pods: Pod[]): Pod[] {
  return pods.filter((p) => p.status?.phase === 'Running' && !p.metadata?.deletionTimestamp)
}

describe('kubectl drain properties', () => {
  test('managed pods keep their count elsewhere; bare pods are lost only with --force', async () => {
    await fc.assert(
      fc.asyncProperty(workload, async ({ seed, replicas, barePods, force }) => {
        const lab = kubeadmLab({ seed })
        replicas.forEach((n, i) => lab.create(deployment(`app${i}`, n)))
        for (let i = 0; i < barePods; i++) lab.create(barePod(`bare${i}`, 'node01'))
        lab.world.clock.advance('1m')
        const r = await lab.run(
          `kubectl drain node01 --ignore-daemonsets${force ? ' --force' : ''}`,
        )
        lab.world.clock.advance('1m')
        const pods = lab.cluster.client.list<Pod>('Pod', { namespace: 'default' })
        const bare = pods.filter((p) => p.metadata?.name?.startsWith('bare'))
        const refused = barePods > 0 && !force
        expect(r.code).toBe(refused ? 1 : 0)
        // every Deployment still has its full count of Running pods
        replicas.forEach((n, i) => {
          const mine = running(pods.filter((p) => p.metadata?.labels?.app === `app${i}`))
          expect(mine.length).toBe(n)
          // after a successful drain none of them is on node01
          if (!refused) expect(mine.every((p) => p.spec?.nodeName !== 'node01')).toBe(true)
        })
        // bare pods survive unless --force drained them
        expect(bare.length).toBe(force ? 0 : barePods)
      }),
      { numRuns: 12 },
    )
  }, 120_000)
})
