// kubectl version, config, api-resources and options over the kubeadm world. Whole outputs.
import { expect, it } from 'vitest'
import { readWorld as world } from './readWorld'
import { run } from './testkit'
it("version prints the client (the host's kubectl package), Kustomize and server versions", async () => {
  expect(await run(await world(), 'kubectl version')).toEqual({
    stdout: `Client Version: v1.33.0
Kustomize Version: v5.6.0
Server Version: v1.33.0
`,
    stderr: ``,
    code: 0,
  })
})

it('version --client prints only the client lines', async () => {
  expect(await run(await world(), 'kubectl version --client')).toEqual({
    stdout: `Client Version: v1.33.0
Kustomize Version: v5.6.0
`,
    stderr: ``,
    code: 0,
  })
})

it('version -o json prints the version info in struct order', async () => {
  expect(await run(await world(), 'kubectl version -o json')).toEqual({
    stdout: `{
  "clientVersion": {
    "major": "1",
    "minor": "33",
    "gitVersion": "v1.33.0",
    "gitCommit": "0000000000000000000000000000000000000000",
    "gitTreeState": "clean",
    "buildDate": "1970-01-01T00:00:00Z",
    "goVersion": "go1.24.2",
    "compiler": "gc",
    "platform": "linux/amd64"
  },
  "kustomizeVersion": "v5.6.0",
  "serverVersion": {
    "major": "1",
    "minor": "33",
    "gitVersion": "v1.33.0",
    "gitCommit": "0000000000000000000000000000000000000000",
    "gitTreeState": "clean",
    "buildDate": "1970-01-01T00:00:00Z",
    "goVersion": "go1.24.2",
    "compiler": "gc",
    "platform": "linux/amd64"
  }
}
`,
    stderr: ``,
    code: 0,
  })
})

it('version -o yaml prints sorted keys and a blank line', async () => {
  expect(await run(await world(), 'kubectl version -o yaml')).toEqual({
    stdout: `clientVersion:
  buildDate: "1970-01-01T00:00:00Z"
  compiler: gc
  gitCommit: "0000000000000000000000000000000000000000"
  gitTreeState: clean
  gitVersion: v1.33.0
  goVersion: go1.24.2
  major: "1"
  minor: "33"
  platform: linux/amd64
kustomizeVersion: v5.6.0
serverVersion:
  buildDate: "1970-01-01T00:00:00Z"
  compiler: gc
  gitCommit: "0000000000000000000000000000000000000000"
  gitTreeState: clean
  gitVersion: v1.33.0
  goVersion: go1.24.2
  major: "1"
  minor: "33"
  platform: linux/amd64

`,
    stderr: ``,
    code: 0,
  })
})

it('version rejects other output formats', async () => {
  expect(await run(await world(), 'kubectl version -o xml')).toEqual({
    stdout: ``,
    stderr: `error: --output must be 'yaml' or 'json'
`,
    code: 1,
  })
})

it('version rejects extra arguments', async () => {
  expect(await run(await world(), 'kubectl version extra')).toEqual({
    stdout: ``,
    stderr: `error: extra arguments: [extra]
`,
    code: 1,
  })
})

it('config current-context names the kubeadm admin context', async () => {
  expect(await run(await world(), 'kubectl config current-context')).toEqual({
    stdout: `kubernetes-admin@kubernetes
`,
    stderr: ``,
    code: 0,
  })
})

it('config get-contexts marks the current context', async () => {
  expect(await run(await world(), 'kubectl config get-contexts')).toEqual({
    stdout: `CURRENT   NAME                          CLUSTER      AUTHINFO           NAMESPACE
*         kubernetes-admin@kubernetes   kubernetes   kubernetes-admin   
`,
    stderr: ``,
    code: 0,
  })
})

it('config get-contexts -o name prints the names only', async () => {
  expect(await run(await world(), 'kubectl config get-contexts -o name')).toEqual({
    stdout: `kubernetes-admin@kubernetes
`,
    stderr: ``,
    code: 0,
  })
})

it('config get-contexts with an unknown name prints the header then fails', async () => {
  expect(await run(await world(), 'kubectl config get-contexts nope')).toEqual({
    stdout: `CURRENT   NAME   CLUSTER   AUTHINFO   NAMESPACE
`,
    stderr: `error: context nope not found
`,
    code: 1,
  })
})

it('config use-context switches to a known context', async () => {
  expect(
    await run(await world(), 'kubectl config use-context kubernetes-admin@kubernetes'),
  ).toEqual({
    stdout: `Switched to context "kubernetes-admin@kubernetes".
`,
    stderr: ``,
    code: 0,
  })
})

