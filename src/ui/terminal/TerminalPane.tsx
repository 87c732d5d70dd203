// The terminal area of the lab page; the xterm instance is created once by the adapter.
import '@xterm/xterm/css/xterm.css'
import { useLayoutEffect, useRef } from 'react'
import { useAppStore, useStoreApi } from '../storeContext'
import { useT } from '../i18n'
import { mountTerminal } from './terminalAdapter'

export function TerminalPane() {
  const store = useStoreApi()
  const ready = useAppStore((s) => s.lab.status === 'ready')
  const busy = useAppStore((s) => s.terminal.busy)
  const screenReader = useAppStore((s) => s.screenReader)
  const setScreenReader = useAppStore((s) => s.setScreenReader)
  const el = useRef<HTMLDivElement>(null)
  const t = useT()
  // a layout effect: the terminal opens in the same task as the commit, not after a paint
  useLayoutEffect(() => {
    if (!ready || !el.current) return
    return mountTerminal(el.current, store)
  }, [store, ready])
  return (
    <section className="terminal-area" aria-label={t('terminal')} data-busy={busy || !ready}>
      <div className="terminal-title">
        <span className="dot dot-r" />
        <span className="dot dot-y" />
        <span className="dot dot-g" />
        <span className="terminal-name">{t('terminal')}</span>
        <button
          type="button"
          className="terminal-sr"
          aria-pressed={screenReader}
          title={t('screenReaderTitle')}
          onClick={() => setScreenReader(!screenReader)}
        >
          {t('screenReader')}
        </button>
      </div>
      <div className="terminal-host" ref={el} />
    </section>
  )
}
