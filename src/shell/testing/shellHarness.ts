// Test harness: a one-host world and a session; run(line) returns the whole stdout, stderr, status.
import { createWorld } from '../../sim'
import { createSession } from '../session'
import { runLine, type RunOptions } from '../exec'

export function shellHarness(files: Record<string, string> = {}) {
  const world = createWorld({ seed: 1, start: '2026-11-25T10:00:00Z' })
  world.addHost({ name: 'controlplane', ip: '192.168.100.2', files })
  const session = createSession(world, { host: 'controlplane' })
  const run = async (line: string, extra: Partial<RunOptions> = {}) => {
    let out = ''
    let err = ''
    const code = await runLine(world, session, line, {
      stdout: (t) => void (out += t),
      stderr: (t) => void (err += t),
      drive: 'auto',
      ...extra,
    })
    return { out, err, code }
  }
  return { world, session, run, fs: world.hosts.get('controlplane')!.fs }
}
