// kubectl describe daemonset. Upstream: kubectl pkg/describe/describe.go (v1.32.4)
// DaemonSetDescriber, describeDaemonSet (no Namespace line in v1.32; the selector as
// labels.Selector.String(), '' when empty).
import type { ApiClient, DaemonSet } from '../../../../sim'
import { formatLabels, formatLabelSelector } from '../printers/columns/types'
import { describePodTemplate } from './containers'
import { eventsFor } from './events'
import { podStatusForController } from './replicaSet'
import type { DescribeSettings } from './settings'
import {
  describeEvents,
  LEVEL_0,
  PrefixWriter,
  printAnnotationsMultiline,
  printLabelsMultiline,
} from './writer'

/** The text of `kubectl describe daemonset <name>`. */
export function describeDaemonSet(
  client: ApiClient,
  ds: DaemonSet,
  now: number,
  opts: DescribeSettings = { showEvents: true },
): string {
  const w = new PrefixWriter()
  const md = ds.metadata!
  const spec = ds.spec!
  const st = ds.status
  w.write(LEVEL_0, `Name:\t${md.name}\n`)
  w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`)
  w.write(LEVEL_0, `Node-Selector:\t${formatLabels(spec.template?.spec?.nodeSelector)}\n`)
  printLabelsMultiline(w, 'Labels', md.labels)
  printAnnotationsMultiline(w, 'Annotations', md.annotations)
  w.write(LEVEL_0, `Desired Number of Nodes Scheduled: ${st?.desiredNumberScheduled ?? 0}\n`)
  w.write(LEVEL_0, `Current Number of Nodes Scheduled: ${st?.currentNumberScheduled ?? 0}\n`)
  w.write(
    LEVEL_0,
    `Number of Nodes Scheduled with Up-to-date Pods: ${st?.updatedNumberScheduled ?? 0}\n`,
  )
  w.write(LEVEL_0, `Number of Nodes Scheduled with Available Pods: ${st?.numberAvailable ?? 0}\n`)
  w.write(LEVEL_0, `Number of Nodes Misscheduled: ${st?.numberMisscheduled ?? 0}\n`)
  w.write(
    LEVEL_0,
    `Pods Status:\t${podStatusForController(client, md.namespace, spec.selector, md.uid)}\n`,
  )
  describePodTemplate(w, spec.template)
  if (opts.showEvents) describeEvents(w, eventsFor(client, ds as never), now)
  return w.toString()
}
