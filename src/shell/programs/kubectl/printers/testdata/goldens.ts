// Test helper: the real kubectl outputs recorded by record.py (realkubectl.sh over the worlds
// in this folder) and the objects each recorded `kubectl get` printed.
import kubeadmGoldens from './kubeadm-world.golden.json'
import exampleGoldens from './example-world.golden.json'
import printerGoldens from './printer-world.golden.json'
import kubeadmWorld from './kubeadm-world.json'
import exampleWorld from './example-world.json'
import printerWorld from './printer-world.json'

export interface Golden {
  cmd: string
  out: string
  rc: number
}

type Obj = Record<string, unknown> & {
  kind: string
  metadata: { name: string; namespace?: string }
}

export const WORLDS = ['kubeadm-world', 'example-world', 'printer-world'] as const
export type WorldName = (typeof WORLDS)[number]

const DATA: Record<WorldName, { goldens: unknown; world: unknown }> = {
  'kubeadm-world': { goldens: kubeadmGoldens, world: kubeadmWorld },
  'example-world': { goldens: exampleGoldens, world: exampleWorld },
  'printer-world': { goldens: printerGoldens, world: printerWorld },
}

export function goldens(world: WorldName): Golden[] {
  return DATA[world].goldens as Golden[]
}

const RESOURCES: Record<string, string> = {
  pod: 'Pod',
  pods: 'Pod',
  node: 'Node',
  nodes: 'Node',
  deploy: 'Deployment',
  rs: 'ReplicaSet',
  ds: 'DaemonSet',
  lease: 'Lease',
  events: 'Event',
  pdb: 'PodDisruptionBudget',
  cm: 'ConfigMap',
}
const CLUSTER_SCOPED = new Set(['Node'])

/** Shell-like split of a recorded command line (single and double quotes). */
export function splitArgs(cmd: string): string[] {
  const out: string[] = []
  let cur = ''
  let quote = ''
  let has = false
  for (const ch of cmd) {
    if (quote) {
      if (ch === quote) quote = ''
      else cur += ch
    } else if (ch === "'" || ch === '"') {
      quote = ch
      has = true
    } else if (ch === ' ') {
      if (cur || has) out.push(cur)
      cur = ''
      has = false
    } else cur += ch
  }
  if (cur || has) out.push(cur)
  return out
}

export interface GetCall {
  /** the object kubectl printed: a single object, or the v1 List of several */
  objects: Obj[]
  single: boolean
  output: string
  noHeaders: boolean
}

/** What `kubectl get ...` in a golden selects from its world, in the API server's order. */
export function selectFor(world: WorldName, cmd: string): GetCall {
  const items = structuredClone((DATA[world].world as { items: Obj[] }).items)
  const args = splitArgs(cmd).slice(2)
  let ns: string | undefined = 'default'
  let output = ''
  let noHeaders = false
  const pos: string[] = []
  for (let i = 0; i < args.length; i++) {
    const a = args[i]
    if (a === '-A') ns = undefined
    else if (a === '-n') ns = args[++i]
    else if (a === '-o') output = args[++i]
    else if (a === '--no-headers') noHeaders = true
    else pos.push(a)
  }
  const kinds = pos[0].split(',').map((r) => RESOURCES[r])
  const names = pos.slice(1)
  const objects: Obj[] = []
  for (const kind of kinds) {
    const matching = items
      .filter((o) => o.kind === kind)
      .filter((o) => CLUSTER_SCOPED.has(kind) || ns === undefined || o.metadata.namespace === ns)
      .filter((o) => names.length === 0 || names.includes(o.metadata.name))
      .sort((a, b) =>
        `${a.metadata.namespace ?? ''}/${a.metadata.name}` <
        `${b.metadata.namespace ?? ''}/${b.metadata.name}`
          ? -1
          : 1,
      )
    objects.push(...matching)
  }
  return { objects, single: names.length === 1 && kinds.length === 1, output, noHeaders }
}
