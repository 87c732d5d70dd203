// A live countdown to a virtual time on a node card ("evicting in 4m12s"): the only part of a
// card that follows the clock, so only cards that show one re-render as time passes.
import { useStore } from 'zustand'
import { useGraphActions } from './graphContext'
import { countdown } from './format'
import { useT } from '../i18n'

export function Countdown({
  at,
  kind,
  tone,
}: {
  at: number
  kind: 'notReady' | 'evicting'
  tone: 'danger' | 'warn'
}) {
  const t = useT()
  const { store } = useGraphActions()
  const now = useStore(store, (s) => s.clock.now)
  const due = now >= at
  return (
    <span className={`gpill gpill--${tone} gpill--countdown`} role="timer" aria-live="off">
      {due ? t(`graph_${kind}Now`) : t(`graph_${kind}In`, { time: countdown(at, now) })}
    </span>
  )
}
