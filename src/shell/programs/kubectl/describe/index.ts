// The describer per kind (describe.go DescriberFor). A kind missing here is refused plainly.
import type { ApiClient, KObject } from '../../../../sim'
import { describeDaemonSet } from './daemonSet'
import { describeDeployment } from './deployment'
import { describeNamespace } from './namespace'
import { describeNode } from './node'
import { describePod } from './pod'
import { describePodDisruptionBudget } from './podDisruptionBudget'
import { describeReplicaSet } from './replicaSet'
import type { DescribeSettings } from './settings'

export type Describer = (
  client: ApiClient,
  obj: KObject,
  now: number,
  opts: DescribeSettings,
) => string

export const DESCRIBERS: Record<string, Describer> = {
  Node: (c, o, now, opts) => describeNode(c, o as never, now, opts),
  Pod: (c, o, now, opts) => describePod(c, o as never, now, opts),
  Deployment: (c, o, now, opts) => describeDeployment(c, o as never, now, opts),
  PodDisruptionBudget: (c, o, now, opts) => describePodDisruptionBudget(c, o as never, now, opts),
  Namespace: (c, o, now, opts) => describeNamespace(c, o as never, now, opts),
  ReplicaSet: (c, o, now, opts) => describeReplicaSet(c, o as never, now, opts),
  DaemonSet: (c, o, now, opts) => describeDaemonSet(c, o as never, now, opts),
}

export type { DescribeSettings } from './settings'
