// Finding the objects a write command acts on, as cli-runtime's resource.Builder does for
// delete/label/annotate/scale: `TYPE NAME...`, `TYPE/NAME...`, `TYPE -l SELECTOR`, `TYPE --all`.
import { isApiError, type KindInfo, type KObject } from '../../../../sim'
import type { Invocation } from '../command'
import { flagBool, flagString } from '../flags'
import { parseResourceArgs } from './resourceArgs'

export const NO_RESOURCES =
  "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'"

export interface Target {
  info: KindInfo
  obj: KObject
}

export interface Targets {
  found: Target[]
  /** per-name lookup failures, printed after the work (ContinueOnError) */
  errors: string[]
  /** selector/--all form (prints `No resources found` when empty) */
  listed: boolean
}

/** Resolve args (already stripped of label/annotation pairs) to objects; a string is an error message. */
export function findTargets(inv: Invocation, args: string[]): Targets | string {
  const selector = flagString(inv.flags, 'selector')
  const all = inv.flags.values.has('all') && flagBool(inv.flags, 'all')
  const allNs = inv.flags.values.has('all-namespaces') && flagBool(inv.flags, 'all-namespaces')
  if (!args.length) return NO_RESOURCES
  const parsed = parseResourceArgs(args)
  if (!parsed.ok) return parsed.error
  const out: Targets = { found: [], errors: [], listed: false }
  for (const req of parsed.requests) {
    const ns = req.info.namespaced ? inv.namespace : undefined
    if (req.names.length && (selector || all))
      return 'name cannot be provided when a selector is specified'
    if (!req.names.length) {
      if (!selector && !all) return 'resource(s) were provided, but no name was specified'
      out.listed = true
      const items = inv.client.list<KObject>(req.info.kind, {
        namespace: allNs ? undefined : ns,
        labelSelector: selector || undefined,
      })
      out.found.push(...items.map((obj) => ({ info: req.info, obj })))
      continue
    }
    for (const name of req.names) {
      try {
        out.found.push({ info: req.info, obj: inv.client.get<KObject>(req.info.kind, ns, name) })
      } catch (e) {
        if (!isApiError(e)) throw e
        out.errors.push(`Error from server (${e.reason}): ${e.message}`)
      }
    }
  }
  return out
}
