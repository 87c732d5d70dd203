// kubectl describe: exact names, name prefixes, label selectors, lists and errors. Whole outputs.
import { expect, it } from 'vitest'
import { readWorld as world } from './readWorld'
import { run } from './testkit'
/** `kubectl describe pod hr-app` in the test world (shared by the name, -l and whole-kind forms). */
const HR_APP_DESCRIBE = `Name:             hr-app
Namespace:        default
Priority:         0
Service Account:  default
Node:             node01/192.168.100.3
Start Time:       Tue, 24 Nov 2026 09:31:01 +0000
Labels:           run=hr-app
Annotations:      <none>
Status:           Running
IP:               172.17.1.5
IPs:
  IP:  172.17.1.5
Containers:
  hr-app:
    Container ID:   containerd://c6e2fa43f797f7ad6c3cd401a395b4682b4ccc69502926abe2573efa3520c2d2
    Image:          nginx
    Image ID:       docker.io/library/nginx@sha256:18894cf1b6b8deb882b08917118a05ae53f14835bbe6bf8c903bdc4b1a0b3092
    Port:           80/TCP
    Host Port:      0/TCP
    State:          Running
      Started:      Tue, 24 Nov 2026 09:31:03 +0000
    Ready:          True
    Restart Count:  0
    Environment:
      A:     b
    Mounts:  <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    BestEffort
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:                       <none>
`

it('describe matches a name prefix and ends each match with a blank line', async () => {
  expect(await run(await world(), 'kubectl describe pod hr')).toEqual({
    stdout: `${HR_APP_DESCRIBE}
`,
    stderr: ``,
    code: 0,
  })
})

it('describe -l describes every matching pod', async () => {
  expect(await run(await world(), 'kubectl describe pods -l run=hr-app')).toEqual({
    stdout: `${HR_APP_DESCRIBE}`,
    stderr: ``,
    code: 0,
  })
})

it('describe of a kind without a name separates objects with two newlines', async () => {
  expect(await run(await world(), 'kubectl describe pod -n default')).toEqual({
    stdout: `Name:             blue-7bccb7c94b-5ng2v
Namespace:        default
Priority:         0
Service Account:  default
Node:             controlplane/192.168.100.2
Start Time:       Tue, 24 Nov 2026 09:30:01 +0000
Labels:           app=blue
                  pod-template-hash=7bccb7c94b
Annotations:      <none>
Status:           Running
IP:               172.17.0.3
IPs:
  IP:           172.17.0.3
Controlled By:  ReplicaSet/blue-7bccb7c94b
Containers:
  nginx:
    Container ID:   containerd://82fe8d872b3d6a73ea6d29bdb206e601a28805d21591f3d960b996b82c603c88
    Image:          nginx
    Image ID:       docker.io/library/nginx@sha256:18894cf1b6b8deb882b08917118a05ae53f14835bbe6bf8c903bdc4b1a0b3092
    Port:           <none>
    Host Port:      <none>
    State:          Running
      Started:      Tue, 24 Nov 2026 09:30:03 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:         <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    BestEffort
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  6m12s  default-scheduler  Successfully assigned default/blue-7bccb7c94b-5ng2v to controlplane


Name:             blue-7bccb7c94b-7ttfw
Namespace:        default
Priority:         0
Service Account:  default
Node:             node01/192.168.100.3
Start Time:       Tue, 24 Nov 2026 09:30:01 +0000
Labels:           app=blue
                  pod-template-hash=7bccb7c94b
Annotations:      <none>
Status:           Running
IP:               172.17.1.3
IPs:
  IP:           172.17.1.3
Controlled By:  ReplicaSet/blue-7bccb7c94b
Containers:
  nginx:
    Container ID:   containerd://dc937d04169e9cfcf4e3518f038e451168769ad426ac3d67f714c371b73c4148
    Image:          nginx
    Image ID:       docker.io/library/nginx@sha256:18894cf1b6b8deb882b08917118a05ae53f14835bbe6bf8c903bdc4b1a0b3092
    Port:           <none>
    Host Port:      <none>
    State:          Running
      Started:      Tue, 24 Nov 2026 09:30:03 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:         <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    BestEffort
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  6m12s  default-scheduler  Successfully assigned default/blue-7bccb7c94b-7ttfw to node01


Name:             blue-7bccb7c94b-dbcz8
Namespace:        default
Priority:         0
Service Account:  default
Node:             node01/192.168.100.3
Start Time:       Tue, 24 Nov 2026 09:30:01 +0000
Labels:           app=blue
                  pod-template-hash=7bccb7c94b
Annotations:      <none>
Status:           Running
IP:               172.17.1.4
IPs:
  IP:           172.17.1.4
Controlled By:  ReplicaSet/blue-7bccb7c94b
Containers:
  nginx:
    Container ID:   containerd://40840ee28d9d0d8e1611e0054c4ffc8c082b6bf826540e151d45070059d2dfca
    Image:          nginx
    Image ID:       docker.io/library/nginx@sha256:18894cf1b6b8deb882b08917118a05ae53f14835bbe6bf8c903bdc4b1a0b3092
    Port:           <none>
    Host Port:      <none>
    State:          Running
      Started:      Tue, 24 Nov 2026 09:30:03 +0000
    Ready:          True
    Restart Count:  0
    Environment:    <none>
    Mounts:         <none>
Conditions:
  Type                        Status
  PodReadyToStartContainers   True 
  Initialized                 True 
  Ready                       True 
  ContainersReady             True 
  PodScheduled                True 
Volumes:                      <none>
QoS Class:                    BestEffort
Node-Selectors:               <none>
Tolerations:                  node.kubernetes.io/not-ready:NoExecute op=Exists for 300s
                              node.kubernetes.io/unreachable:NoExecute op=Exists for 300s
Events:
  Type    Reason     Age    From               Message
  ----    ------     ----   ----               -------
  Normal  Scheduled  6m12s  default-scheduler  Successfully assigned default/blue-7bccb7c94b-dbcz8 to node01


${HR_APP_DESCRIBE}`,
    stderr: ``,
    code: 0,
  })
})

