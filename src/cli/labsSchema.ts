// `npm run labs:schema`: writes labs/lab.schema.json from the zod schema (the single source of
// truth), so editors validate and autocomplete lab files.
import { writeFileSync } from 'node:fs'
import { format } from 'prettier'
import { z } from 'zod'
import { LabSchema } from '../lab'

/** The JSON Schema text, formatted as `prettier --check` expects it. */
export async function labJsonSchema(): Promise<string> {
  const schema = z.toJSONSchema(LabSchema, { io: 'input', unrepresentable: 'any' })
  return format(JSON.stringify({ ...schema, title: 'Cordon lab' }), { parser: 'json' })
}

const OUT = 'labs/lab.schema.json'
if (process.argv[1]?.endsWith('labsSchema.ts')) {
  labJsonSchema().then(
    (text) => {
      writeFileSync(OUT, text)
      process.stdout.write(`wrote ${OUT}\n`)
    },
    (e: unknown) => {
      process.stderr.write(`labs:schema: ${String(e)}\n`)
      process.exitCode = 1
    },
  )
}
