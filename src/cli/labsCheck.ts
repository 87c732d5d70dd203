// `npm run labs:check`: validate every labs/*.json and replay each question's solution in a fresh
// world, proving tasks fail before and pass after and answers are graded correct. Exit 1 on failure.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { LabBuildError, LabLoadError, parseLab, replayLab } from '../lab'
import { readLabText } from './load'

export async function checkLabFile(file: string, write: (s: string) => void): Promise<boolean> {
  const read = readLabText(file)
  if ('problem' in read) {
    write(`${read.problem}\n`)
    return false
  }
  let lab
  try {
    lab = parseLab(read.text, file)
  } catch (e) {
    write(e instanceof LabLoadError ? `${e.problems.join('\n')}\n` : `${file}: ${String(e)}\n`)
    return false
  }
  try {
    const r = await replayLab(lab)
    for (const p of r.intro.problems) write(`${file}: ${p}\n`)
    for (const q of r.questions) {
      write(`${file}: ${q.ok ? 'ok  ' : 'FAIL'} ${String(q.n).padStart(2)} ${q.id} (${q.type})\n`)
      for (const p of q.problems) write(`    ${p}\n`)
    }
    return r.ok
  } catch (e) {
    const lines =
      e instanceof LabBuildError ? e.problems : [e instanceof Error ? e.message : String(e)]
    write(lines.map((l) => `${file}: ${l}\n`).join(''))
    return false
  }
}

export function labFiles(dir = 'labs'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'lab.schema.json')
    .sort()
    .map((f) => join(dir, f))
}

async function main(): Promise<number> {
  const files = process.argv.slice(2).length ? process.argv.slice(2) : labFiles()
  let failed = 0
  for (const f of files) if (!(await checkLabFile(f, (s) => process.stdout.write(s)))) failed++
  process.stdout.write(`${files.length - failed} labs passed, ${failed} failed\n`)
  return failed ? 1 : 0
}

if (process.argv[1]?.endsWith('labsCheck.ts')) {
  main().then(
    (c) => (process.exitCode = c),
    (e: unknown) => {
      process.stderr.write(`labs:check: ${String(e)}\n`)
      process.exitCode = 1
    },
  )
}
