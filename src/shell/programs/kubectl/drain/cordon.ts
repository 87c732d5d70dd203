// Marking a node (un)schedulable. Mirrors k8s.io/kubectl pkg/drain/cordon.go (CordonHelper) and
// RunCordonOrUncordon in pkg/cmd/drain/drain.go: `node/x cordoned`, `already cordoned`, dry runs.
import { isApiError, type ApiClient, type Node } from '../../../../sim'
import { withDryRun, type DryRunStrategy } from '../util/dryRun'

/** Does the node need a change to reach `desired` unschedulability? */
export function updateRequired(node: Node, desired: boolean): boolean {
  return (node.spec?.unschedulable ?? false) !== desired
}

/** PatchOrReplace: a strategic-merge patch of spec.unschedulable (false removes the field). */
export function patchUnschedulable(
  client: ApiClient,
  name: string,
  desired: boolean,
  serverDryRun: boolean,
): void {
  client.patch<Node>(
    'Node',
    undefined,
    name,
    (n) => {
      n.spec = n.spec ?? {}
      if (desired) n.spec.unschedulable = true
      else delete n.spec.unschedulable
    },
    { dryRun: serverDryRun },
  )
}

/** RunCordonOrUncordon over nodes already looked up; never fails the command (errors go to stderr). */
export function runCordonOrUncordon(
  client: ApiClient,
  nodes: Node[],
  desired: boolean,
  dryRun: DryRunStrategy,
  out: (s: string) => void,
  err: (s: string) => void,
): void {
  const verb = desired ? 'cordon' : 'uncordon'
  for (const node of nodes) {
    const name = node.metadata!.name!
    if (!updateRequired(node, desired)) {
      out(`node/${name} ${withDryRun(`already ${verb}ed`, dryRun)}\n`)
      continue
    }
    if (dryRun !== 'client') {
      try {
        patchUnschedulable(client, name, desired, dryRun === 'server')
      } catch (e) {
        if (!isApiError(e)) throw e
        err(`error: unable to ${verb} node ${JSON.stringify(name)}: ${e.message}\n`)
        continue
      }
    }
    out(`node/${name} ${withDryRun(`${verb}ed`, dryRun)}\n`)
  }
}
