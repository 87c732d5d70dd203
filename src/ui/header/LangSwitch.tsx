// English / 한국어 switch for the UI and the lab texts that have both. It also sets <html lang>, so
// screen readers read the page in its language and the browser picks fonts (and line breaking) for it.
import { useEffect } from 'react'
import { useAppStore } from '../storeContext'
import { LANG_NAMES, useT } from '../i18n'
import type { Lang } from '../../store/types'

export function LangSwitch() {
  const lang = useAppStore((s) => s.lang)
  const setLang = useAppStore((s) => s.setLang)
  const t = useT()
  useEffect(() => {
    document.documentElement.lang = lang
  }, [lang])
  return (
    <select
      className="select"
      aria-label={t('language')}
      value={lang}
      onChange={(e) => setLang(e.target.value as Lang)}
    >
      {(Object.keys(LANG_NAMES) as Lang[]).map((l) => (
        <option key={l} value={l}>
          {LANG_NAMES[l]}
        </option>
      ))}
    </select>
  )
}
