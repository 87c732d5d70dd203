// Tab completion for kubectl, in the spirit of `kubectl completion bash` (cobra's __complete):
// subcommands, flags of the command, resource types, object names from the cluster, node names,
// namespaces for -n and output formats for -o.
import { KINDS, resolveResource, type World } from '../../../sim'
import type { SessionState } from '../../types'
import { COMMANDS } from './commands'
import type { KubectlCommand } from './command'
import { GLOBAL_FLAGS } from './globalFlags'

const OUTPUT_FORMATS = ['json', 'yaml', 'name', 'wide', 'jsonpath=', 'custom-columns=']
/** Verbs whose first argument is a node name rather than a resource type. */
const NODE_VERBS = new Set(['drain', 'cordon', 'uncordon'])
/** Verbs that take TYPE [NAME...]. */
const RESOURCE_VERBS = new Set([
  'get',
  'describe',
  'delete',
  'label',
  'annotate',
  'scale',
  'taint',
  'edit',
])

/** Positional words before the one being completed, with flags and their values removed. */
function positionals(words: string[], cmd?: KubectlCommand): string[] {
  const flags = [...(cmd?.flags ?? []), ...GLOBAL_FLAGS]
  const takesValue = (w: string) => {
    const f = w.startsWith('--')
      ? flags.find((d) => d.name === w.slice(2))
      : w.length === 2
        ? flags.find((d) => d.short === w[1])
        : undefined
    return f !== undefined && f.type !== 'bool'
  }
  const out: string[] = []
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]
    if (w.startsWith('-')) {
      if (!w.includes('=') && takesValue(w)) i++
    } else out.push(w)
  }
  return out
}

function commandFor(words: string[]): { cmd?: KubectlCommand; rest: string[] } {
  const pos = positionals(words)
  if (!pos.length) return { rest: [] }
  let cmd = COMMANDS.find((c) => c.name === pos[0] || c.aliases?.includes(pos[0]))
  if (!cmd) return { rest: [] }
  let j = 1
  while (cmd.subcommands && j < pos.length) {
    const child: KubectlCommand | undefined = cmd.subcommands.find((c) => c.name === pos[j])
    if (!child) break
    cmd = child
    j++
  }
  return { cmd, rest: positionals(words, cmd).slice(j) }
}

function namespaceOf(words: string[]): string | undefined {
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]
    if ((w === '-n' || w === '--namespace') && i + 1 < words.length - 1) return words[i + 1]
    const m = /^(?:--namespace=|-n=?)(.+)$/.exec(w)
    if (m && w !== '-n') return m[1]
  }
  return undefined
}

function names(world: World, session: SessionState, kind: string, namespace?: string): string[] {
  const cluster = world.cluster(session.cluster ?? world.hosts.get(session.host)?.cluster)
  if (!cluster) return []
  return cluster.client
    .list(kind, { namespace: namespace ?? 'default' })
    .map((o) => o.metadata.name)
}

/** Candidates for the last word of `words` (the word being completed; may be ''). */
export function completeKubectl(
  words: string[],
  ctx: { world: World; session: SessionState },
): string[] | undefined {
  const word = words[words.length - 1]
  const prev = words[words.length - 2]
  const { cmd, rest } = commandFor(words)
  if (prev === '-n' || prev === '--namespace') return names(ctx.world, ctx.session, 'Namespace')
  if (prev === '-o' || prev === '--output') return OUTPUT_FORMATS
  if (word.startsWith('-')) {
    const flags = [...(cmd?.flags ?? []), ...GLOBAL_FLAGS]
    return flags.map((f) => `--${f.name}`)
  }
  if (!cmd) return COMMANDS.map((c) => c.name)
  if (cmd.subcommands?.length && rest.length === 0) return cmd.subcommands.map((c) => c.name)
  const ns = namespaceOf(words)
  if (NODE_VERBS.has(cmd.name)) return names(ctx.world, ctx.session, 'Node')
  if (!RESOURCE_VERBS.has(cmd.name) && cmd.name !== 'status' && cmd.name !== 'restart') return []
  if (rest.length === 0) {
    const slash = word.indexOf('/')
    if (slash > 0) {
      const info = resolveResource(word.slice(0, slash))
      if (!info) return []
      return names(ctx.world, ctx.session, info.kind, ns).map((n) => `${word.slice(0, slash)}/${n}`)
    }
    return KINDS.flatMap((k) => [k.plural, k.singular, ...k.shortNames])
  }
  const info = resolveResource(rest[0])
  return info ? names(ctx.world, ctx.session, info.kind, ns) : []
}
