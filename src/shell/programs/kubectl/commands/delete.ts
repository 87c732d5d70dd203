// kubectl delete: by TYPE NAME, TYPE/NAME, -l, --all or -f; graceful by default, --force/--now,
// then --wait until the objects are gone (virtual time). Mirrors k8s.io/kubectl pkg/cmd/delete.
import type { KObject } from '../../../../sim'
import { defineKubectlCommand, fail, usageError, type Invocation } from '../command'
import { flagBool, flagInt, flagList, flagString } from '../flags'
import { printName, resourceName } from '../printers/name'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, withDryRun } from '../util/dryRun'
import { readManifests, ManifestError } from './applyManifest'
import { findTargets, NO_RESOURCES, type Target } from './deleteTargets'
import { resolveResource } from '../../../../sim'

const FORCE_WARNING =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n'

export const deleteCommand = defineKubectlCommand({
  name: 'delete',
  short:
    'Delete resources by file names, stdin, resources and names, or by resources and label selector',
  flags: [
    { name: 'all', type: 'bool' },
    { name: 'all-namespaces', short: 'A', type: 'bool' },
    { name: 'cascade', type: 'string', default: 'background', noOptDefault: 'background' },
    DRY_RUN_FLAG,
    { name: 'field-selector', type: 'string' },
    { name: 'filename', short: 'f', type: 'stringSlice' },
    { name: 'force', type: 'bool' },
    { name: 'grace-period', type: 'int', default: -1 },
    { name: 'ignore-not-found', type: 'bool' },
    { name: 'now', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
    { name: 'recursive', short: 'R', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'timeout', type: 'duration', default: 0 },
    { name: 'wait', type: 'bool', default: true },
  ],
  run: runDelete,
})

async function runDelete(inv: Invocation): Promise<number> {
  const f = inv.flags
  let grace = flagInt(f, 'grace-period')
  const force = flagBool(f, 'force')
  if (flagBool(f, 'now')) {
    if (grace !== -1) return fail(inv, '--now and --grace-period cannot be specified together')
    grace = 1
  }
  if (grace === 0 && !force) grace = 1
  if (force && grace < 0) grace = 0
  let dryRun
  try {
    dryRun = dryRunStrategy(inv.ctx, f)
  } catch (e) {
    if (e instanceof DryRunError) return fail(inv, e.message)
    throw e
  }
  const output = flagString(f, 'output')
  if (output && output !== 'name') return fail(inv, `output format "${output}" not supported`)
  let targets
  const files = flagList(f, 'filename')
  if (files.length) {
    if (inv.args.length) return usageError(inv, `Unexpected args: [${inv.args.join(' ')}]`)
    try {
      const objs = readManifests(inv, files)
      targets = { found: [] as Target[], errors: [] as string[], listed: false }
      for (const o of objs) {
        const info = resolveResource(o.kind)!
        const ns = info.namespaced ? o.metadata?.namespace || inv.namespace : undefined
        const cur = inv.client.tryGet<KObject>(info.kind, ns, o.metadata.name)
        if (cur) targets.found.push({ info, obj: cur })
        else
          targets.errors.push(
            `Error from server (NotFound): ${info.group ? `${info.plural}.${info.group}` : info.plural} "${o.metadata.name}" not found`,
          )
      }
    } catch (e) {
      if (e instanceof ManifestError) return fail(inv, e.message)
      throw e
    }
  } else {
    const t = findTargets(inv, inv.args)
    if (typeof t === 'string') return fail(inv, t === NO_RESOURCES ? NO_RESOURCES : t)
    targets = t
  }
  if (flagBool(f, 'ignore-not-found'))
    targets.errors = targets.errors.filter((e) => !e.includes('(NotFound)'))
  if (targets.listed && !targets.found.length) {
    inv.out('No resources found\n')
    return 0
  }
  if (force && grace === 0 && targets.found.length) inv.err(FORCE_WARNING)
  const deleted: Target[] = []
  for (const t of targets.found) {
    const md = t.obj.metadata
    inv.client.delete(t.info.kind, md.namespace, md.name, {
      gracePeriodSeconds: grace >= 0 ? grace : undefined,
      dryRun: dryRun === 'server',
    })
    deleted.push(t)
    const op = withDryRun(force && grace === 0 ? 'force deleted' : 'deleted', dryRun)
    if (output === 'name') inv.out(printName(t.obj))
    else inv.out(`${resourceName(t.obj).replace('/', ' "')}" ${op}\n`)
  }
  if (dryRun === 'none' && flagBool(f, 'wait')) await waitGone(inv, deleted)
  for (const e of targets.errors) inv.err(`${e}\n`)
  return targets.errors.length ? 1 : 0
}

/** --wait: until each object (same uid) is gone; kubectl watches, we look every 100 ms. */
async function waitGone(inv: Invocation, targets: Target[]): Promise<void> {
  for (;;) {
    const left = targets.filter((t) => {
      const cur = inv.client.tryGet<KObject>(
        t.info.kind,
        t.obj.metadata.namespace,
        t.obj.metadata.name,
      )
      return cur && cur.metadata.uid === t.obj.metadata.uid
    })
    if (!left.length) return
    await inv.ctx.sleep(100)
  }
}
