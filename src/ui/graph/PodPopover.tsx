// The details of a pod chip, as `kubectl get pod -o wide` / `describe pod` would tell them:
// status, phase, owner, node and age.
import { useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import type { GraphPod } from '../../store/selectors/graph'
import type { Anchor } from './anchor'
import { useGraphActions } from './graphContext'
import { humanDuration } from './format'
import { useT, type Translate } from '../i18n'

interface Props {
  pod: GraphPod
  at: Anchor
  onClose: () => void
}

function ownerText(pod: GraphPod, t: Translate): string {
  if (pod.look === 'unmanaged') return t('graph_ownerNone')
  if (pod.look === 'static') return t('graph_ownerStatic', { owner: pod.ownerName })
  return `${pod.ownerKind}/${pod.ownerName}`
}

export function PodPopover({ pod, at, onClose }: Props) {
  const { store } = useGraphActions()
  const t = useT()
  const now = useStore(store, (s) => s.clock.now)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const rows: [string, string][] = [
    [t('graph_status'), pod.status],
    [t('graph_phase'), pod.phase || '—'],
    [t('graph_owner'), ownerText(pod, t)],
    [t('graph_nodeRow'), pod.nodeName || t('graph_notScheduled')],
    [t('graph_age'), humanDuration(now - pod.createdAt)],
  ]
  return (
    <div
      ref={ref}
      className="gpop gpod nodrag nowheel"
      role="dialog"
      aria-label={t('graph_podDetails', { ns: pod.namespace, name: pod.name })}
      tabIndex={-1}
      style={{ left: at.x, top: at.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <div className="gpop__head">
        <span className="gpod__swatch" style={{ background: pod.color }} aria-hidden="true" />
        <strong>{pod.name}</strong>
        <span className="gpop__sub">{pod.namespace}</span>
      </div>
      <dl className="gpod__rows">
        {rows.map(([k, v]) => (
          <div key={k} className="gpod__row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
