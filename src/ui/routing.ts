// Hash routing: `#/` is the lab list, `#/lab/<lab-id>` a lab. A fixture lab for tests is opened with
// `?lab=<same-origin url>` in the query (`/?lab=/fixtures/big.json#/lab/big`).
import { useSyncExternalStore } from 'react'

export type Route = { page: 'picker' } | { page: 'lab'; id: string; url?: string }

export function parseRoute(hash: string, search: string): Route {
  const m = /^#\/lab\/([a-z0-9][a-z0-9-]*)\/?$/.exec(hash)
  if (!m) return { page: 'picker' }
  const url = new URLSearchParams(search).get('lab') ?? undefined
  return { page: 'lab', id: m[1], url: url && isSameOrigin(url) ? url : undefined }
}

function isSameOrigin(url: string): boolean {
  try {
    return new URL(url, window.location.href).origin === window.location.origin
  } catch {
    return false
  }
}

export const labHref = (id: string) => `#/lab/${id}`

function subscribe(fn: () => void): () => void {
  window.addEventListener('hashchange', fn)
  return () => window.removeEventListener('hashchange', fn)
}

const snapshot = () => window.location.hash + '|' + window.location.search

/** The current route; re-renders on hash changes. */
export function useRoute(): Route {
  const key = useSyncExternalStore(subscribe, snapshot)
  const [hash, search] = key.split('|')
  return parseRoute(hash, search)
}
