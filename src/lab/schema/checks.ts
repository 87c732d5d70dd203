// Declarative checks: data that graders evaluate against the world, never code. Mirrors what an
// examiner looks at: objects through the API, node state, a read-only command's output.
import { z } from 'zod'
import { TextSchema, type Text } from './text'

const message = TextSchema.optional().meta({
  description: 'what the student is told when this check fails (default: a plain description)',
})

export const WHERE_OPS = ['eq', 'ne', 'exists', 'absent', 'matches', 'in'] as const

export const WhereSchema = z
  .strictObject({
    /** dotted path like .spec.unschedulable, .spec.taints[0].key, .metadata.labels["app"] */
    path: z.string().regex(/^(\.[A-Za-z_$][\w$-]*|\[\d+\]|\["[^"]*"\])+$/, {
      error: 'expected a path like ".spec.nodeName" or ".metadata.labels[\\"app\\"]"',
    }),
    op: z.enum(WHERE_OPS),
    value: z.unknown().optional(),
  })
  .superRefine((w, ctx) => {
    const needsValue = w.op === 'eq' || w.op === 'ne' || w.op === 'matches' || w.op === 'in'
    if (needsValue && w.value === undefined)
      ctx.addIssue({ code: 'custom', path: ['value'], message: `op "${w.op}" needs a value` })
    if (w.op === 'in' && w.value !== undefined && !Array.isArray(w.value))
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'op "in" needs an array value' })
    if (w.op === 'matches' && typeof w.value === 'string' && !isRegex(w.value))
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'expected a valid regular expression',
      })
  })

export const CountSchema = z
  .strictObject({
    eq: z.int().min(0).optional(),
    min: z.int().min(0).optional(),
    max: z.int().min(0).optional(),
  })
  .refine((c) => c.eq !== undefined || c.min !== undefined || c.max !== undefined, {
    error: 'expected at least one of eq, min, max',
  })

const regex = z.string().refine(isRegex, { error: 'expected a valid regular expression' })

export const ObjectCheckSchema = z.strictObject({
  kind: z.literal('object'),
  cluster: z.string().optional(),
  /** the Kubernetes kind or what kubectl accepts for it: "Pod", "pods", "deploy" */
  resource: z.string(),
  namespace: z.string().optional(),
  name: z.string().optional(),
  labelSelector: z.string().optional(),
  fieldSelector: z.string().optional(),
  where: z.array(WhereSchema).optional(),
  /** how many selected objects must satisfy `where` (default: at least 1; with `name`: that one) */
  count: CountSchema.optional(),
  message,
})

export const NodeCheckSchema = z.strictObject({
  kind: z.literal('node'),
  cluster: z.string().optional(),
  name: z.string(),
  ready: z.boolean().optional(),
  schedulable: z.boolean().optional(),
  taint: z
    .strictObject({
      key: z.string(),
      effect: z.enum(['NoSchedule', 'PreferNoSchedule', 'NoExecute']).optional(),
      present: z.boolean().default(true),
    })
    .optional(),
  message,
})

const OutputMatchSchema = z.strictObject({
  contains: z.string().optional(),
  matches: regex.optional(),
  equals: z.string().optional(),
})

export const CommandCheckSchema = z.strictObject({
  kind: z.literal('command'),
  /** host to run on (default: the lab's first control-plane host) */
  host: z.string().optional(),
  /** a read-only command line, run in a fresh session */
  command: z.string().min(1),
  stdout: OutputMatchSchema.optional(),
  stderr: OutputMatchSchema.optional(),
  exitCode: z.int().optional(),
  message,
})

export const LastCommandCheckSchema = z.strictObject({
  kind: z.literal('lastCommand'),
  /** host the student typed on (default: the main session's host) */
  host: z.string().optional(),
  /** regex the student's latest matching command line must match */
  matches: regex,
  exitCode: z.int().optional(),
  message,
})

export type ObjectCheck = z.infer<typeof ObjectCheckSchema>
export type NodeCheck = z.infer<typeof NodeCheckSchema>
export type CommandCheck = z.infer<typeof CommandCheckSchema>
export type LastCommandCheck = z.infer<typeof LastCommandCheckSchema>
export type Where = z.infer<typeof WhereSchema>
export type Count = z.infer<typeof CountSchema>
export interface AllCheck {
  kind: 'all'
  checks: Check[]
  message?: Text
}
export interface AnyCheck {
  kind: 'any'
  checks: Check[]
  message?: Text
}
export interface NotCheck {
  kind: 'not'
  check: Check
  message?: Text
}
export type Check =
  ObjectCheck | NodeCheck | CommandCheck | LastCommandCheck | AllCheck | AnyCheck | NotCheck
export type CheckKind = Check['kind']

export const CheckSchema: z.ZodType<Check> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    ObjectCheckSchema,
    NodeCheckSchema,
    CommandCheckSchema,
    LastCommandCheckSchema,
    z.strictObject({ kind: z.literal('all'), checks: z.array(CheckSchema).min(1), message }),
    z.strictObject({ kind: z.literal('any'), checks: z.array(CheckSchema).min(1), message }),
    z.strictObject({ kind: z.literal('not'), check: CheckSchema, message }),
  ]),
)

function isRegex(s: string): boolean {
  try {
    new RegExp(s)
    return true
  } catch {
    return false
  }
}
