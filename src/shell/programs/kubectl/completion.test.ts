import { describe, expect, it } from 'vitest'
import { bootstrapKubeadmCluster, createWorld } from '../../../sim'
import { createCompleter } from '../../line/completion'
import { createSession } from '../../session'
import { programs } from '../index'

function setup() {
  const world = createWorld({ seed: 1, start: '2026-11-24T09:00:00Z' })
  bootstrapKubeadmCluster(world, {
    name: 'kubernetes',
    version: 'v1.33.0',
    controlPlaneTaint: false,
    nodes: [
      { host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.100.3', role: 'worker' },
    ],
  })
  world.clock.advance('5m')
  const session = createSession(world, { host: 'controlplane' })
  const complete = createCompleter(world, session, () => Object.keys(programs))
  return (line: string) => complete(line, line.length)
}

describe('kubectl tab completion', () => {
  it('completes subcommands', () => {
    expect(setup()('kubectl dr')).toEqual({ candidates: ['drain '], replaceFrom: 8 })
    expect(setup()('kubectl un').candidates).toEqual(['uncordon '])
  })

  it('completes node names after drain, cordon and uncordon', () => {
    expect(setup()('kubectl drain n')).toEqual({ candidates: ['node01 '], replaceFrom: 14 })
    expect(setup()('kubectl cordon ').candidates).toEqual(['controlplane ', 'node01 '])
  })

  it('completes resource types, then names in the namespace given with -n', () => {
    const c = setup()
    expect(c('kubectl get dep').candidates).toEqual(['deploy ', 'deployment ', 'deployments '])
    expect(c('kubectl -n kube-system get deploy cor').candidates).toEqual(['coredns '])
    expect(c('kubectl get deploy/cor -n kube-system').candidates).toEqual(['kube-system '])
    expect(c('kubectl get -n kube-system deploy/cor').candidates).toEqual(['deploy/coredns '])
  })

  it('completes flags of the command and namespaces after -n', () => {
    const c = setup()
    expect(c('kubectl drain node01 --ignore').candidates).toEqual(['--ignore-daemonsets '])
    expect(c('kubectl get pods -n kube-').candidates).toEqual([
      'kube-flannel ',
      'kube-node-lease ',
      'kube-public ',
      'kube-system ',
    ])
  })
})
