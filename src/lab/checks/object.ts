// `object` checks: select API objects the way `kubectl get` does (kind, namespace, name or
// label/field selectors), keep those meeting every `where` condition, and count them.
import { resolveResource, type KObject } from '../../sim'
import type { Count, ObjectCheck } from '../schema'
import { resolveText } from '../schema/lang'
import { explainWhere, holds, statement } from './where'
import { fail, pass, type CheckContext, type CheckImpl, type CheckResult } from './types'

function countHolds(c: Count, n: number): boolean {
  return (
    (c.eq === undefined || n === c.eq) &&
    (c.min === undefined || n >= c.min) &&
    (c.max === undefined || n <= c.max)
  )
}

function countWords(c: Count): string {
  if (c.eq !== undefined) return c.eq === 0 ? 'no' : `exactly ${c.eq}`
  if (c.min !== undefined && c.max !== undefined) return `${c.min} to ${c.max}`
  if (c.min !== undefined) return `at least ${c.min}`
  return `at most ${String(c.max)}`
}

function selection(check: ObjectCheck, plural: string, ns: string | undefined): string {
  const parts: string[] = []
  if (ns) parts.push(`in namespace ${ns}`)
  if (check.labelSelector) parts.push(`with labels ${check.labelSelector}`)
  if (check.fieldSelector) parts.push(`with ${check.fieldSelector}`)
  if (check.where?.length) parts.push(`where ${check.where.map(statement).join(' and ')}`)
  return [plural, ...parts].join(' ')
}

function subject(singular: string, o: KObject): string {
  const md = o.metadata
  return `${singular} ${md.namespace ? `${md.namespace}/` : ''}${md.name}`
}

function select(check: ObjectCheck, ctx: CheckContext): { objs: KObject[]; ns?: string } | string {
  const info = resolveResource(check.resource)
  if (!info) return `unknown resource "${check.resource}"`
  const cluster = ctx.world.cluster(check.cluster)
  if (!cluster) return `no cluster "${check.cluster ?? ''}"`
  const ns = info.namespaced
    ? check.namespace === '*'
      ? undefined
      : (check.namespace ?? 'default')
    : undefined
  if (check.name !== undefined) {
    const o = cluster.client.tryGet(info.kind, ns, check.name)
    return { objs: o ? [o] : [], ns }
  }
  try {
    const objs = cluster.client.list(info.kind, {
      namespace: ns,
      labelSelector: check.labelSelector,
      fieldSelector: check.fieldSelector,
    })
    return { objs, ns }
  } catch (e) {
    return `invalid selector: ${e instanceof Error ? e.message : String(e)}`
  }
}

export const objectCheck: CheckImpl<ObjectCheck> = {
  async evaluate(check, ctx): Promise<CheckResult> {
    const sel = select(check, ctx)
    const custom = check.message && resolveText(check.message, ctx.lang)
    if (typeof sel === 'string') return fail(sel)
    const info = resolveResource(check.resource)!
    const where = check.where ?? []
    if (check.name !== undefined && !check.count) {
      const o = sel.objs[0]
      if (!o) {
        const full = `${info.singular} ${sel.ns ? `${sel.ns}/` : ''}${check.name}`
        return fail(custom || `${full} does not exist`)
      }
      const bad = where.filter((w) => !holds(w, o))
      if (!bad.length) return pass
      return fail(
        ...(custom
          ? [custom]
          : bad.map((w) => `${subject(info.singular, o)}: ${explainWhere(w, o)}`)),
      )
    }
    const matching = sel.objs.filter((o) => where.every((w) => holds(w, o)))
    const count = check.count ?? { min: 1 }
    if (countHolds(count, matching.length)) return pass
    if (custom) return fail(custom)
    const names = matching.slice(0, 5).map((o) => o.metadata.name)
    const more = matching.length > 5 ? ', …' : ''
    return fail(
      `expected ${countWords(count)} ${selection(check, info.plural, sel.ns)}, found ${matching.length}${names.length ? `: ${names.join(', ')}${more}` : ''}`,
    )
  },
  describe(check) {
    const info = resolveResource(check.resource)
    const plural = info?.plural ?? check.resource
    if (check.name !== undefined && !check.count) {
      const w = check.where?.length ? ` with ${check.where.map(statement).join(' and ')}` : ''
      return `${info?.singular ?? check.resource} ${check.name} exists${w}`
    }
    return `${countWords(check.count ?? { min: 1 })} ${selection(check, plural, check.namespace ?? (info?.namespaced ? 'default' : undefined))}`
  },
}
