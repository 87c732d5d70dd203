// A Node as a card, like `kubectl get nodes` plus `describe node` at a glance: name, role, Ready /
// NotReady, SchedulingDisabled, kubelet version, taints, pod count, power and eviction countdowns.
// Arrow keys move a focused card (Shift: further), as dragging it does.
import { memo } from 'react'
import type { NodeProps } from '@xyflow/react'
import type { CardNode } from './flowNodes'
import { useGraphActions } from './graphContext'
import { keyStep } from './chipPlaces'
import { Countdown } from './Countdown'
import { ChipGrid } from './ChipGrid'
import { CARD_CHIP_AREA, CHIP_COLS } from './layout'
import { useT } from '../i18n'

const READY_TONE = { Ready: 'ok', NotReady: 'danger', Unknown: 'muted' } as const

function NodeCardView({ data }: NodeProps<CardNode>) {
  const { card } = data
  const t = useT()
  const { openNodeMenu, nudge } = useGraphActions()
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
        aria-label={t('graph_node', { name: card.name })}
        aria-haspopup="menu"
        title={t('graph_nodeTitle', { name: card.name, status: card.status })}
        onClick={(e) => openNodeMenu(card.id, e.currentTarget)}
        onKeyDown={(e) => {
          const step = keyStep(e)
          if (!step) return
          e.preventDefault()
          nudge(card.id, step)
        }}
      >
        <span className="gcard__title">
          <span className={`gcard__led gcard__led--${READY_TONE[card.ready]}`} aria-hidden="true" />
          <span className="gcard__name">{card.name}</span>
          <span className={`gcard__role gcard__role--${card.role}`}>{card.role}</span>
        </span>
        <span className="gcard__pills">
          <span className={`gpill gpill--${READY_TONE[card.ready]}`}>{card.ready}</span>
          {card.schedulingDisabled && <span className="gpill gpill--warn">SchedulingDisabled</span>}
          {off && <span className="gpill gpill--muted">{t('graph_poweredOff')}</span>}
          {card.notReadyAt !== undefined && (
            <Countdown at={card.notReadyAt} kind="notReady" tone="warn" />
          )}
          {card.evictAt !== undefined && (
            <Countdown at={card.evictAt} kind="evicting" tone="danger" />
          )}
        </span>
        <span className="gcard__meta">
          <span title={t('graph_kubeletVersion')}>{card.kubeletVersion || 'kubelet ?'}</span>
          <span aria-hidden="true">·</span>
          <span>
            {t(shown === 1 ? 'graph_podCount_one' : 'graph_podCount_other', { n: shown })}
            {card.hiddenPods > 0 && (
              <span className="gcard__hidden">
                {' '}
                {t('graph_systemHidden', { n: card.hiddenPods })}
              </span>
            )}
          </span>
        </span>
        <span className="gcard__taints" title={card.taints.join('\n') || t('graph_noTaints')}>
          {card.taints.length === 0 ? (
            <span className="gcard__notaint">{t('graph_noTaints')}</span>
          ) : (
            card.taints.map((t) => (
              <span key={t} className="gtaint">
                {t}
              </span>
            ))
          )}
        </span>
      </button>
      {shown === 0 && data.leaving.length === 0 && (
        <span className="gcard__empty">{t('graph_noPods')}</span>
      )}
      {data.domChips && (
        <ChipGrid
          pods={card.pods}
          leaving={data.leaving}
          columns={CHIP_COLS}
          parentId={card.id}
          places={data.chipPlaces}
          area={CARD_CHIP_AREA}
        />
      )}
    </div>
  )
}

/**
 * Only the card's data draws it: React Flow also passes its position and size, which change for
 * every card when the tallest one grows (all cards share one height), and re-rendering 50 cards of
 * chips for that is what made a big drain's frames long.
 */
export const NodeCard = memo(NodeCardView, (a, b) => a.data === b.data)
