// The lab list: every lab in labs/ with its title, summary, difficulty, minutes and saved progress.
import { useMemo } from 'react'
import { LAB_CATALOG } from '../../store/catalog'
import { savedProgress } from '../../store/selectors/progress'
import { browserStorage } from '../browserStorage'
import { labText, useT } from '../i18n'
import { useAppStore } from '../storeContext'
import { labHref } from '../routing'
import { LangSwitch } from '../header/LangSwitch'

export function LabPicker() {
  const t = useT()
  const lang = useAppStore((s) => s.lang)
  const progress = useMemo(
    () => new Map(LAB_CATALOG.map((e) => [e.id, savedProgress(browserStorage(), e.id)])),
    [],
  )
  return (
    <div className="picker">
      <header className="picker-header">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('appName')}</span>
        </div>
        <LangSwitch />
      </header>
      <main className="picker-main">
        <h1>{t('labs')}</h1>
        <p className="tagline">{t('tagline')}</p>
        <ul className="lab-cards" aria-label={t('allLabs')}>
          {LAB_CATALOG.map((e) => {
            const p = progress.get(e.id)
            const title = labText(e.title, lang)
            const pct = p && p.total ? Math.round((100 * p.done) / p.total) : 0
            return (
              <li key={e.id}>
                <a
                  className="lab-card"
                  href={labHref(e.id)}
                  aria-label={`${t('openLab')}: ${title}`}
                >
                  <h2>{title}</h2>
                  <p>{labText(e.summary, lang)}</p>
                  <div className="lab-meta">
                    <span className={`badge badge-${e.difficulty}`}>
                      {t(`difficulty_${e.difficulty}` as 'difficulty_beginner')}
                    </span>
                    <span>{t('minutes', { n: e.minutes })}</span>
                    <span>{t('questionsCount', { n: e.questionCount })}</span>
                  </div>
                  <div className="lab-progress">
                    <div
                      className="bar"
                      role="progressbar"
                      aria-label={t('progress')}
                      aria-valuemin={0}
                      aria-valuemax={e.questionCount}
                      aria-valuenow={p?.done ?? 0}
                    >
                      <div className="bar-fill" style={{ width: `${pct}%` }} />
                    </div>
                    <span>
                      {p ? t('progressOf', { done: p.done, total: p.total }) : t('notStarted')}
                    </span>
                  </div>
                </a>
              </li>
            )
          })}
        </ul>
      </main>
    </div>
  )
}
