// kubectl describe pdb / namespace compared with the real kubectl v1.32.4: the same commands over
// the same state. The state is readWorld() exported with `kubectl get <kind> -A -o json` (nodes,
// pods, namespaces, events, services, configmaps, deployments, replicasets, daemonsets,
// statefulsets, pdb, leases), served to the real client by /work/shared/tools/real-kubectl with
// two lines added to fakeapi.py's KINDS (resourcequotas, limitranges: empty lists, as a real
// cluster serves them; the stock tool answers 404 and kubectl then leaves both sections out).
// Its output is testdata/real-describe-pdb-ns.txt; testdata/real-describe-pdb-ns-team.txt is the
// same over teamWorld() below (long and multi-line annotations, maxUnavailable, an empty selector).
// No ages appear (no events), so nothing is masked.
import { readFileSync } from 'node:fs'
import type { World } from '../../../../sim'
import { readWorld } from './readWorld'
import { compareWithRecording } from './realRecording'

const recording = (file: string) =>
  readFileSync(new URL(`../testdata/${file}`, import.meta.url), 'utf8')

/** readWorld() plus namespace team-a and two PodDisruptionBudgets in it, 90s later. */
async function teamWorld(): Promise<World> {
  const w = await readWorld()
  const c = w.cluster()!.client
  c.create({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: 'team-a',
      labels: { team: 'a' },
      annotations: { owner: 'alice', note: 'x'.repeat(150), motd: 'line one\nline two\n' },
    },
  })
  c.create({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'half', namespace: 'team-a' },
    spec: {
      maxUnavailable: '50%',
      selector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'api'] }] },
    },
  })
  c.create({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'every', namespace: 'team-a' },
    spec: { maxUnavailable: 1, selector: {} },
  })
  w.clock.advance(90_000)
  await Promise.resolve()
  return w
}

compareWithRecording(
  'real-describe-pdb-ns.txt',
  recording('real-describe-pdb-ns.txt'),
  readWorld,
  15,
)
compareWithRecording(
  'real-describe-pdb-ns-team.txt',
  recording('real-describe-pdb-ns-team.txt'),
  teamWorld,
  4,
)
