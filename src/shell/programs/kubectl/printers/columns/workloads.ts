// printers.go printDeployment, printReplicaSet, printDaemonSet, printStatefulSet.
import type { DaemonSet, Deployment, ReplicaSet, StatefulSet } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { containerCells, defineColumns, formatLabelSelector, formatLabels } from './types'

const WIDE_WORKLOAD = [
  { name: 'CONTAINERS', wide: true },
  { name: 'IMAGES', wide: true },
  { name: 'SELECTOR', wide: true },
]

export const deploymentColumns = defineColumns<Deployment>(
  [
    { name: 'NAME' },
    { name: 'READY' },
    { name: 'UP-TO-DATE' },
    { name: 'AVAILABLE' },
    { name: 'AGE' },
    ...WIDE_WORKLOAD,
  ],
  (d, now) => [
    d.metadata?.name ?? '',
    `${d.status?.readyReplicas ?? 0}/${d.spec?.replicas ?? 0}`,
    String(d.status?.updatedReplicas ?? 0),
    String(d.status?.availableReplicas ?? 0),
    translateTimestampSince(d.metadata?.creationTimestamp, now),
    ...containerCells(d.spec?.template?.spec?.containers),
    formatLabelSelector(d.spec?.selector),
  ],
)

export const replicaSetColumns = defineColumns<ReplicaSet>(
  [
    { name: 'NAME' },
    { name: 'DESIRED' },
    { name: 'CURRENT' },
    { name: 'READY' },
    { name: 'AGE' },
    ...WIDE_WORKLOAD,
  ],
  (rs, now) => [
    rs.metadata?.name ?? '',
    String(rs.spec?.replicas ?? 0),
    String(rs.status?.replicas ?? 0),
    String(rs.status?.readyReplicas ?? 0),
    translateTimestampSince(rs.metadata?.creationTimestamp, now),
    ...containerCells(rs.spec?.template?.spec?.containers),
    formatLabelSelector(rs.spec?.selector),
  ],
)

export const daemonSetColumns = defineColumns<DaemonSet>(
  [
    { name: 'NAME' },
    { name: 'DESIRED' },
    { name: 'CURRENT' },
    { name: 'READY' },
    { name: 'UP-TO-DATE' },
    { name: 'AVAILABLE' },
    { name: 'NODE SELECTOR' },
    { name: 'AGE' },
    ...WIDE_WORKLOAD,
  ],
  (ds, now) => [
    ds.metadata?.name ?? '',
    String(ds.status?.desiredNumberScheduled ?? 0),
    String(ds.status?.currentNumberScheduled ?? 0),
    String(ds.status?.numberReady ?? 0),
    String(ds.status?.updatedNumberScheduled ?? 0),
    String(ds.status?.numberAvailable ?? 0),
    formatLabels(ds.spec?.template?.spec?.nodeSelector),
    translateTimestampSince(ds.metadata?.creationTimestamp, now),
    ...containerCells(ds.spec?.template?.spec?.containers),
    formatLabelSelector(ds.spec?.selector),
  ],
)

export const statefulSetColumns = defineColumns<StatefulSet>(
  [
    { name: 'NAME' },
    { name: 'READY' },
    { name: 'AGE' },
    { name: 'CONTAINERS', wide: true },
    { name: 'IMAGES', wide: true },
  ],
  (s, now) => [
    s.metadata?.name ?? '',
    `${s.status?.readyReplicas ?? 0}/${s.spec?.replicas ?? 0}`,
    translateTimestampSince(s.metadata?.creationTimestamp, now),
    ...containerCells(s.spec?.template?.spec?.containers),
  ],
)
