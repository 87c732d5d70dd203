// The world the read-side comparison tests use: the kubeadm world plus Deployment blue (3),
// a bare pod hr-app on node01 and a PodDisruptionBudget, 6m12s after blue was created.
import type { World } from '../../../../sim'
import { kubeadmWorld } from './testkit'

export async function readWorld(): Promise<World> {
  const w = kubeadmWorld()
  const c = w.cluster()!
  c.client.create({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'blue', namespace: 'default', labels: { app: 'blue' } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: 'blue' } },
      template: {
        metadata: { labels: { app: 'blue' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
      },
    },
  })
  w.clock.advance(60_000)
  c.client.create({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'hr-app', namespace: 'default', labels: { run: 'hr-app' } },
    spec: {
      nodeName: 'node01',
      containers: [
        {
          name: 'hr-app',
          image: 'nginx',
          ports: [{ containerPort: 80 }],
          env: [{ name: 'A', value: 'b' }],
        },
      ],
    },
  })
  c.client.create({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'blue-pdb', namespace: 'default' },
    spec: { minAvailable: 2, selector: { matchLabels: { app: 'blue' } } },
  })
  w.clock.advance(5 * 60_000 + 12_000)
  await Promise.resolve()
  return w
}
