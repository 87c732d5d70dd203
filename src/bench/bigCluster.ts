// A large world for benchmarks: one control plane, 499 workers, 50 Deployments of 300 replicas
// (15,000 pods, ~30 per node), settled until every pod runs.
import { bootstrapKubeadmCluster, createWorld, type World } from '../sim'
import { createSession, runLine, type SessionState } from '../shell'

export interface BigCluster {
  world: World
  session: SessionState
}

export const NODES = 500
export const DEPLOYMENTS = 50
export const REPLICAS = 300

export function buildBigCluster(): BigCluster {
  const world = createWorld({ seed: 7, start: '2026-11-24T09:00:00Z', freeze: false })
  const nodes = Array.from({ length: NODES }, (_, i) =>
    i === 0
      ? { host: 'controlplane', ip: '10.0.0.2', role: 'control-plane' as const }
      : {
          host: `node${String(i).padStart(3, '0')}`,
          ip: `10.0.${1 + Math.floor(i / 250)}.${(i % 250) + 2}`,
          role: 'worker' as const,
        },
  )
  const cluster = bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    nodes,
    controlPlaneTaint: false,
    podSubnet: '10.128.0.0/9',
  })
  world.clock.advance('1m')
  for (let d = 0; d < DEPLOYMENTS; d++) {
    cluster.client.create({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: `app${d}`, namespace: 'default', labels: { app: `app${d}` } },
      spec: {
        replicas: REPLICAS,
        selector: { matchLabels: { app: `app${d}` } },
        template: {
          metadata: { labels: { app: `app${d}` } },
          spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
        },
      },
    })
  }
  world.clock.advance('10m')
  const session = createSession(world, { host: 'controlplane' })
  return { world, session }
}

/** Run one command line to completion, virtual time advancing as it waits; output discarded. */
export async function run(b: BigCluster, line: string): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await runLine(b.world, b.session, line, {
    stdout: (s) => (out += s),
    stderr: (s) => (out += s),
    drive: 'auto',
  })
  return { code, out }
}
