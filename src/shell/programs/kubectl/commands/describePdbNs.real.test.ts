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
import { describe, expect, it } from 'vitest'
import type { World } from '../../../../sim'
import { readWorld } from './readWorld'
import { run } from './testkit'

const recording = (name: string) =>
  readFileSync(new URL(`../testdata/${name}`, import.meta.url), 'utf8')

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

/** Split the recording into [command, output+rc] blocks. */
function blocks(text: string): [string, string][] {
  const out: [string, string][] = []
  for (const part of text.split(/^\$ /m).slice(1)) {
    const nl = part.indexOf('\n')
    out.push([part.slice(0, nl), part.slice(nl + 1)])
  }
  return out
}

const SUITES: [string, () => Promise<World>, number][] = [
  ['real-describe-pdb-ns.txt', readWorld, 15],
  ['real-describe-pdb-ns-team.txt', teamWorld, 4],
]

for (const [file, makeWorld, count] of SUITES) {
  describe(file, () => {
    const cases = blocks(recording(file))

    it('the recording holds every command', () => {
      expect(cases.length).toBe(count)
    })

    for (const [cmd, expected] of cases) {
      it(`${cmd} prints what the real kubectl prints`, async () => {
        const r = await run(await makeWorld(), cmd)
        expect(`${r.stdout}${r.stderr}\n@@rc=${r.code}@@\n`).toBe(expected)
      })
    }
  })
}
