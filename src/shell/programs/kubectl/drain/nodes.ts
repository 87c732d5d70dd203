// The nodes a cordon/uncordon/drain command acts on: named ones (each looked up before any change,
// the first NotFound stops the command) or those matching -l. Mirrors DrainCmdOptions.Complete
// (k8s.io/kubectl pkg/cmd/drain/drain.go) and its resource builder.
import { parseLabelSelector, SelectorParseError, type Node } from '../../../../sim'
import { fail, usageError, type Invocation } from '../command'
import { flagString } from '../flags'
import { DryRunError, dryRunStrategy, type DryRunStrategy } from '../util/dryRun'

export interface NodeTargets {
  nodes: Node[]
  dryRun: DryRunStrategy
}

/** Validate args/flags like Complete does; returns an exit code when the command must stop. */
export function resolveNodeTargets(
  inv: Invocation,
  verb: string,
  extraCheck?: () => number | undefined,
): NodeTargets | number {
  const selector = flagString(inv.flags, 'selector')
  if (!inv.args.length && !inv.flags.changed.has('selector'))
    return usageError(inv, `USAGE: ${verb} NODE [flags]`)
  if (inv.args.length && selector)
    return usageError(inv, 'cannot specify both a node name and a --selector option')
  let dryRun: DryRunStrategy
  try {
    dryRun = dryRunStrategy(inv.ctx, inv.flags)
  } catch (e) {
    if (e instanceof DryRunError) return fail(inv, e.message)
    throw e
  }
  const stop = extraCheck?.()
  if (stop !== undefined) return stop
  if (inv.args.length) {
    // the first missing node throws NotFound before anything changes
    const nodes = inv.args.map((name) => inv.client.get<Node>('Node', undefined, name))
    return { nodes, dryRun }
  }
  try {
    return {
      nodes: inv.client.list<Node>('Node', { labelSelector: parseLabelSelector(selector) }),
      dryRun,
    }
  } catch (e) {
    if (e instanceof SelectorParseError) return fail(inv, e.message)
    throw e
  }
}
