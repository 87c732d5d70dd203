// The lab page header: brand and lab title, progress, clock, reset, language.
import { useAppStore } from '../storeContext'
import { labText, useT } from '../i18n'
import { selectProgress } from '../../store/selectors/progress'
import { useShallow } from 'zustand/react/shallow'
import { ClockControls } from './ClockControls'
import { ResetButton } from './ResetButton'
import { LangSwitch } from './LangSwitch'

export function Header() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const title = useAppStore((s) => s.lab.doc?.title)
  const { done, total } = useAppStore(useShallow(selectProgress))
  const pct = total ? Math.round((100 * done) / total) : 0
  return (
    <header className="app-header">
      <a className="brand" href="#/" aria-label={t('backToLabs')}>
        <span className="brand-mark" aria-hidden="true" />
        <span className="brand-name">{t('appName')}</span>
      </a>
      <h1 className="lab-title">{labText(title, lang)}</h1>
      <div className="header-progress">
        <div
          className="bar"
          role="progressbar"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
        >
          <div className="bar-fill" style={{ width: `${pct}%` }} />
        </div>
        <span className="header-progress-text">
          {done}/{total}
        </span>
      </div>
      <div className="header-spacer" />
      <ClockControls />
      <ResetButton />
      <LangSwitch />
    </header>
  )
}
