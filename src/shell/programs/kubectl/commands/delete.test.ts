// kubectl delete: by name, TYPE/NAME, -l, --all, --force, --now, dry runs and errors.
// Expected texts recorded from the real kubectl v1.32.4 (client-side errors with no server,
// realkubectl.sh over kubeadm-world.json for the rest).
import { beforeAll, expect, it } from 'vitest'
import { blueAndHrApp, type Lab, type Step } from '../testing/harness'

let lab: Lab
let play: (steps: Step[]) => Promise<void>
beforeAll(() => {
  ;({ lab, play } = blueAndHrApp())
})

const FORCE =
  'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n'

/** any ReplicaSet name: blue's hash depends on the pod template */
const DRY_RS: string = expect.stringMatching(
  /^replicaset\.apps "blue-\w+" deleted \(dry run\)\n$/,
) as string

it('deletes by name and reports what is missing, as kubectl v1.32 does', async () => {
  await play([
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
      'kubectl delete',
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
      1,
    ],
    ['kubectl delete pod x --ignore-not-found', '', 0],
    [
      'kubectl delete pod x y',
      'Error from server (NotFound): pods "x" not found\nError from server (NotFound): pods "y" not found\n',
      1,
    ],
  ])
  expect(lab.cluster.client.tryGet('DaemonSet', 'kube-system', 'kube-proxy')).toBeUndefined()
})

it('waits for a graceful pod deletion to finish in virtual time', async () => {
  const before = lab.world.clock.now()
  await play([['kubectl run gone --image=nginx', 'pod/gone created\n', 0]])
  lab.world.clock.advance('30s')
  await play([['kubectl delete pod/gone', 'pod "gone" deleted\n', 0]])
  expect(lab.cluster.client.tryGet('Pod', 'default', 'gone')).toBeUndefined()
  expect(lab.world.clock.now()).toBeGreaterThan(before)
})

it('deletes by label and with --all', async () => {
  await play([
    ['kubectl run a --image=nginx --labels=tier=x', 'pod/a created\n', 0],
    ['kubectl run b --image=nginx --labels=tier=x', 'pod/b created\n', 0],
    ['kubectl delete pods -l tier=x -o name', 'pod/a\npod/b\n', 0],
    [
      'kubectl delete deploy --all --dry-run=server',
      'deployment.apps "blue" deleted (server dry run)\n',
      0,
    ],
  ])
  expect(lab.cluster.client.tryGet('Deployment', 'default', 'blue')).toBeDefined()
})
