// A dismissible notice line (e.g. a saved state that could not be loaded).
import { useAppStore } from './storeContext'
import { useT } from './i18n'

export function Notice() {
  const notice = useAppStore((s) => s.notice)
  const dismiss = useAppStore((s) => s.dismissNotice)
  const t = useT()
  if (!notice) return null
  return (
    <div className="notice" role="alert">
      <span>{notice}</span>
      <button type="button" className="btn btn-ghost" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  )
}
