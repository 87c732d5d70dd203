// Which columns each kind's Table has (the API server's TableConvertor per resource).
import type { ColumnSet } from './types'
import { podColumns } from './pods'
import { nodeColumns } from './nodes'
import {
  daemonSetColumns,
  deploymentColumns,
  replicaSetColumns,
  statefulSetColumns,
} from './workloads'
import {
  configMapColumns,
  leaseColumns,
  namespaceColumns,
  pdbColumns,
  secretColumns,
  serviceColumns,
} from './core'
import { eventColumns } from './events'

export const COLUMNS: Record<string, ColumnSet> = {
  Pod: podColumns,
  Node: nodeColumns,
  Deployment: deploymentColumns,
  ReplicaSet: replicaSetColumns,
  DaemonSet: daemonSetColumns,
  StatefulSet: statefulSetColumns,
  PodDisruptionBudget: pdbColumns,
  Namespace: namespaceColumns,
  Service: serviceColumns,
  ConfigMap: configMapColumns,
  Secret: secretColumns,
  Lease: leaseColumns,
  Event: eventColumns,
}

export type { ColumnSet, ColumnDef } from './types'
export { podStatusReason } from './pods'
export { nodeRoles, nodeStatus } from './nodes'
