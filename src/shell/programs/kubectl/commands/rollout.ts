// kubectl rollout status|restart deployment/NAME: waits in virtual time with kubectl's messages.
// Mirrors k8s.io/kubectl pkg/cmd/rollout (rollout_status.go, rollout_restart.go) and
// polymorphichelpers/rollout_status.go (DeploymentStatusViewer).
import type { Deployment } from '../../../../sim'
import { defineKubectlCommand, fail, usageError, type Invocation } from '../command'
import { flagBool, flagInt } from '../flags'
import { HELP_TEXTS } from '../help/texts'
import { parseResourceArgs } from './resourceArgs'

/** How often we look again while waiting (kubectl watches; any interval prints the same lines). */
const POLL_MS = 1_000

function deploymentArg(inv: Invocation): Deployment | number {
  if (!inv.args.length) return fail(inv, 'required resource not specified')
  const parsed = parseResourceArgs(inv.args)
  if (!parsed.ok) return fail(inv, parsed.error)
  const req = parsed.requests[0]
  if (!req.names.length) return fail(inv, 'required resource not specified')
  if (req.info.kind !== 'Deployment')
    return fail(inv, `no status viewer has been implemented for ${req.info.kind}`)
  return inv.client.get<Deployment>('Deployment', inv.namespace, req.names[0])
}

/** DeploymentStatusViewer.Status: the line to print and whether the rollout is done. */
export function deploymentStatus(d: Deployment): { msg: string; done: boolean } {
  const name = d.metadata!.name!
  const s = d.status ?? {}
  const want = d.spec?.replicas ?? 1
  if ((d.metadata!.generation ?? 0) > (s.observedGeneration ?? 0))
    return { msg: 'Waiting for deployment spec update to be observed...\n', done: false }
  const updated = s.updatedReplicas ?? 0
  if (updated < want)
    return {
      msg: `Waiting for deployment ${JSON.stringify(name)} rollout to finish: ${updated} out of ${want} new replicas have been updated...\n`,
      done: false,
    }
  if ((s.replicas ?? 0) > updated)
    return {
      msg: `Waiting for deployment ${JSON.stringify(name)} rollout to finish: ${(s.replicas ?? 0) - updated} old replicas are pending termination...\n`,
      done: false,
    }
  if ((s.availableReplicas ?? 0) < updated)
    return {
      msg: `Waiting for deployment ${JSON.stringify(name)} rollout to finish: ${s.availableReplicas ?? 0} of ${updated} updated replicas are available...\n`,
      done: false,
    }
  return { msg: `deployment ${JSON.stringify(name)} successfully rolled out\n`, done: true }
}

const status = defineKubectlCommand({
  name: 'status',
  flags: [
    { name: 'filename', short: 'f', type: 'stringSlice' },
    { name: 'revision', type: 'int', default: 0 },
    { name: 'timeout', type: 'duration', default: 0 },
    { name: 'watch', short: 'w', type: 'bool', default: true },
    { name: 'selector', short: 'l', type: 'string' },
  ],
  run: async (inv) => {
    const first = deploymentArg(inv)
    if (typeof first === 'number') return first
    const timeoutMs = flagInt(inv.flags, 'timeout')
    const deadline = timeoutMs > 0 ? inv.ctx.world.clock.now() + timeoutMs : Infinity
    let last = ''
    for (;;) {
      const d = inv.client.get<Deployment>('Deployment', inv.namespace, first.metadata!.name!)
      const st = deploymentStatus(d)
      if (st.msg !== last) inv.out(st.msg)
      last = st.msg
      if (st.done || !flagBool(inv.flags, 'watch')) return 0
      if (inv.ctx.world.clock.now() >= deadline)
        return fail(inv, 'timed out waiting for the condition')
      await inv.ctx.sleep(POLL_MS)
    }
  },
})

const restart = defineKubectlCommand({
  name: 'restart',
  flags: [{ name: 'selector', short: 'l', type: 'string' }],
  run: async (inv) => {
    const d = deploymentArg(inv)
    if (typeof d === 'number') return d
    const at = new Date(inv.ctx.world.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')
    inv.client.patch<Deployment>('Deployment', inv.namespace, d.metadata!.name!, (x) => {
      const t = x.spec!.template
      t.metadata = t.metadata ?? {}
      t.metadata.annotations = {
        ...t.metadata.annotations,
        'kubectl.kubernetes.io/restartedAt': at,
      }
    })
    inv.out(`deployment.apps/${d.metadata!.name} restarted\n`)
    return 0
  },
})

export const rolloutCommand = defineKubectlCommand({
  name: 'rollout',
  short: 'Manage the rollout of a resource',
  flags: [],
  subcommands: [status, restart],
  run: async (inv) => {
    if (inv.args.length)
      return usageError(inv, `unknown command ${JSON.stringify(inv.args.join(' '))}`)
    // DefaultSubCommandRun: help on stdout, then exit 1
    inv.out(HELP_TEXTS.rollout ?? '')
    return 1
  },
})
