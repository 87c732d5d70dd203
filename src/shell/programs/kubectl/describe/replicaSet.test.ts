// describe replicaset/daemonset details the recorded world does not show: Conditions, and Pods
// Status counting only the pods the controller owns (by uid), by phase. The expected text is what
// the real kubectl v1.32.4 printed for the same ReplicaSet and pods (web-a Pending) served by
// /work/shared/tools/real-kubectl.
import { expect, it } from 'vitest'
import type { ReplicaSet } from '../../../../sim'
import { kubeadmWorld } from '../commands/testkit'
import { describeReplicaSet } from './replicaSet'

it('describe replicaset prints conditions and counts only the pods it controls', () => {
  const w = kubeadmWorld()
  const client = w.cluster()!.client
  const rs: ReplicaSet = {
    apiVersion: 'apps/v1',
    kind: 'ReplicaSet',
    metadata: { name: 'web', namespace: 'default', uid: 'rs-uid' },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: 'web' } },
      template: {
        metadata: { labels: { app: 'web' } },
        spec: { containers: [{ name: 'c', image: 'nginx' }] },
      },
    },
    status: {
      replicas: 1,
      conditions: [{ type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate' }],
    },
  }
  const pod = (name: string, uid: string) =>
    client.create({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: 'default',
        labels: { app: 'web' },
        ownerReferences: [
          { apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web', uid, controller: true },
        ],
      },
      spec: { nodeName: 'nosuch-node', containers: [{ name: 'c', image: 'nginx' }] },
    })
  pod('web-a', 'rs-uid')
  pod('web-b', 'other-uid')
  expect(describeReplicaSet(client, rs, w.clock.now(), { showEvents: false })).toBe(
    `Name:         web
Namespace:    default
Selector:     app=web
Labels:       <none>
Annotations:  <none>
Replicas:     1 current / 2 desired
Pods Status:  0 Running / 1 Waiting / 0 Succeeded / 0 Failed
Pod Template:
  Labels:  app=web
  Containers:
   c:
    Image:         nginx
    Port:          <none>
    Host Port:     <none>
    Environment:   <none>
    Mounts:        <none>
  Volumes:         <none>
  Node-Selectors:  <none>
  Tolerations:     <none>
Conditions:
  Type             Status  Reason
  ----             ------  ------
  ReplicaFailure   True    FailedCreate
`,
  )
})