it('config use-context refuses an unknown context', async () => {
  expect(await run(await world(), 'kubectl config use-context nope')).toEqual({
    stdout: ``,
    stderr: `error: no context exists with the name: "nope"
`,
    code: 1,
  })
})

it('config view prints the kubeconfig with data omitted', async () => {
  expect(await run(await world(), 'kubectl config view')).toEqual({
    stdout: `apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: DATA+OMITTED
    server: https://192.168.100.2:6443
  name: kubernetes
contexts:
- context:
    cluster: kubernetes
    user: kubernetes-admin
  name: kubernetes-admin@kubernetes
current-context: kubernetes-admin@kubernetes
kind: Config
preferences: {}
users:
- name: kubernetes-admin
  user:
    client-certificate-data: DATA+OMITTED
    client-key-data: DATA+OMITTED
`,
    stderr: ``,
    code: 0,
  })
})

it('config view -o json prints the Config struct order', async () => {
  expect(await run(await world(), 'kubectl config view -o json')).toEqual({
    stdout: `{
    "kind": "Config",
    "apiVersion": "v1",
    "preferences": {},
    "clusters": [
        {
            "name": "kubernetes",
            "cluster": {
                "server": "https://192.168.100.2:6443",
                "certificate-authority-data": "DATA+OMITTED"
            }
        }
    ],
    "users": [
        {
            "name": "kubernetes-admin",
            "user": {
                "client-certificate-data": "DATA+OMITTED",
                "client-key-data": "DATA+OMITTED"
            }
        }
    ],
    "contexts": [
        {
            "name": "kubernetes-admin@kubernetes",
            "context": {
                "cluster": "kubernetes",
                "user": "kubernetes-admin"
            }
        }
    ],
    "current-context": "kubernetes-admin@kubernetes"
}
`,
    stderr: ``,
    code: 0,
  })
})

it('api-resources lists the simulated resources in discovery order', async () => {
  expect(await run(await world(), 'kubectl api-resources')).toEqual({
    stdout: `NAME                   SHORTNAMES   APIVERSION               NAMESPACED   KIND
configmaps             cm           v1                       true         ConfigMap
events                 ev           v1                       true         Event
namespaces             ns           v1                       false        Namespace
nodes                  no           v1                       false        Node
pods                   po           v1                       true         Pod
secrets                             v1                       true         Secret
services               svc          v1                       true         Service
daemonsets             ds           apps/v1                  true         DaemonSet
deployments            deploy       apps/v1                  true         Deployment
replicasets            rs           apps/v1                  true         ReplicaSet
statefulsets           sts          apps/v1                  true         StatefulSet
poddisruptionbudgets   pdb          policy/v1                true         PodDisruptionBudget
leases                              coordination.k8s.io/v1   true         Lease
`,
    stderr: ``,
    code: 0,
  })
})

it('api-resources --namespaced=false lists the cluster-scoped ones', async () => {
  expect(await run(await world(), 'kubectl api-resources --namespaced=false')).toEqual({
    stdout: `NAME         SHORTNAMES   APIVERSION   NAMESPACED   KIND
namespaces   ns           v1           false        Namespace
nodes        no           v1           false        Node
`,
    stderr: ``,
    code: 0,
  })
})

it('api-resources -o name --api-group=apps prints group-qualified names', async () => {
  expect(await run(await world(), 'kubectl api-resources -o name --api-group=apps')).toEqual({
    stdout: `daemonsets.apps
deployments.apps
replicasets.apps
statefulsets.apps
`,
    stderr: ``,
    code: 0,
  })
})

it('api-resources --sort-by=kind sorts by kind', async () => {
  expect(await run(await world(), 'kubectl api-resources --sort-by=kind --no-headers')).toEqual({
    stdout: `configmaps             cm       v1                       true    ConfigMap
daemonsets             ds       apps/v1                  true    DaemonSet
deployments            deploy   apps/v1                  true    Deployment
events                 ev       v1                       true    Event
leases                          coordination.k8s.io/v1   true    Lease
namespaces             ns       v1                       false   Namespace
nodes                  no       v1                       false   Node
pods                   po       v1                       true    Pod
poddisruptionbudgets   pdb      policy/v1                true    PodDisruptionBudget
replicasets            rs       apps/v1                  true    ReplicaSet
secrets                         v1                       true    Secret
services               svc      v1                       true    Service
statefulsets           sts      apps/v1                  true    StatefulSet
`,
    stderr: ``,
    code: 0,
  })
})
