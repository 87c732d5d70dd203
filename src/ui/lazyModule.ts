// Code-split modules without <Suspense>: React 19 holds back a resolved Suspense boundary until its
// fallback has been on screen for ~300 ms (FALLBACK_THROTTLE_MS), which would delay the lab page and
// its terminal by that much. A LazyModule is fetched once; components re-render when it arrives.
import { useEffect, useSyncExternalStore } from 'react'

export interface LazyModule<T> {
  /** start fetching (idempotent); resolves with the module */
  load: () => Promise<T>
  /** the module once it has arrived */
  get: () => T | undefined
  /** why it could not be fetched, if it could not */
  error: () => string | undefined
  subscribe: (fn: () => void) => () => void
}

export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let value: T | undefined
  let failure: string | undefined
  let pending: Promise<T> | undefined
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const fn of listeners) fn()
  }
  return {
    load: () => {
      pending ??= importer().then(
        (v) => {
          value = v
          notify()
          return v
        },
        (e: unknown) => {
          failure = e instanceof Error ? e.message : String(e)
          notify()
          throw e
        },
      )
      return pending
    },
    get: () => value,
    error: () => failure,
    subscribe: (fn) => {
      listeners.add(fn)
      return () => listeners.delete(fn)
    },
  }
}

/** The module (undefined until it arrives), fetched when `enabled`. */
export function useLazyModule<T>(
  mod: LazyModule<T>,
  enabled = true,
): { value: T | undefined; error: string | undefined } {
  const value = useSyncExternalStore(mod.subscribe, mod.get)
  const error = useSyncExternalStore(mod.subscribe, mod.error)
  useEffect(() => {
    if (enabled) mod.load().catch(() => undefined)
  }, [mod, enabled])
  return { value, error }
}
