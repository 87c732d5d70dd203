// Who manages a pod, the way `kubectl describe pod` "Controlled By" and the garbage collector see
// it: the controller ownerReference, followed from a ReplicaSet up to its Deployment.
import { fnv32a, type KObject, type OwnerReference, type Pod } from '../../sim'

export interface PodOwner {
  kind: string
  name: string
}

/** Kinds whose pods get one colour per controller in the graph. */
export type OwnerLook = 'controller' | 'static' | 'unmanaged'

export interface OwnerKey {
  owner?: PodOwner
  look: OwnerLook
  /** stable key of the colour: "Deployment/default/web", "static", "unmanaged" */
  colorKey: string
}

/** Looks up a namespaced object by kind and name (a ReplicaSet for its Deployment owner). */
export type OwnerLookup = (kind: string, namespace: string, name: string) => KObject | undefined

function controllerRef(refs: OwnerReference[] | undefined): OwnerReference | undefined {
  return refs?.find((r) => r.controller) ?? undefined
}

/** The managing controller of a pod; a ReplicaSet owned by a Deployment resolves to it. */
export function resolvePodOwner(pod: Pod, lookup: OwnerLookup): OwnerKey {
  const ns = pod.metadata?.namespace ?? 'default'
  const ref = controllerRef(pod.metadata?.ownerReferences)
  if (!ref) return { look: 'unmanaged', colorKey: 'unmanaged' }
  // Mirror pods of static manifests are "owned" by their Node: the kubelet manages them.
  if (ref.kind === 'Node')
    return { owner: { kind: 'Node', name: ref.name }, look: 'static', colorKey: 'static' }
  let owner: PodOwner = { kind: ref.kind, name: ref.name }
  if (ref.kind === 'ReplicaSet') {
    const rs = lookup('ReplicaSet', ns, ref.name)
    const up = controllerRef(rs?.metadata.ownerReferences)
    if (up?.kind === 'Deployment') owner = { kind: 'Deployment', name: up.name }
  }
  return { owner, look: 'controller', colorKey: `${owner.kind}/${ns}/${owner.name}` }
}

/** Colour of a controller: a hue from the hash of its key, so it never changes as others come and go. */
export function controllerColor(colorKey: string): string {
  if (colorKey === 'unmanaged') return UNMANAGED_COLOR
  if (colorKey === 'static') return STATIC_COLOR
  let c = colors.get(colorKey)
  if (c === undefined) colors.set(colorKey, (c = hashColor(colorKey)))
  return c
}

const colors = new Map<string, string>()

function hashColor(colorKey: string): string {
  const h = fnv32a(colorKey)
  // Keep clear of the amber band (25..55) that marks unmanaged pods.
  const base = h % 330
  const hue = base >= 25 ? base + 30 : base
  // Vary lightness a little too so that two hues that land close apart stay tellable.
  const light = 58 + ((h >>> 9) % 3) * 6
  return `hsl(${hue} 70% ${light}%)`
}

export const UNMANAGED_COLOR = 'hsl(38 95% 55%)'
export const STATIC_COLOR = 'hsl(215 12% 62%)'
