import { describe, expect, it } from 'vitest'
import commands from './testdata/commands.json'
import { listObject } from './json'
import {
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJSONPathExpression,
} from './customColumns'
import { goldens, selectFor, WORLDS } from './testdata/goldens'

const FILES = commands.files as Record<string, string>

function run(world: (typeof WORLDS)[number], cmd: string): { out: string; rc: number } {
  const { objects, single, output, noHeaders } = selectFor(world, cmd)
  const value = output.slice(output.indexOf('=') + 1)
  const parsed = output.startsWith('custom-columns-file=')
    ? parseCustomColumnsTemplate(FILES[value])
    : parseCustomColumnsSpec(value)
  if ('stderr' in parsed) return { out: parsed.stderr, rc: 1 }
  const r = printCustomColumns(parsed.columns, single ? objects[0] : listObject(objects), {
    noHeaders,
  })
  return { out: r.stdout + (r.stderr ?? ''), rc: r.stderr ? 1 : 0 }
}

describe('printCustomColumns', () => {
  for (const world of WORLDS) {
    for (const g of goldens(world).filter((x) => / -o custom-columns/.test(x.cmd))) {
      it(`prints what the real kubectl printed for ${world}: ${g.cmd}`, () => {
        expect(run(world, g.cmd)).toEqual({ out: g.out, rc: g.rc })
      })
    }
  }
})

describe('relaxedJSONPathExpression', () => {
  it('wraps the four accepted shapes into a template', () => {
    expect(['a.b', '.a.b', '{a.b}', '{.a.b}', ''].map(relaxedJSONPathExpression)).toEqual([
      '{.a.b}',
      '{.a.b}',
      '{.a.b}',
      '{.a.b}',
      '',
    ])
  })
})
