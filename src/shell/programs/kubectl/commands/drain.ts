// kubectl drain: cordon the nodes, then evict (or delete) their pods node by node.
// Mirrors k8s.io/kubectl pkg/cmd/drain/drain.go (RunDrain, deleteOrEvictPodsSimple) at v0.32.4.
import { parseLabelSelector, SelectorParseError, type Node, type Pod } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { flagBool, flagInt, flagString } from '../flags'
import { runCordonOrUncordon } from '../drain/cordon'
import { DrainHelper } from '../drain/drain'
import { Aggregate, checkErrText, errorText, newAggregate, type GoError } from '../drain/errors'
import { resolveNodeTargets } from '../drain/nodes'
import { DRY_RUN_FLAG, withDryRun, type DryRunStrategy } from '../util/dryRun'

export const drain = defineKubectlCommand({
  name: 'drain',
  short: 'Drain node in preparation for maintenance',
  flags: [
    { name: 'chunk-size', type: 'int', default: 500 },
    { name: 'delete-emptydir-data', type: 'bool' },
    { name: 'disable-eviction', type: 'bool' },
    DRY_RUN_FLAG,
    { name: 'force', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'ignore-daemonsets', type: 'bool' },
    { name: 'pod-selector', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'skip-wait-for-delete-timeout', type: 'int', default: 0 },
    { name: 'timeout', type: 'duration', default: 0 },
  ],
  run: runDrain,
})

async function runDrain(inv: Invocation): Promise<number> {
  const podSelector = flagString(inv.flags, 'pod-selector')
  const t = resolveNodeTargets(inv, 'drain', () => {
    if (!podSelector) return undefined
    try {
      parseLabelSelector(podSelector)
      return undefined
    } catch (e) {
      if (e instanceof SelectorParseError)
        return fail(inv, '--pod-selector=<pod_selector> must be a valid label selector')
      throw e
    }
  })
  if (typeof t === 'number') return t
  const { nodes, dryRun } = t
  runCordonOrUncordon(inv.client, nodes, true, dryRun, inv.out, inv.err)
  const helper = makeHelper(inv, dryRun)
  const fatal: GoError[] = []
  const remaining: string[] = []
  for (const node of nodes) {
    const name = node.metadata!.name!
    const err = await deleteOrEvictPodsSimple(inv, helper, node, dryRun)
    if (err === undefined) {
      inv.out(`node/${name} ${withDryRun('drained', dryRun)}\n`)
      continue
    }
    inv.err(
      `error: unable to drain node ${JSON.stringify(name)} due to error: ${errorText(err)}, continuing command...\n`,
    )
    remaining.push(name)
    fatal.push(err)
  }
  if (remaining.length) {
    inv.err(`There are pending nodes to be drained:\n${remaining.map((n) => ` ${n}\n`).join('')}`)
  }
  const agg = newAggregate(fatal)
  if (!agg) return 0
  inv.err(checkErrText(agg))
  return 1
}

function makeHelper(inv: Invocation, dryRun: DryRunStrategy): DrainHelper {
  const f = inv.flags
  return new DrainHelper({
    client: inv.client,
    force: flagBool(f, 'force'),
    ignoreAllDaemonSets: flagBool(f, 'ignore-daemonsets'),
    deleteEmptyDirData: flagBool(f, 'delete-emptydir-data'),
    gracePeriodSeconds: flagInt(f, 'grace-period'),
    timeoutMs: flagInt(f, 'timeout'),
    podSelector: flagString(f, 'pod-selector'),
    disableEviction: flagBool(f, 'disable-eviction'),
    skipWaitForDeleteTimeoutSeconds: flagInt(f, 'skip-wait-for-delete-timeout'),
    dryRun,
    now: () => inv.ctx.world.clock.now(),
    sleep: (ms) => inv.ctx.sleep(ms),
    out: inv.out,
    err: inv.err,
    onFinished: (pod: Pod, usingEviction: boolean, failed: boolean) => {
      const verb = usingEviction
        ? failed
          ? 'eviction failed'
          : 'evicted'
        : failed
          ? 'deletion failed'
          : 'deleted'
      inv.out(`pod/${pod.metadata!.name} ${withDryRun(verb, dryRun)}\n`)
    },
  })
}

async function deleteOrEvictPodsSimple(
  inv: Invocation,
  helper: DrainHelper,
  node: Node,
  dryRun: DryRunStrategy,
): Promise<GoError | undefined> {
  const nodeName = node.metadata!.name!
  const { list, errs } = helper.getPodsForDeletion(nodeName)
  if (errs) return new Aggregate(errs)
  const warnings = list!.warnings()
  if (warnings) inv.err(`Warning: ${warnings}\n`)
  if (dryRun === 'client') {
    for (const pod of list!.pods())
      inv.out(`evicting pod ${pod.metadata!.namespace}/${pod.metadata!.name} (dry run)\n`)
    return undefined
  }
  const err = await helper.deleteOrEvictPods(list!.pods())
  if (err === undefined) return undefined
  const pending = helper.getPodsForDeletion(nodeName)
  const pods = pending.list?.pods() ?? []
  if (pods.length) {
    inv.err(
      `There are pending pods in node ${JSON.stringify(nodeName)} when an error occurred: ${errorText(err)}\n`,
    )
    for (const p of pods) inv.err(`pod/${p.metadata!.name}\n`)
  }
  if (pending.errs) {
    inv.err(
      `Following errors occurred while getting the list of pods to delete:\n${errorText(new Aggregate(pending.errs))}`,
    )
  }
  return err
}
