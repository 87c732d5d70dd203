// The sim's public surface: the only module other layers import from src/sim.
export { VirtualClock, parseDurationMs, ClockLoopError } from './clock'
export { SeededRandom, fnv32a, safeEncodeString, K8S_ALPHANUMS } from './random'
export { World, createWorld, type WorldOptions } from './world'
export { Cluster, DEFAULT_CLUSTER_CONFIG, type ClusterConfig, type ClusterSpec } from './cluster'
export { Host, HostRegistry, type HostSpec, type ServiceState } from './hosts/host'
export { FileSystem, FsError, normalizePath } from './hosts/fs'
export { ApiClient, type ListOptions, type DeleteOptions, type WriteOptions } from './api/client'
export { ObjectStore, compareObjects } from './api/objectStore'
export {
  ApiError,
  isApiError,
  formatApiError,
  notFound,
  alreadyExists,
  type StatusReason,
} from './api/errors'
export {
  KINDS,
  kindInfo,
  resolveResource,
  qualifiedKind,
  qualifiedResource,
  type KindInfo,
} from './api/kinds'
export {
  parseLabelSelector,
  matchesSelector,
  fromLabelSelector,
  formatSelector,
  parseFieldSelector,
  matchesFields,
  fieldValue,
  SelectorParseError,
  type Selector,
  type Requirement,
  type FieldRequirement,
} from './api/selectors'
export { rfc3339, rfc3339Micro, parseTime } from './api/time'
export { DEFAULT_TOLERATION_SECONDS } from './api/kinds/defaults'
export type * from './api/types'
export {
  bootstrapKubeadmCluster,
  CONTROL_PLANE_TAINT,
  type KubeadmClusterSpec,
  type KubeadmNodeSpec,
} from './kubeadm'
export { recordEvent, type EventType, type EventSource, type InvolvedObject } from './api/events'
export { defaultControllers } from './controllers'
export { defineController, type Controller, type ControllerContext } from './controllers/framework'
export { terminationDelayMs, POD_STAGES, normalizeImage } from './kubelet/stages'
export { kubeletVersionOf } from './kubelet/nodeStatus'
export { STATIC_POD_PATH, MIRROR_ANNOTATION, isMirrorPod } from './kubelet/staticPods'
export { computeHash } from './controllers/deployment'
export { fitErrorMessage } from './controllers/scheduler'
