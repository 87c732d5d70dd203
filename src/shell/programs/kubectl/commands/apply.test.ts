// kubectl apply -f FILE|-: created / configured / unchanged, multi-document YAML, JSON, here-docs,
// and the client-side errors. Error texts recorded from the real kubectl v1.32.4 (`--dry-run=client`
// with no server, and realkubectl.sh over kubeadm-world.json for mixed good and bad files).
import { beforeAll, expect, it } from 'vitest'
import type { Deployment } from '../../../../sim'
import { kubeadmLab, type Lab } from '../testing/harness'

let lab: Lab
const files: Record<string, string> = {
  '/root/dep.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: dev\n',
  '/root/pod.json':
    '{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "cache"}, "spec": {"containers": [{"name": "c", "image": "redis"}]}}\n',
  '/root/bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n spec: a\n',
  '/root/nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
  '/root/noapi.yaml': 'kind: Pod\nmetadata:\n  name: x\n',
  '/root/unk.yaml': 'apiVersion: v1\nkind: Widget\nmetadata:\n  name: x\n',
  '/root/badver.yaml': 'apiVersion: apps/v2\nkind: Deployment\nmetadata:\n  name: x\n',
  '/root/list.yaml': '- a\n- b\n',
  '/root/empty.yaml': '\n',
  '/root/tab.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n\tname: x\n',
  '/root/unclosed.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: "x\n',
}

beforeAll(() => {
  lab = kubeadmLab()
  const fs = lab.world.hosts.get('controlplane')!.fs
  for (const [p, t] of Object.entries(files)) fs.write(p, t)
})

async function expectRun(line: string, all: string, code: number) {
  const r = await lab.run(line)
  expect({ line, all: r.all, code: r.code }).toEqual({ line, all, code })
}

it('creates every document of a file, then finds them unchanged, then configured after an edit', async () => {
  await expectRun(
    'kubectl apply -f dep.yaml --dry-run=client',
    'deployment.apps/web created (dry run)\nnamespace/dev created (dry run)\n',
    0,
  )
  expect(lab.cluster.client.tryGet('Deployment', 'default', 'web')).toBeUndefined()
  await expectRun(
    'kubectl apply -f dep.yaml',
    'deployment.apps/web created\nnamespace/dev created\n',
    0,
  )
  await expectRun(
    'kubectl apply -f dep.yaml',
    'deployment.apps/web unchanged\nnamespace/dev unchanged\n',
    0,
  )
  const fs = lab.world.hosts.get('controlplane')!.fs
  fs.write('/root/dep.yaml', files['/root/dep.yaml'].replace('replicas: 2', 'replicas: 4'))
  await expectRun(
    'kubectl apply -f dep.yaml',
    'deployment.apps/web configured\nnamespace/dev unchanged\n',
    0,
  )
  const d = lab.cluster.client.get<Deployment>('Deployment', 'default', 'web')
  expect(d.spec?.replicas).toBe(4)
  await expectRun('kubectl apply -f dep.yaml -o name', 'deployment.apps/web\nnamespace/dev\n', 0)
})

it('reads JSON, stdin and here-documents', async () => {
  await expectRun('kubectl apply -f pod.json', 'pod/cache created\n', 0)
  await expectRun('kubectl apply -f - < pod.json', 'pod/cache unchanged\n', 0)
  await expectRun(
    'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nmetadata:\n  name: scratch\n  namespace: dev\nspec:\n  containers:\n  - name: c\n    image: busybox\n    volumeMounts:\n    - name: tmp\n      mountPath: /tmp\n  volumes:\n  - name: tmp\n    emptyDir: {}\nEOF',
    'pod/scratch created\n',
    0,
  )
  expect(lab.cluster.client.tryGet('Pod', 'dev', 'scratch')).toBeDefined()
  await expectRun(
    'cat pod.json | kubectl apply -f - --dry-run=server',
    'pod/cache unchanged (server dry run)\n',
    0,
  )
})

it.each([
  ['nosuch.yaml', 'error: the path "nosuch.yaml" does not exist\n'],
  [
    'bad.yaml',
    'error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n',
  ],
  [
    'nokind.yaml',
    'error: error validating "nokind.yaml": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'noapi.yaml',
    'error: error validating "noapi.yaml": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'list.yaml',
    'error: error validating "list.yaml": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false\n',
  ],
  [
    'unk.yaml',
    'error: resource mapping not found for name: "x" namespace: "" from "unk.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first\n',
  ],
  [
    'badver.yaml',
    'error: resource mapping not found for name: "x" namespace: "" from "badver.yaml": no matches for kind "Deployment" in version "apps/v2"\nensure CRDs are installed first\n',
  ],
  ['empty.yaml', 'error: no objects passed to apply\n'],
  [
    'tab.yaml',
    'error: error parsing tab.yaml: error converting YAML to JSON: yaml: line 4: found character that cannot start any token\n',
  ],
  [
    'unclosed.yaml',
    'error: error parsing unclosed.yaml: error converting YAML to JSON: yaml: line 5: found unexpected end of stream\n',
  ],
])('apply -f %s fails as kubectl does', async (file, all) => {
  await expectRun(`kubectl apply -f ${file} --dry-run=client`, all, 1)
})

it('applies the good files and reports the bad ones at the end', async () => {
  await expectRun(
    'kubectl apply -f bad.yaml -f pod.json --dry-run=client',
    'pod/cache unchanged (dry run)\nerror: error parsing bad.yaml: error converting YAML to JSON: yaml: line 4: did not find expected key\n',
    1,
  )
  await expectRun(
    'kubectl apply -f unk.yaml -f badver.yaml --dry-run=client',
    'resource mapping not found for name: "x" namespace: "" from "unk.yaml": no matches for kind "Widget" in version "v1"\nensure CRDs are installed first\n' +
      'resource mapping not found for name: "x" namespace: "" from "badver.yaml": no matches for kind "Deployment" in version "apps/v2"\nensure CRDs are installed first\n',
    1,
  )
  await expectRun(
    'kubectl apply -f pod.json -f nosuch.yaml',
    'error: the path "nosuch.yaml" does not exist\n',
    1,
  )
})

it('needs -f', async () => {
  await expectRun('kubectl apply', 'error: must specify one of -f and -k\n', 1)
  await expectRun(
    'kubectl apply -f',
    "Error: flag needs an argument: 'f' in -f\nSee 'kubectl apply --help' for usage.\n",
    1,
  )
})
