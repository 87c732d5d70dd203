// kubectl create deployment / namespace / -f: what is sent, -o yaml|name, dry runs and errors.
// Expected texts recorded from the real kubectl v1.32.4 (client-side dry runs need no server).
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

it('creates deployments and namespaces as kubectl does', async () => {
  await play([
    [
      'kubectl create deployment web --image=nginx --replicas=2 --port=80 --dry-run=client -o yaml',
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  creationTimestamp: null\n  labels:\n    app: web\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  strategy: {}\n  template:\n    metadata:\n      creationTimestamp: null\n      labels:\n        app: web\n    spec:\n      containers:\n      - image: nginx\n        name: nginx\n        ports:\n        - containerPort: 80\n        resources: {}\nstatus: {}\n',
      0,
    ],
    [
      'kubectl create deployment web --image=nginx --dry-run=client',
      'deployment.apps/web created (dry run)\n',
      0,
    ],
    [
      'kubectl create deployment web --image=nginx --dry-run=client -o name',
      'deployment.apps/web\n',
      0,
    ],
    [
      'kubectl create ns dev --dry-run=client -o yaml',
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  creationTimestamp: null\n  name: dev\nspec: {}\nstatus: {}\n',
      0,
    ],
    [
      'kubectl create namespace',
      "error: exactly one NAME is required, got 0\nSee 'kubectl create namespace -h' for help and examples\n",
      1,
    ],
    [
      'kubectl create deployment a b --image=x',
      "error: exactly one NAME is required, got 2\nSee 'kubectl create deployment -h' for help and examples\n",
      1,
    ],
    ['kubectl create', 'error: must specify one of -f and -k\n', 1],
    [
      'kubectl create foo',
      "error: Unexpected args: [foo]\nSee 'kubectl create -h' for help and examples\n",
      1,
    ],
    [
      'kubectl create deployment x',
      'E1124 09:24:44.000000    6466 run.go:72] "command failed" err="required flag(s) \\"image\\" not set"\n',
      1,
    ],
    ['kubectl create deployment web --image=nginx', 'deployment.apps/web created\n', 0],
    [
      'kubectl create deployment web --image=nginx',
      'Error from server (AlreadyExists): deployments.apps "web" already exists\n',
      1,
    ],
    [
      'kubectl create deploy --image=x -- a',
      "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n",
      1,
    ],
    [
      'kubectl create deployment x --image=nginx -r=3000000000',
      'Error: invalid argument "3000000000" for "-r, --replicas" flag: strconv.ParseInt: parsing "3000000000": value out of range\nSee \'kubectl create deployment --help\' for usage.\n',
      1,
    ],
    ['kubectl create namespace dev', 'namespace/dev created\n', 0],
    ['kubectl create deployment api --image=nginx -n dev -o name', 'deployment.apps/api\n', 0],
  ])
})

it('defaults what kubectl create sends as the API server does', async () => {
  const d = lab.cluster.client.get<{ spec: { strategy: unknown } }>('Deployment', 'dev', 'api')
  expect(d.spec.strategy).toEqual({
    type: 'RollingUpdate',
    rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
  })
  const ns = lab.cluster.client.get<{ status: unknown }>('Namespace', undefined, 'dev')
  expect(ns.status).toEqual({ phase: 'Active' })
})
