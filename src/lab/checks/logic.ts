// Combinators: all (every check holds), any (at least one holds), not (the check does not hold).
import { resolveText } from '../schema/lang'
import type { AllCheck, AnyCheck, NotCheck } from '../schema'
import { fail, pass, type CheckImpl } from './types'

export const allCheck: CheckImpl<AllCheck> = {
  async evaluate(check, ctx, recurse) {
    const failures: string[] = []
    for (const c of check.checks) failures.push(...(await recurse.evaluate(c, ctx)).failures)
    if (!failures.length) return pass
    return fail(...(check.message ? [resolveText(check.message, ctx.lang)] : failures))
  },
  describe(check, recurse) {
    return check.checks.map((c) => recurse.describe(c)).join(' and ')
  },
}

export const anyCheck: CheckImpl<AnyCheck> = {
  async evaluate(check, ctx, recurse) {
    const failures: string[] = []
    for (const c of check.checks) {
      const r = await recurse.evaluate(c, ctx)
      if (r.ok) return pass
      failures.push(...r.failures)
    }
    if (check.message) return fail(resolveText(check.message, ctx.lang))
    return fail(`none of these holds: ${failures.join('; ')}`)
  },
  describe(check, recurse) {
    return check.checks.map((c) => recurse.describe(c)).join(' or ')
  },
}

export const notCheck: CheckImpl<NotCheck> = {
  async evaluate(check, ctx, recurse) {
    const r = await recurse.evaluate(check.check, ctx)
    if (!r.ok) return pass
    if (check.message) return fail(resolveText(check.message, ctx.lang))
    return fail(`expected this to be false: ${recurse.describe(check.check)}`)
  },
  describe(check, recurse) {
    return `not (${recurse.describe(check.check)})`
  },
}
