// A Node as a card, like `kubectl get nodes` plus `describe node` at a glance: name, role, Ready /
// NotReady, SchedulingDisabled, kubelet version, taints, pod count, power and eviction countdowns.
import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { CardNode } from './flowNodes'
import { useGraphActions } from './graphContext'
import { Countdown } from './Countdown'
import { ChipGrid } from './ChipGrid'
import { CHIP_COLS } from './layout'

const READY_TONE = { Ready: 'ok', NotReady: 'danger', Unknown: 'muted' } as const

function NodeCardView({ data }: NodeProps<CardNode>) {
  const { card } = data
  const { openNodeMenu } = useGraphActions()
  const off = card.powered === false
  const shown = card.pods.length
  const classes = ['gcard', `gcard--${card.ready.toLowerCase()}`]
  if (card.schedulingDisabled) classes.push('gcard--cordoned')
  if (off) classes.push('gcard--off')
  return (
    <div className={classes.join(' ')}>
      <button
        type="button"
        className="gcard__head"
        aria-label={`Node ${card.name}`}
        aria-haspopup="menu"
        title={`${card.name}: ${card.status}. Click for actions, drag to move.`}
        onClick={(e) => openNodeMenu(card.id, e.currentTarget)}
      >
        <span className="gcard__title">
          <span className={`gcard__led gcard__led--${READY_TONE[card.ready]}`} aria-hidden="true" />
          <span className="gcard__name">{card.name}</span>
          <span className={`gcard__role gcard__role--${card.role}`}>{card.role}</span>
        </span>
        <span className="gcard__pills">
          <span className={`gpill gpill--${READY_TONE[card.ready]}`}>{card.ready}</span>
          {card.schedulingDisabled && <span className="gpill gpill--warn">SchedulingDisabled</span>}
          {off && <span className="gpill gpill--muted">Powered off</span>}
          {card.notReadyAt !== undefined && (
            <Countdown at={card.notReadyAt} label="NotReady" tone="warn" />
          )}
          {card.evictAt !== undefined && (
            <Countdown at={card.evictAt} label="evicting" tone="danger" />
          )}
        </span>
        <span className="gcard__meta">
          <span title="kubelet version">{card.kubeletVersion || 'kubelet ?'}</span>
          <span aria-hidden="true">·</span>
          <span>
            {shown} {shown === 1 ? 'pod' : 'pods'}
            {card.hiddenPods > 0 && (
              <span className="gcard__hidden"> +{card.hiddenPods} system</span>
            )}
          </span>
        </span>
        <span className="gcard__taints" title={card.taints.join('\n') || 'no taints'}>
          {card.taints.length === 0 ? (
            <span className="gcard__notaint">no taints</span>
          ) : (
            card.taints.map((t) => (
              <span key={t} className="gtaint">
                {t}
              </span>
            ))
          )}
        </span>
      </button>
      {shown === 0 && data.leaving.length === 0 && <span className="gcard__empty">no pods</span>}
      {data.domChips && <ChipGrid pods={card.pods} leaving={data.leaving} columns={CHIP_COLS} />}
    </div>
  )
}

export const NodeCard = memo(NodeCardView)
