// Comparison with the real kubectl v1.32.4 for `describe replicaset` and `describe daemonset`: the
// same commands over the same state. The state was exported from readWorld() with
// `kubectl get <kind> -A -o json` (nodes, pods, deployments, replicasets, daemonsets, statefulsets,
// pdb, namespaces, events, services, configmaps, leases), its timestamps shifted to wall time and
// served to the real client by /work/shared/tools/real-kubectl; the output is
// testdata/real-describe-rs-ds.txt. Ages (`6m12s`) are masked: the real client's clock drifted.
import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
import { readWorld } from './readWorld'
import { run } from './testkit'

const REAL = readFileSync(new URL('../testdata/real-describe-rs-ds.txt', import.meta.url), 'utf8')

/** Split the recording into [command, output+rc] blocks. */
function blocks(text: string): [string, string][] {
  const out: [string, string][] = []
  for (const part of text.split(/^\$ /m).slice(1)) {
    const nl = part.indexOf('\n')
    out.push([part.slice(0, nl), part.slice(nl + 1)])
  }
  return out
}

const maskAges = (s: string) => s.replace(/(?<= )\d+m\d+s(?=\s)/g, '<AGE>')

// skip list: none — every recorded command must match
const cases = blocks(REAL)

it('the recording holds the describe replicaset and daemonset commands', () => {
  expect(cases.length).toBe(10)
})

for (const [cmd, expected] of cases) {
  it(`${cmd} prints what the real kubectl prints`, async () => {
    const world = await readWorld()
    const r = await run(world, cmd)
    const actual = `${r.stdout}${r.stderr}\n@@rc=${r.code}@@\n`
    expect(maskAges(actual)).toBe(maskAges(expected))
  })
}
