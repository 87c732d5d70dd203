// kubectl taint nodes NAME key=value:Effect | key:Effect- | key-, --overwrite, -l, --all.
// Mirrors k8s.io/kubectl pkg/cmd/taint (taint.go, utils.go) and its messages.
import type { Node, Taint } from '../../../../sim'
import { defineKubectlCommand, fail, usageError, type Invocation } from '../command'
import { flagBool } from '../flags'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, withDryRun } from '../util/dryRun'
import { findTargets } from './deleteTargets'

const EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute']
const NAME_RE = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/
const NAME_MSG =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"

export const taintCommand = defineKubectlCommand({
  name: 'taint',
  short: 'Update the taints on one or more nodes',
  flags: [
    { name: 'all', type: 'bool' },
    DRY_RUN_FLAG,
    { name: 'output', short: 'o', type: 'string' },
    { name: 'overwrite', type: 'bool' },
    { name: 'selector', short: 'l', type: 'string' },
    { name: 'validate', type: 'string', default: 'strict', noOptDefault: 'strict' },
  ],
  run: runTaint,
})

const VALUE_RE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/
const VALUE_MSG =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"

/** taints.go parseTaint: `key[=value]:effect`; a string is kubectl's error. */
function parseTaint(st: string): Taint | string {
  const parts = st.split(':')
  let key: string
  let value: string | undefined
  let effect = ''
  if (parts.length === 1) key = parts[0]
  else if (parts.length === 2) {
    effect = parts[1]
    if (!EFFECTS.includes(effect))
      return `invalid taint effect: ${effect}, unsupported taint effect`
    const kv = parts[0].split('=')
    if (kv.length > 2) return `invalid taint spec: ${st}`
    key = kv[0]
    if (kv.length === 2) {
      value = kv[1]
      if (value.length > 63 || !VALUE_RE.test(value))
        return `invalid taint spec: ${st}, ${VALUE_MSG}`
    }
  } else return `invalid taint spec: ${st}`
  if (!validKey(key)) return `invalid taint spec: ${st}, ${NAME_MSG}`
  return { key, effect, ...(value !== undefined ? { value } : {}) }
}

function validKey(key: string): boolean {
  const parts = key.split('/')
  const name = parts.at(-1)!
  return parts.length <= 2 && NAME_RE.test(name) && name.length <= 63
}

async function runTaint(inv: Invocation): Promise<number> {
  const specs = inv.args.filter((a) => a.includes('=') || a.includes(':') || a.endsWith('-'))
  const res = inv.args.filter((a) => !specs.includes(a))
  if (!res.length) return fail(inv, 'one or more resources must be specified as <resource> <name>')
  if (!specs.length) return fail(inv, 'at least one taint update is required')
  const add: Taint[] = []
  const remove: Taint[] = []
  for (const s of specs) {
    if (s.endsWith('-')) {
      const body = s.slice(0, -1)
      const [key, effect] = body.split(':')
      remove.push({ key, effect: effect ?? '' })
      continue
    }
    const t = parseTaint(s)
    if (typeof t === 'string') return usageError(inv, t)
    if (add.some((a) => a.key === t.key && a.effect === t.effect))
      return usageError(
        inv,
        `duplicated taints with the same key and effect: {${t.key} ${t.value ?? ''} ${t.effect} <nil>}`,
      )
    add.push(t)
  }
  // taints.go: the removed ones are named as key=value (a removal has no value: `a=`)
  const both = remove.filter((r) => add.some((a) => a.key === r.key))
  if (both.length)
    return fail(
      inv,
      `can not both modify and remove the following taint(s) in the same command: ${both.map((t) => `${t.key}=`).join(', ')}`,
    )
  let dryRun
  try {
    dryRun = dryRunStrategy(inv.ctx, inv.flags)
  } catch (e) {
    if (e instanceof DryRunError) return fail(inv, e.message)
    throw e
  }
  const typed = res[0].split('/')[0]
  if (!['node', 'nodes', 'no'].includes(typed.toLowerCase()))
    return fail(inv, `invalid resource type ${typed}, only node types are supported`)
  const t = findTargets(inv, res)
  if (typeof t === 'string') return fail(inv, t)
  for (const e of t.errors) {
    inv.err(`${e}\n`)
    return 1
  }
  for (const { obj } of t.found) {
    const node = obj as unknown as Node
    const r = applyTaints(node, add, remove, flagBool(inv.flags, 'overwrite'))
    if (typeof r === 'string') return fail(inv, r)
    if (dryRun !== 'client')
      inv.client.patch<Node>(
        'Node',
        undefined,
        node.metadata!.name!,
        (n) => {
          n.spec = n.spec ?? {}
          if (r.taints.length) n.spec.taints = r.taints
          else delete n.spec.taints
        },
        { dryRun: dryRun === 'server' },
      )
    inv.out(`node/${node.metadata!.name} ${withDryRun(r.operation, dryRun)}\n`)
  }
  return 0
}

/** reorganizeTaints + validation: the new list and `tainted` / `untainted` / `modified`. */
function applyTaints(
  node: Node,
  add: Taint[],
  remove: Taint[],
  overwrite: boolean,
): { taints: Taint[]; operation: string } | string {
  const name = node.metadata!.name!
  let taints = [...(node.spec?.taints ?? [])]
  if (!overwrite) {
    const clash = add.filter((a) => taints.some((t) => t.key === a.key && t.effect === a.effect))
    if (clash.length)
      return `node ${name} already has ${clash.map((c) => c.key).join(',')} taint(s) with same effect(s) and --overwrite is false`
  }
  let operation = 'tainted'
  for (const a of add) {
    const i = taints.findIndex((t) => t.key === a.key && t.effect === a.effect)
    if (i >= 0) {
      taints[i] = a
      operation = 'modified'
    } else taints.push(a)
  }
  for (const r of remove) {
    const keep = taints.filter((t) => !(t.key === r.key && (!r.effect || t.effect === r.effect)))
    if (keep.length === taints.length)
      return `taint ${JSON.stringify(r.effect ? `${r.key}:${r.effect}` : r.key)} not found`
    taints = keep
    operation = add.length ? 'modified' : 'untainted'
  }
  return { taints, operation }
}
