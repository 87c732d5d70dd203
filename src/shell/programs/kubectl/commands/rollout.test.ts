// kubectl rollout status / restart for Deployments and DaemonSets, in virtual time.
// Expected texts recorded from the real kubectl v1.32.4 (realkubectl.sh over kubeadm-world.json)
// and read in polymorphichelpers/rollout_status.go.
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('reports a finished rollout and restarts a deployment', async () => {
  await play([
    ['kubectl rollout status deployment/blue', 'deployment "blue" successfully rolled out\n', 0],
    ['kubectl rollout status deployment', 'deployment "blue" successfully rolled out\n', 0],
    [
      'kubectl rollout status ds/kube-proxy -n kube-system',
      'daemon set "kube-proxy" successfully rolled out\n',
      0,
    ],
    [
      'kubectl rollout status pod/hr-app',
      'error: no status viewer has been implemented for Pod\n',
      1,
    ],
    [
      'kubectl rollout status deployment nosuch',
      'Error from server (NotFound): deployments.apps "nosuch" not found\n',
      1,
    ],
    [
      'kubectl rollout restart deployment/nosuch',
      'Error from server (NotFound): deployments.apps "nosuch" not found\n',
      1,
    ],
    ['kubectl rollout restart deployment/blue', 'deployment.apps/blue restarted\n', 0],
    [
      'kubectl rollout restart ds/kube-proxy -n kube-system',
      'daemonset.apps/kube-proxy restarted\n',
      0,
    ],
    [
      'kubectl rollout bogus',
      'error: unknown command "bogus"\nSee \'kubectl rollout -h\' for help and examples\n',
      1,
    ],
  ])
  const d = lab.cluster.client.get<{ spec: { template: { metadata: { annotations: unknown } } } }>(
    'Deployment',
    'default',
    'blue',
  )
  expect(d.spec.template.metadata.annotations).toEqual({
    'kubectl.kubernetes.io/restartedAt': '2026-11-24T09:24:44Z',
  })
})

it('waits for a scaled deployment in virtual time and prints each new state once', async () => {
  await play([
    [
      'kubectl create deployment web --image=nginx --replicas=1',
      'deployment.apps/web created\n',
      0,
    ],
    [
      'kubectl scale deploy web --replicas=4 && kubectl rollout status deploy/web',
      'deployment.apps/web scaled\nWaiting for deployment spec update to be observed...\nWaiting for deployment "web" rollout to finish: 0 of 4 updated replicas are available...\ndeployment "web" successfully rolled out\n',
      0,
    ],
    [
      'kubectl rollout status deployment',
      'error: rollout status is only supported on individual resources and resource collections are not supported yet\n',
      1,
    ],
  ])
})