it('describe refuses kinds it does not simulate, plainly', async () => {
  expect(await run(await world(), 'kubectl describe svc kubernetes')).toEqual({
    stdout: ``,
    stderr: `error: describing services is not simulated in Cordon
`,
    code: 1,
  })
})

it('describe with nothing matching the prefix reports the original NotFound', async () => {
  expect(await run(await world(), 'kubectl describe pods zzz')).toEqual({
    stdout: ``,
    stderr: `Error from server (NotFound): pods "zzz" not found
`,
    code: 1,
  })
})

it('describe with a selector that matches nothing says No resources found', async () => {
  expect(await run(await world(), 'kubectl describe pods -l app=none')).toEqual({
    stdout: ``,
    stderr: `No resources found in default namespace.
`,
    code: 0,
  })
})

it('describe -A with a name is refused like kubectl', async () => {
  expect(await run(await world(), 'kubectl describe pod hr-app -A')).toEqual({
    stdout: ``,
    stderr: `error: a resource cannot be retrieved by name across all namespaces
`,
    code: 1,
  })
})

it('describe node controlplane lists its pods, allocations and events', async () => {
  expect(await run(await world(), 'kubectl describe node controlplane')).toEqual({
    stdout: `Name:               controlplane
Roles:              control-plane
Labels:             beta.kubernetes.io/arch=amd64
                    beta.kubernetes.io/os=linux
                    kubernetes.io/arch=amd64
                    kubernetes.io/hostname=controlplane
                    kubernetes.io/os=linux
                    node-role.kubernetes.io/control-plane=
                    node.kubernetes.io/exclude-from-external-load-balancers=
Annotations:        kubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/containerd/containerd.sock
                    node.alpha.kubernetes.io/ttl: 0
                    volumes.kubernetes.io/controller-managed-attach-detach: true
CreationTimestamp:  Tue, 24 Nov 2026 09:00:00 +0000
Taints:             <none>
Unschedulable:      false
Lease:
  HolderIdentity:  controlplane
  AcquireTime:     <unset>
  RenewTime:       Tue, 24 Nov 2026 09:35:00 +0000
Conditions:
  Type             Status  LastHeartbeatTime                 LastTransitionTime                Reason                       Message
  ----             ------  -----------------                 ------------------                ------                       -------
  MemoryPressure   False   Tue, 24 Nov 2026 09:35:00 +0000   Tue, 24 Nov 2026 09:00:00 +0000   KubeletHasSufficientMemory   kubelet has sufficient memory available
  DiskPressure     False   Tue, 24 Nov 2026 09:35:00 +0000   Tue, 24 Nov 2026 09:00:00 +0000   KubeletHasNoDiskPressure     kubelet has no disk pressure
  PIDPressure      False   Tue, 24 Nov 2026 09:35:00 +0000   Tue, 24 Nov 2026 09:00:00 +0000   KubeletHasSufficientPID      kubelet has sufficient PID available
  Ready            True    Tue, 24 Nov 2026 09:35:00 +0000   Tue, 24 Nov 2026 09:00:00 +0000   KubeletReady                 kubelet is posting ready status
Addresses:
  InternalIP:  192.168.100.2
  Hostname:    controlplane
Capacity:
  cpu:                16
  ephemeral-storage:  1016057248Ki
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             65838860Ki
  pods:               110
Allocatable:
  cpu:                16
  ephemeral-storage:  936398358207
  hugepages-1Gi:      0
  hugepages-2Mi:      0
  memory:             65736460Ki
  pods:               110
System Info:
  Machine ID:                 af9a9acb3a080b2a8cae50dd878ed99c
  System UUID:                163a74b7-3f8c-4fa0-a06a-84b5924e714e
  Boot ID:                    ad262b67-0cb3-4450-a771-c339fccd2ec2
  Kernel Version:             5.15.0-1083-gcp
  OS Image:                   Ubuntu 22.04.5 LTS
  Operating System:           linux
  Architecture:               amd64
  Container Runtime Version:  containerd://1.7.24
  Kubelet Version:            v1.33.0
  Kube-Proxy Version:         
PodCIDR:                      172.17.0.0/24
PodCIDRs:                     172.17.0.0/24
Non-terminated Pods:          (8 in total)
  Namespace                   Name                                    CPU Requests  CPU Limits  Memory Requests  Memory Limits  Age
  ---------                   ----                                    ------------  ----------  ---------------  -------------  ---
  default                     blue-7bccb7c94b-5ng2v                   0 (0%)        0 (0%)      0 (0%)           0 (0%)         6m12s
  kube-flannel                kube-flannel-ds-cwlhp                   100m (0%)     0 (0%)      50Mi (0%)        0 (0%)         36m
  kube-system                 coredns-58f7c4764c-kvjq8                100m (0%)     0 (0%)      70Mi (0%)        170Mi (0%)     36m
  kube-system                 etcd-controlplane                       100m (0%)     0 (0%)      100Mi (0%)       0 (0%)         36m
  kube-system                 kube-apiserver-controlplane             250m (1%)     0 (0%)      0 (0%)           0 (0%)         36m
  kube-system                 kube-controller-manager-controlplane    200m (1%)     0 (0%)      0 (0%)           0 (0%)         36m
  kube-system                 kube-proxy-5gbjr                        0 (0%)        0 (0%)      0 (0%)           0 (0%)         36m
  kube-system                 kube-scheduler-controlplane             100m (0%)     0 (0%)      0 (0%)           0 (0%)         36m
Allocated resources:
  (Total limits may be over 100 percent, i.e., overcommitted.)
  Resource           Requests    Limits
  --------           --------    ------
  cpu                850m (5%)   0 (0%)
  memory             220Mi (0%)  170Mi (0%)
  ephemeral-storage  0 (0%)      0 (0%)
  hugepages-1Gi      0 (0%)      0 (0%)
  hugepages-2Mi      0 (0%)      0 (0%)
Events:
  Type    Reason                   Age   From             Message
  ----    ------                   ----  ----             -------
  Normal  NodeAllocatableEnforced  36m   kubelet          Updated Node Allocatable limit across pods
  Normal  NodeHasSufficientMemory  36m   kubelet          Node controlplane status is now: NodeHasSufficientMemory
  Normal  Starting                 36m   kubelet          Starting kubelet.
  Normal  NodeReady                36m   kubelet          Node controlplane status is now: NodeReady
  Normal  NodeHasNoDiskPressure    36m   kubelet          Node controlplane status is now: NodeHasNoDiskPressure
  Normal  NodeHasSufficientPID     36m   kubelet          Node controlplane status is now: NodeHasSufficientPID
  Normal  RegisteredNode           36m   node-controller  Node controlplane event: Registered Node controlplane in Controller
`,
    stderr: ``,
    code: 0,
  })
})

