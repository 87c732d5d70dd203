// kubectl describe poddisruptionbudget. Upstream: kubectl pkg/describe/describe.go
// PodDisruptionBudgetDescriber, describePodDisruptionBudgetV1.
import type { ApiClient, PodDisruptionBudget } from '../../../../sim'
import { formatLabelSelector, intOrString } from '../printers/columns/types'
import { eventsFor } from './events'
import type { DescribeSettings } from './settings'
import { describeEvents, LEVEL_0, LEVEL_2, PrefixWriter } from './writer'

/** The text of `kubectl describe pdb <name>`. */
export function describePodDisruptionBudget(
  client: ApiClient,
  pdb: PodDisruptionBudget,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = pdb.metadata!
  const spec = pdb.spec ?? {}
  const st = pdb.status
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  w.write(LEVEL_0, `Namespace:\t${md.namespace}\n`)
  if (spec.minAvailable !== undefined && spec.minAvailable !== null)
    w.write(LEVEL_0, `Min available:\t${intOrString(spec.minAvailable)}\n`)
  else if (spec.maxUnavailable !== undefined && spec.maxUnavailable !== null)
    w.write(LEVEL_0, `Max unavailable:\t${intOrString(spec.maxUnavailable)}\n`)
  // metav1.FormatLabelSelector: an empty selector prints <none>; a missing one <unset>
  const selector = spec.selector ? formatLabelSelector(spec.selector) || '<none>' : '<unset>'
  w.write(LEVEL_0, `Selector:\t${selector}\n`)
  w.write(LEVEL_0, 'Status:\n')
  w.write(LEVEL_2, `Allowed disruptions:\t${st?.disruptionsAllowed ?? 0}\n`)
  w.write(LEVEL_2, `Current:\t${st?.currentHealthy ?? 0}\n`)
  w.write(LEVEL_2, `Desired:\t${st?.desiredHealthy ?? 0}\n`)
  w.write(LEVEL_2, `Total:\t${st?.expectedPods ?? 0}\n`)
  if (opts.showEvents) describeEvents(w, eventsFor(client, pdb as never), now)
  return w.toString()
}
