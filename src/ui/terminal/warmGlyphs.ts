// xterm's DOM renderer measures each character's width the first time it draws it (WidthCache:
// a span in the page, then offsetWidth), which forces a layout of the whole page. The first lines a
// command prints would then force one layout per new character, in the same frame as a big graph's
// redraw (a 1,000-pod drain: frames of 50-70 ms). This measures printable ASCII, plain and bold,
// in idle time after the terminal is up, a few characters per idle period.
//
// The cache is not public API: it is reached through xterm's internals and looked up defensively.
// If an xterm upgrade moves it, nothing breaks (characters are measured when first drawn, as
// before) and `warmGlyphs` resolves false, which e2e/terminal.spec.ts reports.
import type { Terminal } from '@xterm/xterm'

interface WidthCache {
  get(c: string, bold: boolean, italic: boolean): number
}

function widthCacheOf(term: Terminal): WidthCache | undefined {
  const core = (term as unknown as { _core?: Record<string, unknown> })._core
  const render = core?._renderService as { _renderer?: { value?: Record<string, unknown> } }
  const cache = render?._renderer?.value?._widthCache as WidthCache | undefined
  return typeof cache?.get === 'function' ? cache : undefined
}

const GLYPHS: [string, boolean][] = []
for (let c = 0x21; c < 0x7f; c++) {
  GLYPHS.push([String.fromCharCode(c), false], [String.fromCharCode(c), true])
}

interface IdleDeadlineLike {
  timeRemaining(): number
}
type Idle = (cb: (d: IdleDeadlineLike) => void) => void

const onIdle: Idle =
  typeof requestIdleCallback === 'function'
    ? (cb) => void requestIdleCallback(cb, { timeout: 2000 })
    : (cb) => void setTimeout(() => cb({ timeRemaining: () => 5 }), 50)

/**
 * Measure printable ASCII into the terminal's width cache; false when the cache is not found or
 * the terminal went away (`alive` false) first.
 */
export function warmGlyphs(
  term: Terminal,
  alive: () => boolean,
  idle: Idle = onIdle,
): Promise<boolean> {
  return new Promise((resolve) => {
    let i = 0
    const step = (deadline: IdleDeadlineLike) => {
      const cache = alive() ? widthCacheOf(term) : undefined
      if (!cache) return resolve(false)
      while (i < GLYPHS.length && deadline.timeRemaining() > 2) {
        const [c, bold] = GLYPHS[i++]
        cache.get(c, bold, false)
      }
      if (i < GLYPHS.length) idle(step)
      else resolve(true)
    }
    idle(step)
  })
}