it('describe --show-events=false leaves the Events section out', async () => {
  expect(await run(await world(), 'kubectl describe deploy blue --show-events=false')).toEqual({
    stdout: `Name:                   blue
Namespace:              default
CreationTimestamp:      Tue, 24 Nov 2026 09:30:00 +0000
Labels:                 app=blue
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=blue
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=blue
  Containers:
   nginx:
    Image:         nginx
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   blue-7bccb7c94b (3/3 replicas created)
`,
    stderr: ``,
    code: 0,
  })
})

it('describe deployment/blue in TYPE/NAME form', async () => {
  expect(await run(await world(), 'kubectl describe deployment/blue')).toEqual({
    stdout: `Name:                   blue
Namespace:              default
CreationTimestamp:      Tue, 24 Nov 2026 09:30:00 +0000
Labels:                 app=blue
Annotations:            deployment.kubernetes.io/revision: 1
Selector:               app=blue
Replicas:               3 desired | 3 updated | 3 total | 3 available | 0 unavailable
StrategyType:           RollingUpdate
MinReadySeconds:        0
RollingUpdateStrategy:  25% max unavailable, 25% max surge
Pod Template:
  Labels:  app=blue
  Containers:
   nginx:
    Image:         nginx
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type           Status  Reason
  ----           ------  ------
  Available      True    MinimumReplicasAvailable
  Progressing    True    NewReplicaSetAvailable
OldReplicaSets:  <none>
NewReplicaSet:   blue-7bccb7c94b (3/3 replicas created)
Events:
  Type    Reason             Age    From                   Message
  ----    ------             ----   ----                   -------
  Normal  ScalingReplicaSet  6m12s  deployment-controller  Scaled up replica set blue-7bccb7c94b from 0 to 3
`,
    stderr: ``,
    code: 0,
  })
})
