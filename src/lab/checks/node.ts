// `node` checks: what `kubectl get nodes` shows — Ready, SchedulingDisabled — and the node's taints.
import type { Node } from '../../sim'
import { resolveText } from '../schema/lang'
import type { NodeCheck } from '../schema'
import { fail, pass, type CheckImpl } from './types'

export function isNodeReady(n: Node): boolean {
  return n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false
}

export const nodeCheck: CheckImpl<NodeCheck> = {
  async evaluate(check, ctx) {
    const custom = check.message && resolveText(check.message, ctx.lang)
    const node = ctx.world
      .cluster(check.cluster)
      ?.client.tryGet<Node>('Node', undefined, check.name)
    if (!node) return fail(custom || `node ${check.name} does not exist`)
    const out: string[] = []
    const name = check.name
    if (check.ready !== undefined && isNodeReady(node) !== check.ready)
      out.push(check.ready ? `${name} is not Ready` : `${name} is still Ready`)
    const schedulable = !node.spec?.unschedulable
    if (check.schedulable !== undefined && schedulable !== check.schedulable)
      out.push(
        check.schedulable
          ? `${name} is still unschedulable (cordoned)`
          : `${name} is still schedulable`,
      )
    if (check.taint) {
      const t = check.taint
      const has = (node.spec?.taints ?? []).some(
        (x) => x.key === t.key && (t.effect === undefined || x.effect === t.effect),
      )
      const label = t.effect ? `${t.key}:${t.effect}` : t.key
      if (has !== t.present)
        out.push(
          t.present ? `${name} has no taint ${label}` : `${name} still has the taint ${label}`,
        )
    }
    if (!out.length) return pass
    return fail(...(custom ? [custom] : out))
  },
  describe(check) {
    const parts: string[] = []
    if (check.ready !== undefined) parts.push(check.ready ? 'Ready' : 'not Ready')
    if (check.schedulable !== undefined)
      parts.push(check.schedulable ? 'schedulable' : 'unschedulable')
    if (check.taint)
      parts.push(
        `${check.taint.present ? 'tainted' : 'not tainted'} ${check.taint.key}${check.taint.effect ? `:${check.taint.effect}` : ''}`,
      )
    return `${check.name} is ${parts.join(' and ') || 'present'}`
  },
}
