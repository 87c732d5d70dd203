// Loading a lab file: JSON text → validated Lab. Every problem becomes one line
// `<file>: <json path>: <what was expected>`; nothing here ever shows a stack trace.
import type { z } from 'zod'
import { LabSchema, type Lab } from './schema'
import { checkReferences } from './refs'
import { locateJsonError } from './jsonError'

/** A lab file that cannot be used; `problems` holds one line per problem. */
export class LabLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(problems.join('\n'))
    this.name = 'LabLoadError'
  }
}

/** `questions[3].check.where[0].op` from a zod path. */
export function formatJsonPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(String(p))) out += (out ? '.' : '') + String(p)
    else out += `[${JSON.stringify(String(p))}]`
  }
  return out
}

function describeIssue(issue: z.core.$ZodIssue): { path: PropertyKey[]; what: string } {
  const path = [...issue.path]
  switch (issue.code) {
    case 'invalid_type': {
      const received = /received (\w+)/.exec(issue.message)?.[1]
      if (received === 'undefined') return { path, what: `required: expected ${issue.expected}` }
      return { path, what: `expected ${issue.expected}${received ? `, got ${received}` : ''}` }
    }
    case 'invalid_value':
      return {
        path,
        what: `expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      }
    case 'unrecognized_keys':
      return {
        path: [...path, issue.keys[0]],
        what: `unknown property${issue.keys.length > 1 ? ` (also: ${issue.keys.slice(1).join(', ')})` : ''}`,
      }
    case 'invalid_union': {
      const d = (issue as { discriminator?: string; options?: unknown[] }).options
      if (d) return { path, what: `expected one of ${d.map((v) => JSON.stringify(v)).join(', ')}` }
      return { path, what: issue.message.replace(/^Invalid input$/, 'invalid value') }
    }
    case 'too_small':
      if (issue.origin === 'array')
        return {
          path,
          what: `expected at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`,
        }
      return { path, what: `expected at least ${String(issue.minimum)}` }
    default:
      return { path, what: issue.message.replace(/^Invalid input: /, '') }
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<PropertyKey, unknown>)[p]
  }
  return cur
}

function line(file: string, path: readonly PropertyKey[], what: string): string {
  const p = formatJsonPath(path)
  return p ? `${file}: ${p}: ${what}` : `${file}: ${what}`
}

/** "labs/os-upgrades.json" → "os-upgrades" */
export function labIdFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file
  return base.replace(/\.json$/, '')
}

/** Validate already-parsed JSON. Throws LabLoadError. */
export function validateLab(data: unknown, file: string): Lab {
  const r = LabSchema.safeParse(data)
  if (!r.success) {
    throw new LabLoadError(
      file,
      r.error.issues.map((i) => {
        const d = describeIssue(i)
        const missing = i.code === 'invalid_union' && valueAt(data, i.path) === undefined
        return line(file, d.path, missing ? `required: ${d.what}` : d.what)
      }),
    )
  }
  const id = r.data.id ?? labIdFromFile(file)
  const lab: Lab = { ...r.data, id }
  const refs = checkReferences(lab)
  if (refs.length)
    throw new LabLoadError(
      file,
      refs.map((x) => line(file, x.path, x.what)),
    )
  return lab
}

/** Parse and validate a lab file's text. Throws LabLoadError with one line per problem. */
export function parseLab(text: string, file: string): Lab {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new LabLoadError(file, [`${file}: invalid JSON at ${locateJsonError(text)}`])
  }
  return validateLab(data, file)
}
