// Question types of a practice test: info (read and continue), choice (one or several options),
// input (a text or number), task (graded by checks on the world).
import { z } from 'zod'
import { TextSchema } from './text'
import { CheckSchema } from './checks'

const common = {
  id: z.string().regex(/^[A-Za-z0-9_-]+$/, { error: 'expected an id like "q1"' }),
  title: TextSchema,
  text: TextSchema,
  hint: TextSchema.optional(),
  /** why the answer is what it is; shown once the question is answered correctly */
  explanation: TextSchema.optional(),
  /** the commands that solve a task, or the answer of a choice/input question */
  solution: z.array(z.string()),
  /** shell commands the lab runs (once) before the question, output discarded */
  setup: z.array(z.string()).optional(),
}

export const InfoQuestionSchema = z.strictObject({ type: z.literal('info'), ...common })

export const ChoiceQuestionSchema = z
  .strictObject({
    type: z.literal('choice'),
    ...common,
    options: z.array(TextSchema).min(2),
    /** 1-based numbers of the correct options */
    correct: z.array(z.int().min(1)).min(1),
    /** several options are correct (the student answers "1,3") */
    multiple: z.boolean().optional(),
  })
  .superRefine((q, ctx) => {
    q.correct.forEach((c, i) => {
      if (c > q.options.length)
        ctx.addIssue({
          code: 'custom',
          path: ['correct', i],
          message: `expected an option number from 1 to ${q.options.length}`,
        })
    })
    if (!q.multiple && q.correct.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['correct'],
        message: 'expected one correct option (set "multiple": true for several)',
      })
  })

export const InputQuestionSchema = z.strictObject({
  type: z.literal('input'),
  ...common,
  /** accepted answers; numbers compare numerically */
  accepted: z.array(z.union([z.string(), z.number()])).min(1),
  /** default true */
  caseInsensitive: z.boolean().optional(),
})

export const TaskQuestionSchema = z.strictObject({
  type: z.literal('task'),
  ...common,
  check: CheckSchema,
})

export const QuestionSchema = z.discriminatedUnion('type', [
  InfoQuestionSchema,
  ChoiceQuestionSchema,
  InputQuestionSchema,
  TaskQuestionSchema,
])

export type InfoQuestion = z.infer<typeof InfoQuestionSchema>
export type ChoiceQuestion = z.infer<typeof ChoiceQuestionSchema>
export type InputQuestion = z.infer<typeof InputQuestionSchema>
export type TaskQuestion = z.infer<typeof TaskQuestionSchema>
export type Question = z.infer<typeof QuestionSchema>
export type QuestionType = Question['type']
