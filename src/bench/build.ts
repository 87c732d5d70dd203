// Quick timing of building and settling the benchmark world: npx tsx src/bench/build.ts
import { buildBigCluster, run } from './bigCluster'

const t0 = performance.now()
const big = buildBigCluster()
const t1 = performance.now()
const pods = big.world.cluster()!.store.count('Pod')
console.log(`built ${pods} pods in ${Math.round(t1 - t0)} ms`)
const t2 = performance.now()
const r = await run(big, 'kubectl drain node001 --ignore-daemonsets')
const t3 = performance.now()
console.log(r.out.split('\n').slice(0, 3).join('\n'))
console.log(`drain: ${(t3 - t2).toFixed(1)} ms, rc ${r.code}`)
const t4 = performance.now()
const g = await run(big, 'kubectl get pods -A -o wide')
console.log(`get pods -A -o wide: ${(performance.now() - t4).toFixed(1)} ms, ${g.out.length} chars`)
