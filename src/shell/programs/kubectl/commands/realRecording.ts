// Test helper: compare the sim's kubectl with a recording of the real kubectl v1.32.4 (made with
// /work/shared/tools/real-kubectl over a state exported from the same world). A recording is
// blocks of `$ <command>`, its stdout and stderr, then `@@rc=<exit code>@@`. The test files read
// the recordings (testdata/); this layer may not import Node APIs outside tests.
import { describe, expect, it } from 'vitest'
import type { World } from '../../../../sim'
import { run } from './testkit'

/** Split a recording into [command, output+rc] blocks. */
export function recordingBlocks(text: string): [string, string][] {
  const out: [string, string][] = []
  for (const part of text.split(/^\$ /m).slice(1)) {
    const nl = part.indexOf('\n')
    out.push([part.slice(0, nl), part.slice(nl + 1)])
  }
  return out
}

/** Ages (`6m12s`) as `<AGE>`: the real client's clock drifted while recording. */
export const maskAges = (s: string) => s.replace(/(?<= )\d+m\d+s(?=\s)/g, '<AGE>')

/**
 * One test per recorded command (and one for their count, so a truncated file fails): the command
 * run in a fresh `makeWorld()` prints exactly what the real kubectl printed (ages masked if asked).
 */
export function compareWithRecording(
  name: string,
  text: string,
  makeWorld: () => Promise<World>,
  count: number,
  opts: { maskAges?: boolean } = {},
): void {
  const mask = opts.maskAges ? maskAges : (s: string) => s
  describe(name, () => {
    const cases = recordingBlocks(text)
    it('the recording holds every command', () => {
      expect(cases.length).toBe(count)
    })
    for (const [cmd, expected] of cases) {
      it(`${cmd} prints what the real kubectl prints`, async () => {
        const r = await run(await makeWorld(), cmd)
        expect(mask(`${r.stdout}${r.stderr}\n@@rc=${r.code}@@\n`)).toBe(mask(expected))
      })
    }
  })
}
