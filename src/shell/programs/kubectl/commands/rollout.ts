// kubectl rollout status|restart deployment/NAME: waits in virtual time with kubectl's messages.
// Mirrors k8s.io/kubectl pkg/cmd/rollout (rollout_status.go, rollout_restart.go) and
// polymorphichelpers/rollout_status.go (DeploymentStatusViewer).
import type { DaemonSet, Deployment } from '../../../../sim'
import { defineKubectlCommand, fail, usageError, type Invocation } from '../command'
import { flagBool, flagInt } from '../flags'
import { loadHelpTexts } from '../help'
import { parseResourceArgs } from './resourceArgs'

/** How often we look again while waiting (kubectl watches; any interval prints the same lines). */
const POLL_MS = 1_000

type Rollable = Deployment | DaemonSet

/** The one object a rollout subcommand acts on (rollout_status.go: exactly one info). */
function rolloutTarget(inv: Invocation, kinds: string[]): Rollable | number {
  if (!inv.args.length) return fail(inv, 'required resource not specified')
  const parsed = parseResourceArgs(inv.args)
  if (!parsed.ok) return fail(inv, parsed.error)
  const req = parsed.requests[0]
  let objs: Rollable[]
  if (req.names.length)
    objs = req.names.map((n) => inv.client.get<Rollable>(req.info.kind, inv.namespace, n))
  else objs = inv.client.list<Rollable>(req.info.kind, { namespace: inv.namespace })
  if (objs.length !== 1)
    return fail(
      inv,
      'rollout status is only supported on individual resources and resource collections are not supported yet',
    )
  if (!kinds.includes(req.info.kind))
    return fail(inv, `no status viewer has been implemented for ${req.info.kind}`)
  return objs[0]
}

/** DaemonSetStatusViewer.Status (polymorphichelpers/rollout_status.go). */
export function daemonSetStatus(d: DaemonSet): { msg: string; done: boolean } {
  const name = JSON.stringify(d.metadata!.name!)
  const s = d.status ?? {
    currentNumberScheduled: 0,
    desiredNumberScheduled: 0,
    numberMisscheduled: 0,
    numberReady: 0,
  }
  if ((d.metadata!.generation ?? 0) > (s.observedGeneration ?? 0))
    return { msg: 'Waiting for daemon set spec update to be observed...\n', done: false }
  const desired = s.desiredNumberScheduled ?? 0
  if ((s.updatedNumberScheduled ?? 0) < desired)
    return {
      msg: `Waiting for daemon set ${name} rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${desired} new pods have been updated...\n`,
      done: false,
    }
  if ((s.numberAvailable ?? 0) < desired)
    return {
      msg: `Waiting for daemon set ${name} rollout to finish: ${s.numberAvailable ?? 0} of ${desired} updated pods are available...\n`,
      done: false,
    }
  return { msg: `daemon set ${name} successfully rolled out\n`, done: true }
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
    const first = rolloutTarget(inv, ['Deployment', 'DaemonSet'])
    if (typeof first === 'number') return first
    const kind = first.kind === 'DaemonSet' ? 'DaemonSet' : 'Deployment'
    const timeoutMs = flagInt(inv.flags, 'timeout')
    const deadline = timeoutMs > 0 ? inv.ctx.world.clock.now() + timeoutMs : Infinity
    let last = ''
    for (;;) {
      const cur = inv.client.get<Rollable>(kind, inv.namespace, first.metadata!.name!)
      const st =
        kind === 'DaemonSet'
          ? daemonSetStatus(cur as DaemonSet)
          : deploymentStatus(cur as Deployment)
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
    const d = rolloutTarget(inv, ['Deployment', 'DaemonSet'])
    if (typeof d === 'number') return d
    const kind = d.kind === 'DaemonSet' ? 'DaemonSet' : 'Deployment'
    const at = new Date(inv.ctx.world.clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z')
    inv.client.patch<Rollable>(kind, inv.namespace, d.metadata!.name!, (x) => {
      const t = x.spec!.template
      t.metadata = t.metadata ?? {}
      t.metadata.annotations = {
        ...t.metadata.annotations,
        'kubectl.kubernetes.io/restartedAt': at,
      }
    })
    inv.out(`${kind.toLowerCase()}.apps/${d.metadata!.name} restarted\n`)
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
    inv.out((await loadHelpTexts()).rollout ?? '')
    return 1
  },
})
