// The xterm adapter: creates the terminal once, feeds keystrokes to the shell's line editor, sends
// submitted lines to the store (runCommand), and writes the session's output stream — never React
// state — to the screen. Ctrl-C while a command waits interrupts it. Disposes everything on unmount.
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import type { AppStore } from '../../store/createAppStore'
import type { TerminalEvent } from '../../store/terminalStream'
import { createEditor } from './editorBridge'

declare global {
  interface Window {
    /** the terminal, for e2e tests that read its buffer */
    __term?: Terminal
  }
}

const THEME = {
  background: '#0b0f17',
  foreground: '#d7dde8',
  cursor: '#7dd3fc',
  selectionBackground: '#264f78',
  black: '#1b2130',
  brightBlack: '#5c6577',
  green: '#4ade80',
  brightGreen: '#86efac',
  blue: '#60a5fa',
  brightBlue: '#93c5fd',
  cyan: '#22d3ee',
  yellow: '#facc15',
  red: '#f87171',
  magenta: '#c084fc',
}

export function mountTerminal(el: HTMLElement, store: AppStore): () => void {
  const term = new Terminal({
    convertEol: true,
    screenReaderMode: true,
    cursorBlink: true,
    fontFamily:
      '"JetBrains Mono", "Fira Code", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: 13,
    lineHeight: 1.2,
    scrollback: 5000,
    theme: THEME,
  })
  const fit = new FitAddon()
  term.loadAddon(fit)
  term.open(el)
  const refit = () => {
    try {
      fit.fit()
    } catch {
      // not laid out yet
    }
    store.getState().setColumns(term.cols)
  }
  refit()
  window.__term = term

  const editor = createEditor(store)
  const stream = store.getState().getStream()
  const busy = () => store.getState().terminal.busy
  const drawPrompt = () => term.write(editor.render())

  term.write(stream.scrollback())
  if (!busy() && store.getState().lab.status === 'ready') drawPrompt()

  const onEvent = (ev: TerminalEvent) => {
    if (ev.kind === 'replace') {
      term.reset()
      term.write(ev.text)
    } else if (ev.kind === 'command') {
      // typed lines were echoed by the editor; others (graph buttons, pasted lines) are shown now
      if (ev.external) term.write(`\r\x1b[K${ev.prompt}${ev.line}\r\n`)
    } else if (ev.kind === 'output') term.write(ev.text)
    else drawPrompt()
  }
  const unsubscribe = stream.subscribe(onEvent)

  const onData = term.onData((data) => {
    if (busy()) {
      if (data.includes('\x03')) store.getState().interrupt()
      return
    }
    const r = editor.feed(data)
    if (r.output) term.write(r.output)
    r.submitted.forEach((line, i) => void store.getState().runCommand(line, { external: i > 0 }))
  })

  const observer = new ResizeObserver(() => refit())
  observer.observe(el)
  performance.mark('cordon:terminal-ready')

  return () => {
    observer.disconnect()
    unsubscribe()
    onData.dispose()
    if (window.__term === term) window.__term = undefined
    term.dispose()
  }
}
