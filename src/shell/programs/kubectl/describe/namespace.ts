// kubectl describe namespace. Upstream: kubectl pkg/describe/describe.go NamespaceDescriber,
// describeNamespace, DescribeResourceQuotas, DescribeLimitRanges. Namespaces have no Events section.
import type { ApiClient, Namespace } from '../../../../sim'
import { formatRfc1123Z } from '../util/time'
import type { DescribeSettings } from './settings'
import {
  LEVEL_0,
  LEVEL_1,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
} from './writer'

/** time.Time{}.Format(time.RFC1123Z): a condition without lastTransitionTime. */
const GO_ZERO_TIME = 'Mon, 01 Jan 0001 00:00:00 +0000'

/** The text of `kubectl describe namespace <name>`. */
export function describeNamespace(
  _client: ApiClient,
  ns: Namespace,
  _now: number,
  _opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = ns.metadata!
  const st = ns.status ?? {}
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  printLabelsMultiline(w, 'Labels', md.labels)
  printAnnotationsMultiline(w, 'Annotations', md.annotations)
  w.write(LEVEL_0, `Status:\t${st.phase ?? ''}\n`)
  if (st.conditions?.length) {
    w.write(LEVEL_0, 'Conditions:\n')
    w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n')
    w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n')
    for (const c of st.conditions)
      w.write(
        LEVEL_1,
        `${c.type}\t${c.status}\t${c.lastTransitionTime ? formatRfc1123Z(c.lastTransitionTime) : GO_ZERO_TIME}\t${c.reason ?? ''}\t${c.message ?? ''}\n`,
      )
  }
  // The cluster serves resourcequotas and limitranges; the sim has neither kind, so both lists
  // are empty, as in a namespace without any (the real sections for items are not simulated).
  w.write(LEVEL_0, '\nNo resource quota.\n')
  w.write(LEVEL_0, '\nNo LimitRange resource.\n')
  return w.toString()
}
