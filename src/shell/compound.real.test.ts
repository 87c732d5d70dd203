// Comparison with the real bash: every command in testdata/bash-*.json was run in
// `LC_ALL=C bash --norc --noprofile -c` (GNU bash 5.2.15 on the build machine, in an empty
// directory), and the stdout, stderr and exit status recorded there must come out of runLine
// byte for byte. bash -c prefixes its messages with `/bin/bash: line N: ` and echoes the source
// line after a syntax error; the interactive shell the lab imitates prints `bash: ` and no echo,
// so the recording maps both. Re-record (after adding a case with any out/err/code), all files
// or one, then format them with prettier:
//   RECORD_BASH=1 npx vitest run src/shell/compound.real.test.ts
//   RECORD_BASH=bash-read.json npx vitest run src/shell/compound.real.test.ts
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { shellHarness } from './testing/shellHarness'

interface BashRecording {
  bash: string
  cases: { cmd: string; out: string; err: string; code: number }[]
}

function recordBash(cmd: string): BashRecording['cases'][number] {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-bash-'))
  try {
    const p = spawnSync('/bin/bash', ['--norc', '--noprofile', '-c', cmd], {
      cwd: dir,
      encoding: 'utf8',
      env: { LC_ALL: 'C', HOME: dir, PATH: '/usr/bin:/bin' },
    })
    const err = p.stderr
      .split('\n')
      .filter((l) => !/^\/bin\/bash: -c: line \d+: `/.test(l))
      .map((l) => l.replace(/^\/bin\/bash: (-c: )?line \d+: /, 'bash: '))
      .join('\n')
    return { cmd, out: p.stdout, err, code: p.status ?? -1 }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function load(file: string): BashRecording {
  const url = new URL(`./testdata/${file}`, import.meta.url)
  const rec = JSON.parse(readFileSync(url, 'utf8')) as BashRecording
  const record = process.env.RECORD_BASH
  if (record === '1' || record === file) {
    rec.bash = execFileSync('/bin/bash', ['--version'], { encoding: 'utf8' }).split('\n')[0]
    rec.cases = rec.cases.map((c) => recordBash(c.cmd))
    writeFileSync(url, JSON.stringify(rec, null, 1) + '\n')
  }
  return rec
}

const FILES = [
  'bash-compound.json',
  'bash-arith.json',
  'bash-test.json',
  'bash-read.json',
  'bash-params.json',
]

for (const file of FILES) {
  const rec = load(file)
  describe(`${file}: the same output as ${rec.bash}`, () => {
    // skip list: none — every recorded command must match
    for (const c of rec.cases) {
      it(`runs ${JSON.stringify(c.cmd)} as bash does`, async () => {
        const { run } = shellHarness()
        expect(await run(c.cmd)).toEqual({ out: c.out, err: c.err, code: c.code })
      })
    }
  })
}
