// kubectl run NAME --image=… [--labels] [--restart] [--port] [--env] [-- COMMAND ARGS]: one bare pod.
// Mirrors k8s.io/kubectl pkg/cmd/run/run.go and generate/versioned/run.go (BasicPod).
import type { KObject } from '../../../../sim'
import { defineKubectlCommand, fail, usageError } from '../command'
import { flagBool, flagInt, flagList, flagString } from '../flags'
import { requiredFlagMissing } from '../util/klog'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy } from '../util/dryRun'
import { printCreated } from './createOutput'

export const runCommand = defineKubectlCommand({
  name: 'run',
  short: 'Run a particular image on the cluster',
  flags: [
    DRY_RUN_FLAG,
    { name: 'command', type: 'bool' },
    { name: 'env', type: 'stringArray' },
    { name: 'image', type: 'string' },
    { name: 'image-pull-policy', type: 'string' },
    { name: 'labels', short: 'l', type: 'string' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'port', type: 'string' },
    { name: 'restart', type: 'string', default: 'Always' },
    { name: 'rm', type: 'bool' },
    { name: 'stdin', short: 'i', type: 'bool' },
    { name: 'tty', short: 't', type: 'bool' },
    { name: 'overrides', type: 'string' },
    { name: 'annotations', type: 'stringArray' },
    { name: 'grace-period', type: 'int', default: -1 },
  ],
  run: async (inv) => {
    const image = flagString(inv.flags, 'image')
    if (!inv.flags.changed.has('image')) return requiredFlagMissing(inv.ctx, 'image')
    const at = inv.flags.dashAt < 0 ? inv.args.length : inv.flags.dashAt
    const positional = { before: inv.args.slice(0, at), after: inv.args.slice(at) }
    if (!positional.before.length) return usageError(inv, 'NAME is required for run')
    const name = positional.before[0]
    const restart = flagString(inv.flags, 'restart')
    if (!['Always', 'OnFailure', 'Never'].includes(restart))
      return usageError(inv, `invalid restart policy: ${restart}`)
    const labels: Record<string, string> = {}
    const labelSpec = flagString(inv.flags, 'labels')
    if (labelSpec) {
      for (const kv of labelSpec.split(',')) {
        const i = kv.indexOf('=')
        if (i <= 0) return fail(inv, `unexpected label spec: ${kv}`)
        labels[kv.slice(0, i)] = kv.slice(i + 1)
      }
    } else labels.run = name
    let dryRun
    try {
      dryRun = dryRunStrategy(inv.ctx, inv.flags)
    } catch (e) {
      if (e instanceof DryRunError) return fail(inv, e.message)
      throw e
    }
    const port = flagString(inv.flags, 'port')
    const env = flagList(inv.flags, 'env').map((kv) => ({
      name: kv.split('=')[0],
      value: kv.slice(kv.indexOf('=') + 1),
    }))
    const extra = [...positional.before.slice(1), ...positional.after]
    const container: Record<string, unknown> = {
      ...(extra.length ? { [flagBool(inv.flags, 'command') ? 'command' : 'args']: extra } : {}),
      ...(env.length ? { env } : {}),
      image,
      ...(flagString(inv.flags, 'image-pull-policy')
        ? { imagePullPolicy: flagString(inv.flags, 'image-pull-policy') }
        : {}),
      name,
      ...(port ? { ports: [{ containerPort: Number(port) }] } : {}),
      resources: {},
    }
    const grace = flagInt(inv.flags, 'grace-period')
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        creationTimestamp: null,
        labels,
        name,
        ...(inv.namespaceExplicit ? { namespace: inv.namespace } : {}),
      },
      spec: {
        containers: [container],
        dnsPolicy: 'ClusterFirst',
        restartPolicy: restart,
        ...(grace >= 0 ? { terminationGracePeriodSeconds: grace } : {}),
      },
      status: {},
    } as unknown as KObject
    if (dryRun !== 'client') inv.client.create(pod, { dryRun: dryRun === 'server' })
    return printCreated(inv, pod, flagString(inv.flags, 'output'), dryRun)
  },
})
