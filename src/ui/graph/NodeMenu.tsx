// The actions menu of a node card: each item runs the command it stands for in the terminal
// (kubectl cordon / uncordon / drain, lab node power-off / power-on).
import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { GraphNodeCard } from '../../store/selectors/graph'
import type { Anchor } from './anchor'
import { nodeActions } from './nodeActions'
import { useT } from '../i18n'

interface Props {
  card: GraphNodeCard
  at: Anchor
  onRun: (command: string) => void
  onClose: () => void
}

export function NodeMenu({ card, at, onRun, onClose }: Props) {
  const t = useT()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus()
  }, [])
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]
    const i = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') onClose()
    else if (e.key === 'ArrowDown') items[(i + 1) % items.length]?.focus()
    else if (e.key === 'ArrowUp') items[(i - 1 + items.length) % items.length]?.focus()
    else return
    e.preventDefault()
  }
  return (
    <div
      ref={ref}
      className="gpop gmenu nodrag nowheel"
      role="menu"
      aria-label={t('graph_actionsFor', { name: card.name })}
      style={{ left: at.x, top: at.y }}
      onKeyDown={onKeyDown}
    >
      <div className="gpop__head">
        <strong>{card.name}</strong>
        <span className="gpop__sub">{card.status}</span>
      </div>
      {nodeActions(card, t).map((a) => (
        <button
          key={a.id}
          type="button"
          role="menuitem"
          className={`gmenu__item gmenu__item--${a.id}`}
          aria-label={a.name}
          onClick={() => onRun(a.command)}
        >
          <span className="gmenu__label">{a.label}</span>
          <code className="gmenu__cmd">{a.command}</code>
        </button>
      ))}
    </div>
  )
}
