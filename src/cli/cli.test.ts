import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './args'
import { labJsonSchema } from './labsSchema'
import { readFileSync } from 'node:fs'

describe('cli arguments', () => {
  it('take a lab file and an optional seed (default 1)', () => {
    expect(parseCliArgs(['labs/os-upgrades.json'])).toEqual({
      file: 'labs/os-upgrades.json',
      seed: 1,
    })
    expect(parseCliArgs(['--seed', '7', 'x.json'])).toEqual({ file: 'x.json', seed: 7 })
    expect(parseCliArgs(['x.json', '--seed=3'])).toEqual({ file: 'x.json', seed: 3 })
  })

  it('refuse what they do not know', () => {
    expect(parseCliArgs([])).toEqual({ error: 'no lab file given' })
    expect(parseCliArgs(['x.json', '--seed'])).toEqual({ error: '--seed needs a whole number' })
    expect(parseCliArgs(['x.json', '--speed'])).toEqual({ error: 'unknown option --speed' })
    expect(parseCliArgs(['x.json', 'y.json'])).toEqual({ error: 'unexpected argument y.json' })
  })
})

describe('labs/lab.schema.json', () => {
  it('is generated from the zod schema and up to date', async () => {
    expect(readFileSync('labs/lab.schema.json', 'utf8')).toBe(await labJsonSchema())
  })
})

function cli(args: string[], input: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', ...args], {
    input,
    encoding: 'utf8',
    timeout: 60_000,
  })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/^npm warn.*\n/gm, '') }
}

describe('npm run cli', () => {
  it('plays piped commands as a transcript and refuses a bad lab file with the file and JSON path', () => {
    const r = cli(
      ['labs/os-upgrades.json'],
      'hostname\nlab answer 1 2\nkubectl get nod\nlab status --json\n',
    )
    expect(r).toEqual({
      code: 0,
      stdout:
        'controlplane ~ ➜  hostname\ncontrolplane\n' +
        'controlplane ~ ➜  lab answer 1 2\nCorrect!\n\n' +
        'kubectl get nodes shows two nodes: controlplane, the control plane, and node01, a worker. Both are Ready and both run kubelet v1.33.0. A control-plane node is a node like any other: it runs a kubelet and is listed.\n' +
        'controlplane ~ ➜  kubectl get nod\nerror: the server doesn\'t have a resource type "nod"\n' +
        'controlplane ~ ➜  lab status --json\n' +
        `{"score":1,"total":14,"questions":[${Array.from({ length: 14 }, (_, i) => `{"n":${i + 1},"id":"q${i + 1}","state":"${i ? 'unanswered' : 'correct'}"}`).join(',')}]}\n`,
      stderr: '',
    })
    const dir = mkdtempSync(join(tmpdir(), 'cordon-'))
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify({ title: 'x', summary: 'y', difficulty: 'easy', minutes: 1 }))
    const b = cli([bad], '')
    expect(b.code).toBe(2)
    expect(b.stdout).toBe('')
    expect(b.stderr.split('\n')[0]).toBe(
      `${bad}: difficulty: expected one of "beginner", "intermediate", "advanced"`,
    )
    expect(cli([join(dir, 'missing.json')], '')).toEqual({
      code: 2,
      stdout: '',
      stderr: `${join(dir, 'missing.json')}: no such file\n`,
    })
  }, 120_000)
})
