// A DaemonSet's template generation as the API server keeps it: pkg/registry/apps/daemonset/
// strategy.go sets spec.templateGeneration to 1 on create and adds 1 on an update that changes the
// pod template (a client cannot set it otherwise), and pkg/apis/apps/v1/conversion.go
// (Convert_apps_DaemonSet_To_v1_DaemonSet) always writes it out as an annotation. The DaemonSet
// controller labels its pods `pod-template-generation` from it.
import { canonicalJson } from '../canonicalJson'
import type { KObject } from '../types'

export const TEMPLATE_GENERATION = 'deprecated.daemonset.template.generation'

/** The annotation's value, when it holds a number. */
export function templateGenerationOf(o: {
  metadata?: { annotations?: Record<string, string> }
}): number | undefined {
  const v = o.metadata?.annotations?.[TEMPLATE_GENERATION]
  return v !== undefined && /^-?\d+$/.test(v) ? Number(v) : undefined
}

function stamp(o: KObject, generation: number): void {
  const annotations = {
    ...(o.metadata.annotations ?? {}),
    [TEMPLATE_GENERATION]: String(generation),
  }
  // Go writes map keys sorted
  o.metadata.annotations = Object.fromEntries(
    Object.entries(annotations).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  )
}

/**
 * On create: 1, or the annotation's number if it is at least 1 (the v1 → internal conversion reads
 * it). divergence: an annotation that is not a number is taken as 1; the real server refuses it.
 */
export function stampTemplateGenerationOnCreate(o: KObject): void {
  if (o.kind !== 'DaemonSet') return
  const g = templateGenerationOf(o)
  stamp(o, g !== undefined && g >= 1 ? g : 1)
}

/** On update: the stored generation, plus 1 when the pod template changed. */
export function stampTemplateGenerationOnUpdate(cur: KObject, next: KObject): void {
  if (next.kind !== 'DaemonSet') return
  const g = templateGenerationOf(cur) ?? 1
  const template = (o: KObject) => (o.spec as { template?: unknown } | undefined)?.template
  const changed = canonicalJson(template(cur)) !== canonicalJson(template(next))
  stamp(next, changed ? g + 1 : g)
}
