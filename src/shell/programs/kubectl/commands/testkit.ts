// Test helpers for the read-side kubectl commands: a deterministic kubeadm world and a runner
// that returns stdout, stderr and the exit code of one command line.
import { bootstrapKubeadmCluster, createWorld, type World } from '../../../../sim'
import { createSession } from '../../../session'
import { runLine } from '../../../exec'

/** controlplane (untainted) + node01, v1.33.0, started 2026-11-24T09:00:00Z, settled for 30m. */
export function kubeadmWorld(opts: { seed?: number; settleMs?: number } = {}): World {
  const world = createWorld({ seed: opts.seed ?? 1, start: '2026-11-24T09:00:00Z' })
  bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    controlPlaneTaint: false,
    nodes: [
      { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.100.3', role: 'worker' },
    ],
  })
  world.clock.advance(opts.settleMs ?? 30 * 60_000)
  return world
}

export interface RunResult {
  stdout: string
  stderr: string
  code: number
}

/** Run one command line as root on controlplane. */
export async function run(world: World, line: string, host = 'controlplane'): Promise<RunResult> {
  const session = createSession(world, { host })
  let stdout = ''
  let stderr = ''
  const code = await runLine(world, session, line, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    drive: 'auto',
  })
  return { stdout, stderr, code }
}
