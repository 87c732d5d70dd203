// kubectl cordon: mark nodes unschedulable (k8s.io/kubectl pkg/cmd/drain/drain.go NewCmdCordon).
import { defineKubectlCommand } from '../command'
import { runCordonOrUncordon } from '../drain/cordon'
import { resolveNodeTargets } from '../drain/nodes'
import { DRY_RUN_FLAG } from '../util/dryRun'

export const cordon = defineKubectlCommand({
  name: 'cordon',
  short: 'Mark node as unschedulable',
  flags: [DRY_RUN_FLAG, { name: 'selector', short: 'l', type: 'string' }],
  run: async (inv) => {
    const t = resolveNodeTargets(inv, 'cordon')
    if (typeof t === 'number') return t
    runCordonOrUncordon(inv.client, t.nodes, true, t.dryRun, inv.out, inv.err)
    return 0
  },
})
