// printers.go printNode: NAME STATUS ROLES AGE VERSION (+ INTERNAL-IP EXTERNAL-IP OS-IMAGE
// KERNEL-VERSION CONTAINER-RUNTIME).
import type { Node } from '../../../../../sim'
import { translateTimestampSince } from '../../util/duration'
import { defineColumns } from './types'

const NODE_ROLE_PREFIX = 'node-role.kubernetes.io/'
const NODE_ROLE_LABEL = 'kubernetes.io/role'

/** findNodeRoles: sorted role names from node-role.kubernetes.io/<role> and kubernetes.io/role. */
export function nodeRoles(node: Node): string[] {
  const roles = new Set<string>()
  for (const [k, v] of Object.entries(node.metadata?.labels ?? {})) {
    if (k.startsWith(NODE_ROLE_PREFIX)) {
      const role = k.slice(NODE_ROLE_PREFIX.length)
      if (role) roles.add(role)
    } else if (k === NODE_ROLE_LABEL && v !== '') roles.add(v)
  }
  return [...roles].sort()
}

/** `Ready`, `NotReady`, `Unknown`, each with `,SchedulingDisabled` when cordoned. */
export function nodeStatus(node: Node): string {
  const status: string[] = []
  const ready = (node.status?.conditions ?? []).filter((c) => c.type === 'Ready').pop()
  if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady')
  if (!status.length) status.push('Unknown')
  if (node.spec?.unschedulable) status.push('SchedulingDisabled')
  return status.join(',')
}

function address(node: Node, type: string): string {
  return (node.status?.addresses ?? []).find((a) => a.type === type)?.address ?? '<none>'
}

export const nodeColumns = defineColumns<Node>(
  [
    { name: 'NAME' },
    { name: 'STATUS' },
    { name: 'ROLES' },
    { name: 'AGE' },
    { name: 'VERSION' },
    { name: 'INTERNAL-IP', wide: true },
    { name: 'EXTERNAL-IP', wide: true },
    { name: 'OS-IMAGE', wide: true },
    { name: 'KERNEL-VERSION', wide: true },
    { name: 'CONTAINER-RUNTIME', wide: true },
  ],
  (node, now) => {
    const info = node.status?.nodeInfo
    return [
      node.metadata?.name ?? '',
      nodeStatus(node),
      nodeRoles(node).join(',') || '<none>',
      translateTimestampSince(node.metadata?.creationTimestamp, now),
      info?.kubeletVersion ?? '',
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      info?.osImage || '<unknown>',
      info?.kernelVersion || '<unknown>',
      info?.containerRuntimeVersion || '<unknown>',
    ]
  },
)
