// The graph controller's snapshot as React state. A small graph re-renders at once (a cordon shows
// in the task that ran it); a big one's world changes render as a transition, which React does in
// slices of a few ms between other tasks, so redrawing 1,000 chips never blocks the page for long
// (useSyncExternalStore would always render at once, in one piece).
import { startTransition, useLayoutEffect, useState } from 'react'
import type { GraphController, GraphSnapshot } from './graphController'

export function useGraphSnapshot(controller: GraphController): GraphSnapshot {
  const [snapshot, setSnapshot] = useState(controller.getSnapshot)
  useLayoutEffect(() => {
    // an updater, not a value: whichever update React processes last reads the newest snapshot.
    // (Subscribing follows the store at once and tells of anything new since the first render.)
    const latest = () => controller.getSnapshot()
    const unsubscribe = controller.subscribe((urgent) => {
      if (urgent) setSnapshot(latest)
      else startTransition(() => setSnapshot(latest))
    })
    return unsubscribe
  }, [controller])
  return snapshot
}
