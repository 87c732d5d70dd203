// The details of a pod chip, as `kubectl get pod -o wide` / `describe pod` would tell them:
// status, phase, owner, node and age.
import { useEffect, useRef } from 'react'
import { useStore } from 'zustand'
import type { GraphPod } from '../../store/selectors/graph'
import type { Anchor } from './anchor'
import { useGraphActions } from './graphContext'
import { humanDuration } from './format'

interface Props {
  pod: GraphPod
  at: Anchor
  onClose: () => void
}

function ownerText(pod: GraphPod): string {
  if (pod.look === 'unmanaged') return 'none: a bare pod, gone for good once deleted'
  if (pod.look === 'static') return `static pod of ${pod.ownerName} (kubelet manifest)`
  return `${pod.ownerKind}/${pod.ownerName}`
}

export function PodPopover({ pod, at, onClose }: Props) {
  const { store } = useGraphActions()
  const now = useStore(store, (s) => s.clock.now)
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [])
  const rows: [string, string][] = [
    ['Status', pod.status],
    ['Phase', pod.phase || '—'],
    ['Owner', ownerText(pod)],
    ['Node', pod.nodeName || '<none> (not scheduled)'],
    ['Age', humanDuration(now - pod.createdAt)],
  ]
  return (
    <div
      ref={ref}
      className="gpop gpod nodrag nowheel"
      role="dialog"
      aria-label={`Pod details ${pod.namespace}/${pod.name}`}
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
