// window.localStorage when it works (private modes may throw), else an in-memory stand-in.
import { memoryStorage, type KeyValueStorage } from '../store/persist'

let cached: KeyValueStorage | undefined

export function browserStorage(): KeyValueStorage {
  if (cached) return cached
  try {
    const ls = window.localStorage
    const probe = 'cordon.probe'
    ls.setItem(probe, '1')
    ls.removeItem(probe)
    cached = ls
  } catch {
    cached = memoryStorage()
  }
  return cached
}
