// The ordered list of controllers each cluster runs. Order is run order within one instant.
import type { Controller } from './framework'
import { deployment } from './deployment'
import { replicaSet } from './replicaSet'
import { daemonSet } from './daemonSet'
import { scheduler } from './scheduler'
import { kubeletController } from '../kubelet/kubelet'
import { nodeLifecycle } from './nodeLifecycle'
import { taintEviction } from './taintEviction'
import { disruption } from './disruption'
import { garbageCollector } from './garbageCollector'

/** A fresh list per cluster (the kubelet keeps per-cluster memory). */
export function defaultControllers(): Controller[] {
  return [
    deployment,
    replicaSet,
    daemonSet,
    scheduler,
    kubeletController(),
    nodeLifecycle,
    taintEviction,
    disruption,
    garbageCollector,
  ]
}
