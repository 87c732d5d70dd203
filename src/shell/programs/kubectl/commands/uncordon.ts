// kubectl uncordon: mark nodes schedulable again (k8s.io/kubectl pkg/cmd/drain/drain.go NewCmdUncordon).
import { defineKubectlCommand } from '../command'
import { runCordonOrUncordon } from '../drain/cordon'
import { resolveNodeTargets } from '../drain/nodes'
import { DRY_RUN_FLAG } from '../util/dryRun'

export const uncordon = defineKubectlCommand({
  name: 'uncordon',
  short: 'Mark node as schedulable',
  flags: [DRY_RUN_FLAG, { name: 'selector', short: 'l', type: 'string' }],
  run: async (inv) => {
    const t = resolveNodeTargets(inv, 'uncordon')
    if (typeof t === 'number') return t
    runCordonOrUncordon(inv.client, t.nodes, false, t.dryRun, inv.out, inv.err)
    return 0
  },
})
