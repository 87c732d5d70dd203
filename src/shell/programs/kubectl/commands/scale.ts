// kubectl scale: set spec.replicas of deployments, replica sets and stateful sets
// (k8s.io/kubectl pkg/cmd/scale; `deployment.apps/blue scaled`).
import type { KObject } from '../../../../sim'
import { defineKubectlCommand, fail } from '../command'
import { flagInt, flagString } from '../flags'
import { printName, resourceName } from '../printers/name'
import { requiredFlagMissing } from '../util/klog'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, withDryRun } from '../util/dryRun'
import { findTargets } from './deleteTargets'

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet']

export const scaleCommand = defineKubectlCommand({
  name: 'scale',
  short: 'Set a new size for a deployment, replica set, or replication controller',
  flags: [
    { name: 'all', type: 'bool' },
    { name: 'current-replicas', type: 'int', default: -1 },
    DRY_RUN_FLAG,
    { name: 'filename', short: 'f', type: 'stringSlice' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'replicas', type: 'int', default: 0 },
    { name: 'resource-version', type: 'string' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'timeout', type: 'duration', default: 0 },
  ],
  run: async (inv) => {
    if (!inv.flags.changed.has('replicas')) return requiredFlagMissing(inv.ctx, 'replicas')
    const replicas = flagInt(inv.flags, 'replicas')
    let dryRun
    try {
      dryRun = dryRunStrategy(inv.ctx, inv.flags)
    } catch (e) {
      if (e instanceof DryRunError) return fail(inv, e.message)
      throw e
    }
    const t = findTargets(inv, inv.args)
    if (typeof t === 'string') return fail(inv, t)
    if (replicas < 0)
      return fail(
        inv,
        'The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0',
      )
    if (t.errors.length && !t.found.length)
      return fail(
        inv,
        `no objects passed to scale ${t.errors[0].replace(/^Error from server \(\w+\): /, '')}`,
      )
    const current = flagInt(inv.flags, 'current-replicas')
    for (const { info, obj } of t.found) {
      // A client dry run prints without asking the server; otherwise the scale client GETs
      // <resource>/<name>/scale, which the API server answers with a bare 404 for kinds that
      // have no scale subresource (client-go scale/client.go; kube-apiserver's NotFound handler)
      if (!SCALABLE.includes(info.kind)) {
        if (dryRun === 'client') {
          inv.out(`${resourceName(obj)} ${withDryRun('scaled', dryRun)}\n`)
          continue
        }
        inv.err('Error from server (NotFound): the server could not find the requested resource\n')
        return 1
      }
      const spec = obj.spec as { replicas?: number }
      if (current >= 0 && (spec.replicas ?? 1) !== current)
        return fail(inv, `Expected replicas to be ${current}, was ${spec.replicas ?? 1}`)
      if (dryRun !== 'client')
        inv.client.patch<KObject>(
          info.kind,
          obj.metadata.namespace,
          obj.metadata.name,
          (o) => {
            ;(o.spec as { replicas?: number }).replicas = replicas
          },
          { dryRun: dryRun === 'server' },
        )
      if (flagString(inv.flags, 'output') === 'name') inv.out(printName(obj))
      else inv.out(`${resourceName(obj)} ${withDryRun('scaled', dryRun)}\n`)
    }
    for (const e of t.errors) inv.err(`${e}\n`)
    return t.errors.length ? 1 : 0
  },
})
