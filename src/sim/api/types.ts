// API object shapes. Real field names from kubernetes-types; every object is plain JSON.
// kubernetes-types marks every field readonly; our objects are frozen at runtime instead, and
// drafts (structuredClone copies) are written freely, so the types are made writable here.
import type * as meta from 'kubernetes-types/meta/v1'
import type * as core from 'kubernetes-types/core/v1'
import type * as apps from 'kubernetes-types/apps/v1'
import type * as policy from 'kubernetes-types/policy/v1'
import type * as coordination from 'kubernetes-types/coordination/v1'

/** Remove readonly, deeply. */
export type Writable<T> = T extends (infer U)[]
  ? Writable<U>[]
  : T extends readonly (infer U)[]
    ? Writable<U>[]
    : T extends object
      ? { -readonly [K in keyof T]: Writable<T[K]> }
      : T

export type ObjectMeta = Writable<meta.ObjectMeta>
export type OwnerReference = Writable<meta.OwnerReference>
export type LabelSelector = Writable<meta.LabelSelector>
export type Pod = Writable<core.Pod>
export type PodSpec = Writable<core.PodSpec>
export type PodStatus = Writable<core.PodStatus>
export type Container = Writable<core.Container>
export type ContainerStatus = Writable<core.ContainerStatus>
export type PodTemplateSpec = Writable<core.PodTemplateSpec>
export type Node = Writable<core.Node>
export type NodeSpec = Writable<core.NodeSpec>
export type NodeStatus = Writable<core.NodeStatus>
export type NodeCondition = Writable<core.NodeCondition>
export type Taint = Writable<core.Taint>
export type Toleration = Writable<core.Toleration>
export type Namespace = Writable<core.Namespace>
export type Event = Writable<core.Event>
export type Service = Writable<core.Service>
export type ConfigMap = Writable<core.ConfigMap>
export type Secret = Writable<core.Secret>
export type Deployment = Writable<apps.Deployment>
export type ReplicaSet = Writable<apps.ReplicaSet>
export type DaemonSet = Writable<apps.DaemonSet>
export type StatefulSet = Writable<apps.StatefulSet>
export type PodDisruptionBudget = Writable<policy.PodDisruptionBudget>
export type Lease = Writable<coordination.Lease>

/** Any API object: apiVersion, kind, metadata (name required), and whatever else its kind has. */
export interface KObject {
  apiVersion: string
  kind: string
  metadata: ObjectMeta & { name: string }
  spec?: unknown
  status?: unknown
  [k: string]: unknown
}

/** Narrow a typed object to one with a required name, as the store keeps them. */
export type Stored<T> = T & {
  apiVersion: string
  kind: string
  metadata: ObjectMeta & { name: string }
}

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED'

export interface WatchEvent {
  type: WatchEventType
  object: KObject
  /** The object before the change (MODIFIED and DELETED). */
  old?: KObject
}
