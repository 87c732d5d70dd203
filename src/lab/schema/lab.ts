// The root of a lab file (labs/<id>.json): metadata, the starting world, an optional intro and the
// questions. labs/lab.schema.json is generated from this schema (npm run labs:schema).
import { z } from 'zod'
import { TextSchema } from './text'
import { WorldSchema } from './world'
import { QuestionSchema } from './questions'

/** A step of the introduction: read, try the suggested commands; not graded. */
export const IntroStepSchema = z.strictObject({
  title: TextSchema,
  text: TextSchema,
  commands: z.array(z.string()).optional(),
})

export const LabSchema = z.strictObject({
  $schema: z.string().optional(),
  /** equals the file name without .json (set by the loader when absent) */
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an id like "os-upgrades"' })
    .optional(),
  title: TextSchema,
  summary: TextSchema,
  difficulty: z.enum(['beginner', 'intermediate', 'advanced']),
  minutes: z.int().min(1),
  intro: z.array(IntroStepSchema).optional(),
  world: WorldSchema,
  questions: z.array(QuestionSchema).min(1),
})

export type IntroStep = z.infer<typeof IntroStepSchema>
/** A validated lab; `id` is always set after loading. */
export type Lab = z.infer<typeof LabSchema> & { id: string }
