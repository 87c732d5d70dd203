// kubectl scale: deployments and replica sets, preconditions, dry runs and the errors.
// Expected texts recorded from the real kubectl v1.32.4; a kind without a scale subresource gets
// the API server's bare 404 (client-go's scale client GETs <resource>/<name>/scale).
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('scales a deployment and answers errors as kubectl does', async () => {
  await play([
    [
      'kubectl scale deploy nosuch --replicas=2',
      'error: no objects passed to scale deployments.apps "nosuch" not found\n',
      1,
    ],
    [
      'kubectl scale deploy blue --replicas=-1',
      'error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n',
      1,
    ],
    [
      'kubectl scale deploy --replicas=3',
      'error: resource(s) were provided, but no name was specified\n',
      1,
    ],
    ['kubectl scale deploy/blue --replicas=5', 'deployment.apps/blue scaled\n', 0],
    [
      'kubectl scale deploy blue --replicas=2 --current-replicas=3',
      'error: Expected replicas to be 3, was 5\n',
      1,
    ],
    [
      'kubectl scale deploy blue --replicas=2 --current-replicas=5',
      'deployment.apps/blue scaled\n',
      0,
    ],
    [
      'kubectl scale deploy blue --replicas=1 --dry-run=client',
      'deployment.apps/blue scaled (dry run)\n',
      0,
    ],
    ['kubectl scale deploy blue --replicas=4 -o name', 'deployment.apps/blue\n', 0],
    [
      'kubectl scale deploy blue --replicas=x',
      'Error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee \'kubectl scale --help\' for usage.\n',
      1,
    ],
    [
      'kubectl scale deploy blue',
      'E1124 09:24:44.000000    6466 run.go:72] "command failed" err="required flag(s) \\"replicas\\" not set"\n',
      1,
    ],
    [
      'kubectl scale pod hr-app --replicas=2',
      'Error from server (NotFound): the server could not find the requested resource\n',
      1,
    ],
    ['kubectl scale pod hr-app --replicas=2 --dry-run=client', 'pod/hr-app scaled (dry run)\n', 0],
    [
      'kubectl scale ds kube-proxy -n kube-system --replicas=2',
      'Error from server (NotFound): the server could not find the requested resource\n',
      1,
    ],
  ])
  const d = lab.cluster.client.get<{ spec: { replicas: number } }>('Deployment', 'default', 'blue')
  expect(d.spec.replicas).toBe(4)
})
