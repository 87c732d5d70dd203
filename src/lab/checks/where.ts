// Field conditions of object checks. Kubernetes omits false booleans and zero numbers from stored
// objects (omitempty), so `eq false` / `eq 0` also hold when the field is absent.
import type { Where } from '../schema'
import { readPath } from './path'

export function deepEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

const isZero = (v: unknown) => v === false || v === 0

export function holds(w: Where, obj: unknown): boolean {
  const { found, value } = readPath(obj, w.path)
  switch (w.op) {
    case 'eq':
      return found ? deepEqual(value, w.value) : isZero(w.value)
    case 'ne':
      return found ? !deepEqual(value, w.value) : !isZero(w.value)
    case 'exists':
      return found
    case 'absent':
      return !found
    case 'matches':
      return (
        (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') &&
        new RegExp(String(w.value)).test(String(value))
      )
    case 'in':
      return (
        Array.isArray(w.value) && w.value.some((v) => (found ? deepEqual(v, value) : isZero(v)))
      )
  }
}

export function formatValue(v: unknown): string {
  return JSON.stringify(v)
}

/** "expected absent or false", "expected \"Running\"" */
export function expectation(w: Where): string {
  switch (w.op) {
    case 'eq':
      return `expected ${isZero(w.value) ? `absent or ${formatValue(w.value)}` : formatValue(w.value)}`
    case 'ne':
      return `expected anything but ${formatValue(w.value)}`
    case 'exists':
      return 'expected it to be set'
    case 'absent':
      return 'expected absent'
    case 'matches':
      return `expected it to match /${String(w.value)}/`
    case 'in':
      return `expected one of ${(w.value as unknown[]).map(formatValue).join(', ')}`
  }
}

/** ".spec.unschedulable is true, expected absent or false" */
export function explainWhere(w: Where, obj: unknown): string {
  const { found, value } = readPath(obj, w.path)
  return `${w.path} is ${found ? formatValue(value) : 'absent'}, ${expectation(w)}`
}

/** ".spec.nodeName eq \"node01\"" for descriptions */
export function statement(w: Where): string {
  return w.value === undefined ? `${w.path} ${w.op}` : `${w.path} ${w.op} ${formatValue(w.value)}`
}
