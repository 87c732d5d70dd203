// The legend: one swatch per controller on screen, the looks of pod states, and the toggle for
// kube-system pods.
import { memo } from 'react'
import type { LegendEntry } from '../../store/selectors/graph'
import { useT } from '../i18n'

interface Props {
  entries: LegendEntry[]
  showSystemPods: boolean
  hiddenSystemPods: number
  onToggleSystemPods: () => void
}

function LegendView({ entries, showSystemPods, hiddenSystemPods, onToggleSystemPods }: Props) {
  const t = useT()
  // a controller is named as kubectl names it; the two groups without one are words to translate
  const label = (e: LegendEntry) =>
    e.look === 'static'
      ? t('graph_ownerStaticPods')
      : e.look === 'unmanaged'
        ? t('graph_ownerNoController')
        : e.label
  return (
    <section className="glegend" aria-label={t('graph_legend')}>
      <h3 className="glegend__title">{t('graph_owners')}</h3>
      <ul className="glegend__list">
        {entries.length === 0 && <li className="glegend__none">{t('graph_noPodsShown')}</li>}
        {entries.map((e) => (
          <li key={e.colorKey} className="glegend__item">
            <span
              className={`glegend__swatch gchip--${e.look}`}
              style={{ background: e.color }}
              aria-hidden="true"
            />
            <span className="glegend__label" title={label(e)}>
              {label(e)}
            </span>
            <span className="glegend__count">{e.count}</span>
          </li>
        ))}
      </ul>
      <h3 className="glegend__title">{t('graph_states')}</h3>
      <ul className="glegend__list glegend__states">
        <li className="glegend__item">
          <span className="glegend__swatch glegend__swatch--starting" aria-hidden="true" />
          {t('graph_stateStarting')}
        </li>
        <li className="glegend__item">
          <span className="glegend__swatch glegend__swatch--terminating" aria-hidden="true" />
          {t('graph_stateTerminating')}
        </li>
        <li className="glegend__item">
          <span className="glegend__swatch glegend__swatch--unmanaged" aria-hidden="true" />
          {t('graph_stateUnmanaged')}
        </li>
      </ul>
      <label className="glegend__toggle">
        <input type="checkbox" checked={showSystemPods} onChange={onToggleSystemPods} />
        <span>
          {t('graph_showSystemPods')}
          {!showSystemPods && hiddenSystemPods > 0 && (
            <span className="glegend__count">
              {' '}
              {t('graph_hiddenCount', { n: hiddenSystemPods })}
            </span>
          )}
        </span>
      </label>
    </section>
  )
}

export const Legend = memo(LegendView)
