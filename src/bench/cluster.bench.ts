// npm run bench: drain one node of ~30 pods to completion in a 500-node / 15,000-pod cluster,
// and format `kubectl get pods -A -o wide` over all of them.
import { bench, describe } from 'vitest'
import { buildBigCluster, run, NODES } from './bigCluster'

const big = buildBigCluster()
let next = 1

describe('500 nodes, 15,000 pods', () => {
  bench(
    'kubectl drain <node> --ignore-daemonsets (evict ~30 pods, reconcile, reschedule)',
    async () => {
      const node = `node${String(next++).padStart(3, '0')}`
      if (next >= NODES) throw new Error('out of nodes to drain')
      const { code, out } = await run(big, `kubectl drain ${node} --ignore-daemonsets`)
      if (code !== 0) throw new Error(out)
    },
    { iterations: 40, time: 0, warmupIterations: 2 },
  )
  bench(
    'kubectl get pods -A -o wide (formatted)',
    async () => {
      const { code } = await run(big, 'kubectl get pods -A -o wide')
      if (code !== 0) throw new Error('get failed')
    },
    { iterations: 20, time: 0, warmupIterations: 2 },
  )
})
