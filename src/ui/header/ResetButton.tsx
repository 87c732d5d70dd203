// Reset the lab to its start, after a confirmation dialog.
import { useRef } from 'react'
import { useAppStore } from '../storeContext'
import { useT } from '../i18n'

export function ResetButton() {
  const reset = useAppStore((s) => s.resetLab)
  const dialog = useRef<HTMLDialogElement>(null)
  const t = useT()
  return (
    <>
      <button
        type="button"
        className="btn btn-danger-ghost"
        onClick={() => dialog.current?.showModal()}
        aria-label={t('resetLabel')}
      >
        {t('reset')}
      </button>
      <dialog ref={dialog} className="dialog" aria-label={t('resetLabel')}>
        <p>{t('resetConfirm')}</p>
        <div className="dialog-actions">
          <button type="button" className="btn" onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="btn btn-danger"
            onClick={() => {
              dialog.current?.close()
              void reset()
            }}
          >
            {t('resetYes')}
          </button>
        </div>
      </dialog>
    </>
  )
}
