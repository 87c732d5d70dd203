import { expect, it } from 'vitest'
import { barePod, deployment, kubeadmLab } from '../testing/harness'

const FORCE =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n'

/** Each step: a command line, what the terminal shows (stdout+stderr in order) and the exit code. */
/** any ReplicaSet name: blue's hash depends on the pod template */
const DRY_RS: string = expect.stringMatching(
  /^replicaset\.apps "blue-\w+" deleted \(dry run\)\n$/,
) as string

async function play(steps: [string, string, number][]) {
  const l = kubeadmLab()
  l.create(deployment('blue', 3))
  l.create(barePod('hr-app', 'node01'))
  l.world.clock.advance('2m')
  for (const [line, all, code] of steps) {
    const r = await l.run(line)
    expect({ line, all: r.all, code: r.code }).toEqual({ line, all, code })
  }
  return l
}

it('delete, scale, taint and label answer as kubectl v1.32 does (recorded with the real client)', async () => {
  const l = await play([
    ['kubectl delete pod nosuch', 'Error from server (NotFound): pods "nosuch" not found\n', 1],
    ['kubectl delete pod hr-app', 'pod "hr-app" deleted\n', 0],
    ['kubectl delete pod hr-app', 'Error from server (NotFound): pods "hr-app" not found\n', 1],
    ['kubectl delete pods', 'error: resource(s) were provided, but no name was specified\n', 1],
    [
      'kubectl delete pods x --all',
      'error: name cannot be provided when a selector is specified\n',
      1,
    ],
    ['kubectl delete pods -l app=none', 'No resources found\n', 0],
    [
      'kubectl delete nosuchkind x',
      'error: the server doesn\'t have a resource type "nosuchkind"\n',
      1,
    ],
    [
      'kubectl delete pod x --now --grace-period=5',
      'error: --now and --grace-period cannot be specified together\n',
      1,
    ],
    [
      'kubectl delete ds kube-proxy -n kube-system --force',
      `${FORCE}daemonset.apps "kube-proxy" force deleted\n`,
      0,
    ],
    ['kubectl delete rs --all --dry-run=client', DRY_RS, 0],
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
    ['kubectl taint nodes node01 key=value:NoSchedule', 'node/node01 tainted\n', 0],
    [
      'kubectl taint nodes node01 key=other:NoSchedule',
      'error: node node01 already has key taint(s) with same effect(s) and --overwrite is false\n',
      1,
    ],
    ['kubectl taint nodes node01 key=other:NoSchedule --overwrite', 'node/node01 modified\n', 0],
    ['kubectl taint nodes node01 key:NoSchedule-', 'node/node01 untainted\n', 0],
    ['kubectl taint nodes node01 nokey-', 'error: taint "nokey" not found\n', 1],
    [
      'kubectl taint nodes node01 nokey:NoSchedule-',
      'error: taint "nokey:NoSchedule" not found\n',
      1,
    ],
    [
      'kubectl taint node node01 foo=bar:Bad',
      "error: invalid taint effect: Bad, unsupported taint effect\nSee 'kubectl taint -h' for help and examples\n",
      1,
    ],
    [
      'kubectl taint nodes node01 a=b:NoSchedule a-',
      'error: can not both modify and remove the following taint(s) in the same command: a=\n',
      1,
    ],
    [
      'kubectl taint pods hr-app a=b:NoSchedule',
      'error: invalid resource type pods, only node types are supported\n',
      1,
    ],
    [
      'kubectl taint nodes nosuch a=b:NoSchedule',
      'Error from server (NotFound): nodes "nosuch" not found\n',
      1,
    ],
    ['kubectl taint nodes node01', 'error: at least one taint update is required\n', 1],
    ['kubectl taint', 'error: one or more resources must be specified as <resource> <name>\n', 1],
    ['kubectl label nodes node01 disk=ssd', 'node/node01 labeled\n', 0],
    ['kubectl label nodes node01 disk=ssd', 'node/node01 not labeled\n', 0],
    [
      'kubectl label nodes node01 disk=hdd',
      "error: 'disk' already has a value (ssd), and --overwrite is false\n",
      1,
    ],
    ['kubectl label nodes node01 disk=hdd --overwrite', 'node/node01 labeled\n', 0],
    ['kubectl label nodes node01 disk-', 'node/node01 unlabeled\n', 0],
    [
      'kubectl label nodes node01 nosuch-',
      'label "nosuch" not found.\nnode/node01 not labeled\n',
      0,
    ],
    ['kubectl label pods -l app=nomatch a=b', '', 0],
    [
      'kubectl label pod x a=b a-',
      'error: can not both modify and remove a label in the same command\n',
      1,
    ],
    [
      'kubectl label',
      'error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n',
      1,
    ],
    ['kubectl label pods x', 'error: at least one label update is required\n', 1],
    ['kubectl annotate pods x', 'error: at least one annotation update is required\n', 1],
    ['kubectl annotate node node01 a=b', 'node/node01 annotated\n', 0],
  ])
  expect(l.cluster.client.tryGet('DaemonSet', 'kube-system', 'kube-proxy')).toBeUndefined()
})

it('create and run print what they would send, and refuse a missing --image through klog', async () => {
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
    ['kubectl create deployment web --image=nginx', 'deployment.apps/web created\n', 0],
    [
      'kubectl create deployment web --image=nginx',
      'Error from server (AlreadyExists): deployments.apps "web" already exists\n',
      1,
    ],
    ['kubectl run web2 --image=nginx', 'pod/web2 created\n', 0],
    ['kubectl rollout status deployment', 'error: required resource not specified\n', 1],
    [
      'kubectl rollout bogus',
      'error: unknown command "bogus"\nSee \'kubectl rollout -h\' for help and examples\n',
      1,
    ],
    ['kubectl apply', 'error: must specify one of -f and -k\n', 1],
    ['kubectl apply -f nosuch.yaml', 'error: the path "nosuch.yaml" does not exist\n', 1],
  ])
})
