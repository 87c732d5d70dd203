// Static pods: the kubelet's file source (pkg/kubelet/config/file.go, common.go) and its mirror
// pods (pkg/kubelet/pod/mirror_client.go): manifests in /etc/kubernetes/manifests become pods
// `<name>-<node>` the API shows; a changed or removed manifest replaces or removes its pod.
import type { Node, Pod } from '../api/types'
import type { ControllerContext } from '../controllers/framework'
import { informerFor } from '../controllers/informer'
import type { Host } from '../hosts/host'
import { fnv32a } from '../random'
import { parseYaml } from '../kubeadm/yaml'

export const STATIC_POD_PATH = '/etc/kubernetes/manifests'
export const MIRROR_ANNOTATION = 'kubernetes.io/config.mirror'
const HASH_ANNOTATION = 'kubernetes.io/config.hash'

interface Manifest {
  pod: Pod
  hash: string
}

function contentHash(s: string): string {
  let out = ''
  for (let i = 0; i < 4; i++) out += fnv32a(`${i}\u0000${s}`).toString(16).padStart(8, '0')
  return out
}

/** Parsed manifests by file content: a re-read of an unchanged file costs a map lookup. */
const parsed = new Map<string, Manifest | null>()

function parseManifest(text: string): Manifest | null {
  const hit = parsed.get(text)
  if (hit !== undefined) return hit
  let m: Manifest | null = null
  try {
    const pod = parseYaml(text) as Pod | null
    if (pod && pod.kind === 'Pod' && pod.metadata?.name && pod.spec?.containers?.length)
      m = { pod, hash: contentHash(text) }
  } catch {
    m = null // upstream logs "Could not process manifest file" and skips it
  }
  if (parsed.size > 500) parsed.clear()
  parsed.set(text, m)
  return m
}

/** Every valid Pod manifest in the directory (files whose names do not start with a dot). */
export function readManifests(host: Host): Manifest[] {
  if (!host.fs.isDir(STATIC_POD_PATH)) return []
  const out: Manifest[] = []
  for (const f of host.fs.list(STATIC_POD_PATH)) {
    if (f.startsWith('.')) continue
    const text = host.fs.tryRead(`${STATIC_POD_PATH}/${f}`)
    if (text === undefined) continue
    const m = parseManifest(text)
    if (m) out.push(m)
  }
  return out
}

export function isMirrorPod(pod: Pod): boolean {
  return !!pod.metadata?.annotations?.[MIRROR_ANNOTATION]
}

/** The mirror pod the API server stores for a static pod on this node. */
function mirrorPod(m: Manifest, node: Node, now: number): Pod {
  const nodeName = node.metadata!.name!
  const src = m.pod
  const seen = new Date(now).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z')
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${src.metadata!.name}-${nodeName}`,
      namespace: src.metadata!.namespace || 'default',
      labels: src.metadata!.labels,
      annotations: {
        ...(src.metadata!.annotations ?? {}),
        [HASH_ANNOTATION]: m.hash,
        [MIRROR_ANNOTATION]: m.hash,
        'kubernetes.io/config.seen': seen,
        'kubernetes.io/config.source': 'file',
      },
      ownerReferences: [
        {
          apiVersion: 'v1',
          kind: 'Node',
          name: nodeName,
          uid: node.metadata!.uid!,
          controller: true,
        },
      ],
    },
    spec: {
      ...structuredClone(src.spec!),
      nodeName,
      // Static pods tolerate all NoExecute taints (kubelet config/common.go applyDefaults).
      tolerations: [...(src.spec!.tolerations ?? []), { operator: 'Exists', effect: 'NoExecute' }],
    },
    status: { phase: 'Pending' },
  }
}

/** Make the node's mirror pods match its manifests. Returns true when anything changed. */
export function syncStaticPods(host: Host, node: Node, ctx: ControllerContext): boolean {
  const { client } = ctx
  const nodeName = node.metadata!.name!
  const want = new Map<string, Manifest>()
  for (const m of readManifests(host)) {
    want.set(`${m.pod.metadata!.namespace || 'default'}/${m.pod.metadata!.name}-${nodeName}`, m)
  }
  let changed = false
  for (const pod of informerFor(client.store).podsOn(nodeName)) {
    if (!isMirrorPod(pod)) continue
    const key = `${pod.metadata!.namespace}/${pod.metadata!.name}`
    const m = want.get(key)
    if (
      m &&
      pod.metadata!.annotations![HASH_ANNOTATION] === m.hash &&
      !pod.metadata!.deletionTimestamp
    ) {
      want.delete(key)
      continue
    }
    client.forceRemove('Pod', pod.metadata!.namespace, pod.metadata!.name!)
    changed = true
  }
  for (const [key, m] of want) {
    const [ns, name] = key.split('/')
    if (client.tryGet('Pod', ns, name)) continue // a regular pod holds the name
    if (!client.tryGet('Namespace', undefined, ns)) continue
    client.create<Pod>(mirrorPod(m, node, ctx.clock.now()))
    changed = true
  }
  return changed
}
