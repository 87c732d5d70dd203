// Test helpers for kubectl commands: a kubeadm world (controlplane + node01, as the OS-upgrades lab
// starts) and a runner that plays one command line through the shell in auto-driven virtual time.
import {
  bootstrapKubeadmCluster,
  createWorld,
  type Cluster,
  type KObject,
  type World,
} from '../../../../sim'
import { runLine } from '../../../exec'
import { createSession } from '../../../session'
import type { SessionState } from '../../../types'

export const START = '2026-11-24T09:12:44Z'

export interface Lab {
  world: World
  cluster: Cluster
  session: SessionState
  /** Run a command line; returns stdout, stderr, both in time order, and the exit code. */
  run(line: string, stdin?: string): Promise<Result>
  create(obj: KObject | Record<string, unknown>): void
}

export interface Result {
  out: string
  err: string
  all: string
  code: number
}

/** controlplane (untainted) and node01, both Ready, after `settleMs` of virtual time. */
export function kubeadmLab(opts: { seed?: number; controlPlaneTaint?: boolean } = {}): Lab {
  const world = createWorld({ seed: opts.seed ?? 1, start: START })
  const cluster = bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    controlPlaneTaint: opts.controlPlaneTaint ?? false,
    nodes: [
      { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.100.3', role: 'worker' },
    ],
  })
  world.clock.advance('10m')
  const session = createSession(world, { host: 'controlplane' })
  return {
    world,
    cluster,
    session,
    create: (obj) => {
      cluster.client.create(obj as KObject)
      world.settle()
    },
    run: async (line) => {
      let out = ''
      let err = ''
      let all = ''
      const code = await runLine(world, session, line, {
        drive: 'auto',
        stdout: (s) => {
          out += s
          all += s
        },
        stderr: (s) => {
          err += s
          all += s
        },
      })
      return { out, err, all, code }
    },
  }
}

/** A bare pod on a node (no controller): what `kubectl run` makes, bound by hand. */
export function barePod(name: string, node: string, extra: Record<string, unknown> = {}): KObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { run: name } },
    spec: { nodeName: node, containers: [{ name, image: 'nginx' }], ...extra },
  }
}

/** A Deployment with its pods spread by the scheduler. */
export function deployment(
  name: string,
  replicas: number,
  extraSpec: Record<string, unknown> = {},
): KObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas,
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image: 'nginx' }], ...extraSpec },
      },
    },
  }
}

/** A step of a scripted session: command line, what the terminal shows (stdout+stderr) and exit code. */
export type Step = [line: string, all: string, code: number]

/**
 * The OS-upgrades starting point used by the per-verb tests: Deployment blue (3) and bare pod hr-app
 * on node01, settled; `play` runs steps against it and asserts each whole output.
 */
export function blueAndHrApp(): { lab: Lab; play: (steps: Step[]) => Promise<void> } {
  const lab = kubeadmLab()
  lab.create(deployment('blue', 3))
  lab.create(barePod('hr-app', 'node01'))
  lab.world.clock.advance('2m')
  return { lab, play: (steps) => playSteps(lab, steps) }
}

export async function playSteps(lab: Lab, steps: Step[]): Promise<void> {
  const { expect } = await import('vitest')
  for (const [line, all, code] of steps) {
    const r = await lab.run(line)
    expect({ line, all: r.all, code: r.code }).toEqual({ line, all, code })
  }
}
