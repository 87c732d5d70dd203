// cobra's "Did you mean this?": Levenshtein distance <= 2 (SuggestionsMinimumDistance) or a prefix.
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

/**
 * kubectl's top-level commands (including ones we do not simulate) in the order cmd.go adds them:
 * the help groups, then config, plugin, version, api-versions, api-resources, options. kubectl
 * turns cobra's command sorting off, so suggestions come in this order.
 */
export const ALL_KUBECTL_COMMANDS = [
  ...['create', 'expose', 'run', 'set'],
  ...['explain', 'get', 'edit', 'delete'],
  ...['rollout', 'scale', 'autoscale'],
  ...['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'],
  ...['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug'],
  'events',
  ...['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'],
  ...['label', 'annotate', 'completion'],
  ...['config', 'plugin', 'version', 'api-versions', 'api-resources', 'options'],
]

/** cobra's SuggestionsFor: Levenshtein distance <= 2 ignoring case, or a case-insensitive prefix. */
export function suggestCommands(typed: string): string[] {
  const t = typed.toLowerCase()
  return ALL_KUBECTL_COMMANDS.filter((n) => levenshtein(t, n) <= 2 || n.startsWith(t))
}
