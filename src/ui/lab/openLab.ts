// Where a lab's text comes from: the build-time catalog, or a same-origin URL (e2e fixtures).
import { findLab } from '../../store/catalog'
import type { AppStore } from '../../store/createAppStore'

export async function openLabFrom(
  store: AppStore,
  id: string,
  url: string | undefined,
  notFound: string,
): Promise<void> {
  const s = store.getState()
  if (url) {
    try {
      const res = await fetch(url)
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`)
      await s.openLab({ id, text: await res.text(), fileName: `${id}.json` })
    } catch (e) {
      s.failLab(id, e instanceof Error ? e.message : String(e))
    }
    return
  }
  const entry = findLab(id)
  if (!entry) {
    s.failLab(id, notFound)
    return
  }
  await s.openLab({ id, fileName: entry.fileName, text: entry.text, parsed: entry.parsed })
}
