// kubectl run: one bare pod, labels, restart policy, args after --, dry runs and errors.
// Expected texts recorded from the real kubectl v1.32.4.
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('runs pods as kubectl does', async () => {
  await play([
    [
      'kubectl run x',
      'E1124 09:24:44.000000    6466 run.go:72] "command failed" err="required flag(s) \\"image\\" not set"\n',
      1,
    ],
    [
      'kubectl run web --image=nginx --restart=Bogus',
      "error: invalid restart policy: Bogus\nSee 'kubectl run -h' for help and examples\n",
      1,
    ],
    ['kubectl run web --image=nginx --labels=bad', 'error: unexpected label spec: bad\n', 1],
    ['kubectl run web2 --image=nginx', 'pod/web2 created\n', 0],
    [
      'kubectl run --image=nginx',
      "error: NAME is required for run\nSee 'kubectl run -h' for help and examples\n",
      1,
    ],
    [
      'kubectl run tmp --image=busybox --restart=Never --dry-run=client -o yaml -- sleep 3600',
      'apiVersion: v1\nkind: Pod\nmetadata:\n  creationTimestamp: null\n  labels:\n    run: tmp\n  name: tmp\nspec:\n  containers:\n  - args:\n    - sleep\n    - "3600"\n    image: busybox\n    name: tmp\n    resources: {}\n  dnsPolicy: ClusterFirst\n  restartPolicy: Never\nstatus: {}\n',
      0,
    ],
    ['kubectl run api --image=nginx --labels=tier=api,env=dev -o name', 'pod/api\n', 0],
  ])
  const pod = lab.cluster.client.get<{ metadata: { labels: unknown } }>('Pod', 'default', 'api')
  expect(pod.metadata.labels).toEqual({ tier: 'api', env: 'dev' })
})
