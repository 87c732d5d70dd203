// Label and field selectors, as k8s.io/apimachinery/pkg/labels and pkg/fields parse them.
import type { LabelSelector } from './types'

export type Requirement =
  | { key: string; op: '=' | '!='; value: string }
  | { key: string; op: 'in' | 'notin'; values: string[] }
  | { key: string; op: 'exists' | '!' }

export type Selector = Requirement[]

export class SelectorParseError extends Error {}

const KEY =
  /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/
const VALUE = /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?)?$/

/** Split at commas that are not inside parentheses. */
function splitTop(s: string): string[] {
  const out: string[] = []
  let depth = 0
  let cur = ''
  for (const ch of s) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      out.push(cur)
      cur = ''
    } else cur += ch
  }
  out.push(cur)
  if (depth !== 0) throw new SelectorParseError(`unbalanced parentheses in "${s}"`)
  return out
}

function checkKey(k: string): string {
  if (!KEY.test(k)) throw new SelectorParseError(`invalid label key "${k}"`)
  return k
}

function checkValue(v: string): string {
  if (!VALUE.test(v)) throw new SelectorParseError(`invalid label value: "${v}"`)
  return v
}

/** labels.Parse: `a=b,c!=d,e in (f,g),!h,i`. Empty string selects everything. */
export function parseLabelSelector(input: string): Selector {
  const s = input.trim()
  if (!s) return []
  return splitTop(s).map((raw) => {
    const part = raw.trim()
    if (!part) throw new SelectorParseError(`found '', expected: identifier`)
    let m = /^(\S+?)\s+(in|notin)\s*\((.*)\)$/.exec(part)
    if (m) {
      const values = m[3].split(',').map((v) => checkValue(v.trim()))
      return { key: checkKey(m[1]), op: m[2] as 'in' | 'notin', values }
    }
    if (part.startsWith('!')) return { key: checkKey(part.slice(1).trim()), op: '!' as const }
    m = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(part)
    if (m) {
      const op = m[2] === '!=' ? '!=' : '='
      return { key: checkKey(m[1]), op, value: checkValue(m[3].trim()) }
    }
    return { key: checkKey(part), op: 'exists' as const }
  })
}

export function matchesSelector(
  sel: Selector,
  labels: Record<string, string> | undefined,
): boolean {
  const l = labels ?? {}
  return sel.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key)
    switch (r.op) {
      case '=':
        return has && l[r.key] === r.value
      case '!=':
        return !has || l[r.key] !== r.value
      case 'in':
        return has && r.values.includes(l[r.key])
      case 'notin':
        return !has || !r.values.includes(l[r.key])
      case 'exists':
        return has
      case '!':
        return !has
    }
  })
}

/** A metav1.LabelSelector (matchLabels + matchExpressions) as requirements. */
export function fromLabelSelector(ls: LabelSelector | undefined): Selector {
  if (!ls) return []
  const reqs: Selector = Object.entries(ls.matchLabels ?? {}).map(([key, value]) => ({
    key,
    op: '=' as const,
    value,
  }))
  for (const e of ls.matchExpressions ?? []) {
    if (e.operator === 'In') reqs.push({ key: e.key, op: 'in', values: e.values ?? [] })
    else if (e.operator === 'NotIn') reqs.push({ key: e.key, op: 'notin', values: e.values ?? [] })
    else if (e.operator === 'Exists') reqs.push({ key: e.key, op: 'exists' })
    else if (e.operator === 'DoesNotExist') reqs.push({ key: e.key, op: '!' })
  }
  return reqs
}

/** Render requirements back as kubectl prints a selector (`app=web,tier!=db`). */
export function formatSelector(sel: Selector): string {
  return sel
    .map((r) => {
      switch (r.op) {
        case '=':
        case '!=':
          return `${r.key}${r.op}${r.value}`
        case 'in':
        case 'notin':
          return `${r.key} ${r.op} (${r.values.join(',')})`
        case 'exists':
          return r.key
        case '!':
          return `!${r.key}`
      }
    })
    .join(',')
}

export interface FieldRequirement {
  path: string
  op: '=' | '!='
  value: string
}

/** fields.ParseSelector: `spec.nodeName=node01,status.phase!=Running`. */
export function parseFieldSelector(input: string): FieldRequirement[] {
  const s = input.trim()
  if (!s) return []
  return s.split(',').map((part) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(part.trim())
    if (!m) throw new SelectorParseError(`invalid selector: '${part}'; can't understand '${part}'`)
    return { path: m[1].trim(), op: m[2] === '!=' ? '!=' : '=', value: m[3].trim() }
  })
}

/** Read a dotted field path (`spec.nodeName`, `metadata.name`) from an object as a string. */
export function fieldValue(obj: unknown, path: string): string {
  let cur: unknown = obj
  for (const p of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return ''
    cur = (cur as Record<string, unknown>)[p]
  }
  if (cur === undefined || cur === null) return ''
  return typeof cur === 'string' ? cur : JSON.stringify(cur)
}

export function matchesFields(reqs: FieldRequirement[], obj: unknown): boolean {
  return reqs.every((r) => (fieldValue(obj, r.path) === r.value) === (r.op === '='))
}
