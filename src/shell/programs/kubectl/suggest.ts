// cobra's "Did you mean this?": Levenshtein distance <= 2 (SuggestionsMinimumDistance) or a prefix.
import type { KubectlCommand } from './command'

function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ])
  for (let j = 1; j <= b.length; j++) d[0][j] = j
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
  return d[a.length][b.length]
}

/** All of kubectl's top-level command names (including ones we do not simulate), sorted as cobra lists them. */
export const ALL_KUBECTL_COMMANDS = [
  'annotate',
  'api-resources',
  'api-versions',
  'apply',
  'attach',
  'auth',
  'autoscale',
  'certificate',
  'cluster-info',
  'completion',
  'config',
  'cordon',
  'cp',
  'create',
  'debug',
  'delete',
  'describe',
  'diff',
  'drain',
  'edit',
  'events',
  'exec',
  'explain',
  'expose',
  'get',
  'help',
  'kustomize',
  'label',
  'logs',
  'options',
  'patch',
  'plugin',
  'port-forward',
  'proxy',
  'replace',
  'rollout',
  'run',
  'scale',
  'set',
  'taint',
  'top',
  'uncordon',
  'version',
  'wait',
]

export function suggestCommands(typed: string, commands: KubectlCommand[]): string[] {
  const names = new Set([...ALL_KUBECTL_COMMANDS, ...commands.map((c) => c.name)])
  const t = typed.toLowerCase()
  return [...names]
    .sort()
    .filter((n) => n !== 'help' && (levenshtein(t, n) <= 2 || n.startsWith(t)))
}
