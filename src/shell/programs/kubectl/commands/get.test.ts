// kubectl get tables: columns and cells per kind (printers.go), several kinds at once, -A, -L,
// --show-kind, --no-headers, selectors and the empty-result messages. Whole outputs.
import { expect, it } from 'vitest'
import { readWorld as world } from './readWorld'
import { run } from './testkit'
it('get pods prints NAME READY STATUS RESTARTS AGE with ages from the virtual clock', async () => {
  expect(await run(await world(), 'kubectl get pods')).toEqual({
    stdout: `NAME                    READY   STATUS    RESTARTS   AGE
blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s
blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s
blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s
hr-app                  1/1     Running   0          5m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get pods -o wide adds IP, NODE, NOMINATED NODE and READINESS GATES', async () => {
  expect(await run(await world(), 'kubectl get pods -o wide')).toEqual({
    stdout: `NAME                    READY   STATUS    RESTARTS   AGE     IP           NODE           NOMINATED NODE   READINESS GATES
blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s   172.17.0.3   controlplane   <none>           <none>
blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s   172.17.1.3   node01         <none>           <none>
blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s   172.17.1.4   node01         <none>           <none>
hr-app                  1/1     Running   0          5m12s   172.17.1.5   node01         <none>           <none>
`,
    stderr: ``,
    code: 0,
  })
})

it('get deploy,rs prints one table per kind with kind prefixes and a blank line between', async () => {
  expect(await run(await world(), 'kubectl get deploy,rs')).toEqual({
    stdout: `NAME                   READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/blue   3/3     3            3           6m12s

NAME                              DESIRED   CURRENT   READY   AGE
replicaset.apps/blue-7bccb7c94b   3         3         3       6m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get deploy,rs --no-headers prints no blank line between kinds', async () => {
  expect(await run(await world(), 'kubectl get deploy,rs --no-headers')).toEqual({
    stdout: `deployment.apps/blue   3/3   3     3     6m12s
replicaset.apps/blue-7bccb7c94b   3     3     3     6m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get pdb shows N/A for an unset max unavailable', async () => {
  expect(await run(await world(), 'kubectl get pdb')).toEqual({
    stdout: `NAME       MIN AVAILABLE   MAX UNAVAILABLE   ALLOWED DISRUPTIONS   AGE
blue-pdb   2               N/A               1                     5m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get in an empty namespace says so on stderr and exits 0', async () => {
  expect(await run(await world(), 'kubectl get pods -n nosuchns')).toEqual({
    stdout: ``,
    stderr: `No resources found in nosuchns namespace.
`,
    code: 0,
  })
})

it('get -A with nothing found prints No resources found', async () => {
  expect(await run(await world(), 'kubectl get pods -A -l app=none')).toEqual({
    stdout: ``,
    stderr: `No resources found
`,
    code: 0,
  })
})

it('get nodes with nothing found names the default namespace like kubectl', async () => {
  expect(await run(await world(), 'kubectl get nodes -l app=none')).toEqual({
    stdout: ``,
    stderr: `No resources found in default namespace.
`,
    code: 0,
  })
})

it('get nodes filters on spec.unschedulable', async () => {
  expect(
    await run(await world(), 'kubectl get nodes --field-selector spec.unschedulable=false'),
  ).toEqual({
    stdout: `NAME           STATUS   ROLES           AGE   VERSION
controlplane   Ready    control-plane   36m   v1.33.0
node01         Ready    <none>          36m   v1.33.0
`,
    stderr: ``,
    code: 0,
  })
})

it('get nodes refuses a field selector the server does not support', async () => {
  expect(
    await run(await world(), 'kubectl get nodes --field-selector status.phase=Running'),
  ).toEqual({
    stdout: ``,
    stderr: `Error from server (BadRequest): Unable to find "/v1, Resource=nodes" that match label selector "", field selector "status.phase=Running": field label not supported: status.phase
`,
    code: 1,
  })
})

it('get deployments explains that only metadata fields can be selected', async () => {
  expect(await run(await world(), 'kubectl get deploy --field-selector spec.replicas=3')).toEqual({
    stdout: ``,
    stderr: `Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"
`,
    code: 1,
  })
})

it('get pods combines status.phase and spec.nodeName field selectors', async () => {
  expect(
    await run(
      await world(),
      'kubectl get pods --field-selector status.phase=Running,spec.nodeName=node01',
    ),
  ).toEqual({
    stdout: `NAME                    READY   STATUS    RESTARTS   AGE
blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s
blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s
hr-app                  1/1     Running   0          5m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get -L adds a label column and --show-kind prefixes names', async () => {
  expect(await run(await world(), 'kubectl get pods -L run --show-kind')).toEqual({
    stdout: `NAME                        READY   STATUS    RESTARTS   AGE     RUN
pod/blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s   
pod/blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s   
pod/blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s   
pod/hr-app                  1/1     Running   0          5m12s   hr-app
`,
    stderr: ``,
    code: 0,
  })
})

it('get -w prints the current state once and says watching is not simulated', async () => {
  expect(await run(await world(), 'kubectl get pods -w')).toEqual({
    stdout: `NAME                    READY   STATUS    RESTARTS   AGE
blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s
blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s
blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s
hr-app                  1/1     Running   0          5m12s
`,
    stderr: `kubectl get --watch: watching is not simulated in Cordon; this is the current state.
`,
    code: 0,
  })
})

it('get pods,nodes prints both kinds with prefixes', async () => {
  expect(await run(await world(), 'kubectl get pods,nodes')).toEqual({
    stdout: `NAME                        READY   STATUS    RESTARTS   AGE
pod/blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s
pod/blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s
pod/blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s
pod/hr-app                  1/1     Running   0          5m12s

NAME                STATUS   ROLES           AGE   VERSION
node/controlplane   Ready    control-plane   36m   v1.33.0
node/node01         Ready    <none>          36m   v1.33.0
`,
    stderr: ``,
    code: 0,
  })
})

it('get with a missing name prints the found rows then the NotFound error', async () => {
  expect(await run(await world(), 'kubectl get pods hr-app nosuch')).toEqual({
    stdout: `NAME     READY   STATUS    RESTARTS   AGE
hr-app   1/1     Running   0          5m12s
`,
    stderr: `Error from server (NotFound): pods "nosuch" not found
`,
    code: 1,
  })
})

it('get refuses a name together with a selector', async () => {
  expect(await run(await world(), 'kubectl get pods hr-app -l run=hr-app')).toEqual({
    stdout: ``,
    stderr: `error: name cannot be provided when a selector is specified
`,
    code: 1,
  })
})

it('get ds -A -o wide shows node selectors, containers, images and selectors', async () => {
  expect(await run(await world(), 'kubectl get ds -A -o wide')).toEqual({
    stdout: `NAMESPACE      NAME              DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE   CONTAINERS     IMAGES                               SELECTOR
kube-flannel   kube-flannel-ds   2         2         2       2            2           <none>                   36m   kube-flannel   docker.io/flannel/flannel:v0.26.1    app=flannel,k8s-app=flannel
kube-system    kube-proxy        2         2         2       2            2           kubernetes.io/os=linux   36m   kube-proxy     registry.k8s.io/kube-proxy:v1.33.0   k8s-app=kube-proxy
`,
    stderr: ``,
    code: 0,
  })
})

it('get all lists pods, services, deployments and replicasets in discovery order', async () => {
  expect(await run(await world(), 'kubectl get all')).toEqual({
    stdout: `NAME                        READY   STATUS    RESTARTS   AGE
pod/blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s
pod/blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s
pod/blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s
pod/hr-app                  1/1     Running   0          5m12s

NAME                 TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)   AGE
service/kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP   36m

NAME                   READY   UP-TO-DATE   AVAILABLE   AGE
deployment.apps/blue   3/3     3            3           6m12s

NAME                              DESIRED   CURRENT   READY   AGE
replicaset.apps/blue-7bccb7c94b   3         3         3       6m12s
`,
    stderr: ``,
    code: 0,
  })
})

it('get events prints LAST SEEN TYPE REASON OBJECT MESSAGE', async () => {
  expect(
    await run(await world(), 'kubectl get events --field-selector involvedObject.name=blue'),
  ).toEqual({
    stdout: `LAST SEEN   TYPE     REASON              OBJECT            MESSAGE
6m12s       Normal   ScalingReplicaSet   deployment/blue   Scaled up replica set blue-7bccb7c94b from 0 to 3
`,
    stderr: ``,
    code: 0,
  })
})

it('get events -o wide interleaves SUBOBJECT, SOURCE, FIRST SEEN, COUNT and NAME', async () => {
  expect(
    await run(
      await world(),
      'kubectl get events -o wide --field-selector involvedObject.kind=Deployment',
    ),
  ).toEqual({
    stdout: `LAST SEEN   TYPE     REASON              OBJECT            SUBOBJECT   SOURCE                  MESSAGE                                             FIRST SEEN   COUNT   NAME
6m12s       Normal   ScalingReplicaSet   deployment/blue               deployment-controller   Scaled up replica set blue-7bccb7c94b from 0 to 3   6m12s        1       blue.587f9a6c4ad0f6d3
`,
    stderr: ``,
    code: 0,
  })
})

it('get rs -o wide shows the selector with the pod-template-hash', async () => {
  expect(await run(await world(), 'kubectl get rs -o wide')).toEqual({
    stdout: `NAME              DESIRED   CURRENT   READY   AGE     CONTAINERS   IMAGES   SELECTOR
blue-7bccb7c94b   3         3         3       6m12s   nginx        nginx    app=blue,pod-template-hash=7bccb7c94b
`,
    stderr: ``,
    code: 0,
  })
})

it('get deploy -o wide shows containers, images and selector', async () => {
  expect(await run(await world(), 'kubectl get deploy -o wide')).toEqual({
    stdout: `NAME   READY   UP-TO-DATE   AVAILABLE   AGE     CONTAINERS   IMAGES   SELECTOR
blue   3/3     3            3           6m12s   nginx        nginx    app=blue
`,
    stderr: ``,
    code: 0,
  })
})

it('get nodes prints STATUS, ROLES and the kubelet VERSION', async () => {
  expect(await run(await world(), 'kubectl get nodes')).toEqual({
    stdout: `NAME           STATUS   ROLES           AGE   VERSION
controlplane   Ready    control-plane   36m   v1.33.0
node01         Ready    <none>          36m   v1.33.0
`,
    stderr: ``,
    code: 0,
  })
})

it('get nodes -o wide prints addresses, OS image, kernel and runtime', async () => {
  expect(await run(await world(), 'kubectl get nodes -o wide')).toEqual({
    stdout: `NAME           STATUS   ROLES           AGE   VERSION   INTERNAL-IP     EXTERNAL-IP   OS-IMAGE             KERNEL-VERSION    CONTAINER-RUNTIME
controlplane   Ready    control-plane   36m   v1.33.0   192.168.100.2   <none>        Ubuntu 22.04.5 LTS   5.15.0-1083-gcp   containerd://1.7.24
node01         Ready    <none>          36m   v1.33.0   192.168.100.3   <none>        Ubuntu 22.04.5 LTS   5.15.0-1083-gcp   containerd://1.7.24
`,
    stderr: ``,
    code: 0,
  })
})

it('get ns lists the kubeadm namespaces', async () => {
  expect(await run(await world(), 'kubectl get ns')).toEqual({
    stdout: `NAME              STATUS   AGE
default           Active   36m
kube-flannel      Active   36m
kube-node-lease   Active   36m
kube-public       Active   36m
kube-system       Active   36m
`,
    stderr: ``,
    code: 0,
  })
})

it('get svc -A prints types, cluster IPs and ports', async () => {
  expect(await run(await world(), 'kubectl get svc -A')).toEqual({
    stdout: `NAMESPACE     NAME         TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE
default       kubernetes   ClusterIP   10.96.0.1    <none>        443/TCP                  36m
kube-system   kube-dns     ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   36m
`,
    stderr: ``,
    code: 0,
  })
})

it('get cm and leases print DATA and HOLDER', async () => {
  expect(await run(await world(), 'kubectl get cm,leases -A')).toEqual({
    stdout: `NAMESPACE     NAME                       DATA   AGE
kube-system   configmap/kubeadm-config   1      36m

NAMESPACE         NAME                                     HOLDER         AGE
kube-node-lease   lease.coordination.k8s.io/controlplane   controlplane   36m
kube-node-lease   lease.coordination.k8s.io/node01         node01         36m
`,
    stderr: ``,
    code: 0,
  })
})

it('get pods -A --sort-by sorts across namespaces with natural order', async () => {
  expect(
    await run(await world(), 'kubectl get pods -A --sort-by=.metadata.name --no-headers'),
  ).toEqual({
    stdout: `default        blue-7bccb7c94b-5ng2v                  1/1   Running   0     6m12s
default        blue-7bccb7c94b-7ttfw                  1/1   Running   0     6m12s
default        blue-7bccb7c94b-dbcz8                  1/1   Running   0     6m12s
kube-system    coredns-58f7c4764c-kvjq8               1/1   Running   0     36m
kube-system    coredns-58f7c4764c-nntnl               1/1   Running   0     36m
kube-system    etcd-controlplane                      1/1   Running   0     36m
default        hr-app                                 1/1   Running   0     5m12s
kube-system    kube-apiserver-controlplane            1/1   Running   0     36m
kube-system    kube-controller-manager-controlplane   1/1   Running   0     36m
kube-flannel   kube-flannel-ds-cwlhp                  1/1   Running   0     36m
kube-flannel   kube-flannel-ds-smb66                  1/1   Running   0     36m
kube-system    kube-proxy-5gbjr                       1/1   Running   0     36m
kube-system    kube-proxy-ctgb8                       1/1   Running   0     36m
kube-system    kube-scheduler-controlplane            1/1   Running   0     36m
`,
    stderr: ``,
    code: 0,
  })
})

it('get pods --show-labels adds a LABELS column', async () => {
  expect(await run(await world(), 'kubectl get pods --show-labels')).toEqual({
    stdout: `NAME                    READY   STATUS    RESTARTS   AGE     LABELS
blue-7bccb7c94b-5ng2v   1/1     Running   0          6m12s   app=blue,pod-template-hash=7bccb7c94b
blue-7bccb7c94b-7ttfw   1/1     Running   0          6m12s   app=blue,pod-template-hash=7bccb7c94b
blue-7bccb7c94b-dbcz8   1/1     Running   0          6m12s   app=blue,pod-template-hash=7bccb7c94b
hr-app                  1/1     Running   0          5m12s   run=hr-app
`,
    stderr: ``,
    code: 0,
  })
})
