// The virtual clock: time, pause/play, speed 1×/10×/60×, +1 min, +5 min.
import { SPEEDS } from '../../store/types'
import { useAppStore } from '../storeContext'
import { useT } from '../i18n'
import { formatClock } from './format'

export function ClockControls() {
  const { playing, speed, now } = useAppStore((s) => s.clock)
  const togglePlay = useAppStore((s) => s.togglePlay)
  const setSpeed = useAppStore((s) => s.setSpeed)
  const advance = useAppStore((s) => s.advanceClock)
  const t = useT()
  return (
    <div className="clock" role="group" aria-label={t('clock')}>
      <span className="clock-time" aria-label={t('clock')} role="timer" aria-live="off">
        {formatClock(now)}
      </span>
      <button
        type="button"
        className="btn btn-icon"
        onClick={togglePlay}
        aria-label={playing ? t('pause') : t('play')}
        title={playing ? t('pause') : t('play')}
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <div className="segmented" role="group" aria-label={t('speed')}>
        {SPEEDS.map((n) => (
          <button
            key={n}
            type="button"
            className="seg"
            aria-pressed={speed === n}
            aria-label={t('speedN', { n })}
            onClick={() => setSpeed(n)}
          >
            {n}×
          </button>
        ))}
      </div>
      <button
        type="button"
        className="btn"
        onClick={() => advance(60_000)}
        aria-label={t('plus1Label')}
      >
        {t('plus1')}
      </button>
      <button
        type="button"
        className="btn"
        onClick={() => advance(300_000)}
        aria-label={t('plus5Label')}
      >
        {t('plus5')}
      </button>
    </div>
  )
}
