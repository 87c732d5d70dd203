// kubectl label / annotate: key=value, key-, --overwrite, -l, --all, TYPE NAME and TYPE/NAME.
// Mirrors k8s.io/kubectl pkg/cmd/label/label.go and pkg/cmd/annotate/annotate.go.
import type { KObject } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation, type KubectlCommand } from '../command'
import { flagBool, flagString } from '../flags'
import { printName, resourceName } from '../printers/name'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, withDryRun } from '../util/dryRun'
import { findTargets } from './deleteTargets'

interface Mode {
  verb: 'label' | 'annotate'
  field: 'labels' | 'annotations'
  noun: string
  done: string
  undone: string
  not: string
}

const LABEL: Mode = {
  verb: 'label',
  field: 'labels',
  noun: 'label',
  done: 'labeled',
  undone: 'unlabeled',
  not: 'not labeled',
}
const ANNOTATE: Mode = {
  verb: 'annotate',
  field: 'annotations',
  noun: 'annotation',
  done: 'annotated',
  undone: 'annotated',
  not: 'annotated',
}

function makeCommand(m: Mode, short: string): KubectlCommand {
  return defineKubectlCommand({
    name: m.verb,
    short,
    flags: [
      { name: 'all', type: 'bool' },
      { name: 'all-namespaces', short: 'A', type: 'bool' },
      DRY_RUN_FLAG,
      { name: 'filename', short: 'f', type: 'stringSlice' },
      { name: 'list', type: 'bool' },
      { name: 'local', type: 'bool' },
      { name: 'output', short: 'o', type: 'string' },
      { name: 'overwrite', type: 'bool' },
      { name: 'resource-version', type: 'string' },
      { name: 'selector', short: 'l', type: 'string' },
    ],
    run: (inv) => runLabel(inv, m),
  })
}

export const labelCommand = makeCommand(LABEL, 'Update the labels on a resource')
export const annotateCommand = makeCommand(ANNOTATE, 'Update the annotations on a resource')

async function runLabel(inv: Invocation, m: Mode): Promise<number> {
  const pairs = inv.args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')))
  const res = inv.args.filter((a) => !pairs.includes(a))
  if (!res.length)
    return fail(
      inv,
      `one or more resources must be specified as <resource> <name> or <resource>/<name>`,
    )
  if (!pairs.length) return fail(inv, `at least one ${m.noun} update is required`)
  const set = new Map<string, string>()
  const remove: string[] = []
  for (const p of pairs) {
    if (p.endsWith('-') && !p.includes('=')) remove.push(p.slice(0, -1))
    else set.set(p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1))
  }
  if (remove.some((k) => set.has(k)))
    return fail(
      inv,
      `can not both modify and remove ${m.verb === 'label' ? 'a label' : 'an annotation'} in the same command`,
    )
  let dryRun
  try {
    dryRun = dryRunStrategy(inv.ctx, inv.flags)
  } catch (e) {
    if (e instanceof DryRunError) return fail(inv, e.message)
    throw e
  }
  const t = findTargets(inv, res)
  if (typeof t === 'string') return fail(inv, t)
  const overwrite = flagBool(inv.flags, 'overwrite')
  for (const { info, obj } of t.found) {
    const cur = { ...(obj.metadata[m.field] ?? {}) }
    if (!overwrite) {
      for (const [k, v] of set) {
        if (k in cur && cur[k] !== v)
          return fail(inv, `'${k}' already has a value (${cur[k]}), and --overwrite is false`)
      }
    }
    const next = { ...cur }
    for (const [k, v] of set) next[k] = v
    for (const k of remove) {
      if (!(k in next)) inv.out(`${m.noun} ${JSON.stringify(k)} not found.\n`)
      delete next[k]
    }
    const changed = JSON.stringify(cur) !== JSON.stringify(next)
    if (changed && dryRun !== 'client') {
      inv.client.patch<KObject>(
        info.kind,
        obj.metadata.namespace,
        obj.metadata.name,
        (o) => {
          if (Object.keys(next).length) o.metadata[m.field] = next
          else delete o.metadata[m.field]
        },
        { dryRun: dryRun === 'server' },
      )
    }
    const op = !changed ? m.not : remove.length && !set.size ? m.undone : m.done
    if (flagString(inv.flags, 'output') === 'name') inv.out(printName(obj))
    else inv.out(`${resourceName(obj)} ${withDryRun(op, dryRun)}\n`)
  }
  for (const e of t.errors) inv.err(`${e}\n`)
  return t.errors.length ? 1 : 0
}
