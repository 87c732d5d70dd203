// `npm run labs:schema`: writes labs/lab.schema.json from the zod schema (the single source of
// truth), so editors validate and autocomplete lab files.
import { writeFileSync } from 'node:fs'
import { z } from 'zod'
import { LabSchema } from '../lab'

export function labJsonSchema(): string {
  const schema = z.toJSONSchema(LabSchema, { io: 'input', unrepresentable: 'any' })
  return `${JSON.stringify({ ...schema, title: 'Cordon lab' }, null, 2)}\n`
}

const OUT = 'labs/lab.schema.json'
if (process.argv[1]?.endsWith('labsSchema.ts')) {
  writeFileSync(OUT, labJsonSchema())
  process.stdout.write(`wrote ${OUT}\n`)
}
