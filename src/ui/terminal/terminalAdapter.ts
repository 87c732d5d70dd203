// The xterm adapter: creates the terminal once, feeds keystrokes to the shell's line editor, sends
// submitted lines to the store (runCommand), and writes the session's output stream — never React
// state — to the screen. Ctrl-C while a command waits interrupts it. Disposes everything on unmount.
import { Terminal } from '@xterm/xterm'
import { FitAddon } from '@xterm/addon-fit'
import type { AppStore } from '../../store/createAppStore'
import type { TerminalEvent } from '../../store/terminalStream'
import { createEditor } from './editorBridge'
import { warmGlyphs } from './warmGlyphs'

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
    // the rows as text for screen readers: a setting (the header's switch), off by default; it
    // costs ~50 ms to build and a forced layout per row on every output, which made a big
    // drain's frames long
    screenReaderMode: false,
    cursorBlink: true,
    fontFamily:
      '"JetBrains Mono", "Fira Code", ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    fontSize: 13,
    lineHeight: 1.2,
    scrollback: 1000,
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
  /** the editor handed a line over and waits for ready() */
  let editorBusy = false
  /** keys typed while a command the editor did not submit (graph button) runs */
  let held = ''
  /** the line being edited when such a command started */
  let partial = ''

  const write = (text: string) => {
    if (text) term.write(text)
  }
  const submit = (lines: string[]) => {
    if (!lines.length) return
    editorBusy = true
    for (const line of lines) void store.getState().runCommand(line)
  }
  const ready = () => {
    const r = editor.ready(store.getState().getPrompt())
    editorBusy = false
    write(r.write)
    submit(r.submitted)
    const replay = partial + held
    partial = held = ''
    if (replay && !editorBusy) feed(replay)
  }
  const feed = (data: string) => {
    if (!editorBusy && store.getState().terminal.busy) {
      if (data.includes('\x03')) store.getState().interrupt()
      else held += data
      return
    }
    const r = editor.feed(data)
    write(r.write)
    if (r.interrupt) store.getState().interrupt()
    submit(r.submitted)
  }

  write(stream.scrollback())
  if (!store.getState().terminal.busy) ready()
  else editorBusy = true

  const onEvent = (ev: TerminalEvent) => {
    if (ev.kind === 'replace') {
      term.reset()
      write(ev.text)
    } else if (ev.kind === 'command') {
      // typed lines were echoed by the editor; graph buttons' commands are shown as if typed
      if (ev.external) {
        if (!editorBusy) partial = editor.line
        editorBusy = false
        write(`\r\x1b[K${ev.prompt}${ev.line}\r\n`)
      }
    } else if (ev.kind === 'output') write(ev.text)
    else ready()
  }
  const unsubscribe = stream.subscribe(onEvent)
  const onData = term.onData(feed)

  const observer = new ResizeObserver(() => refit())
  observer.observe(el)
  performance.mark('cordon:terminal-ready')
  // switched on after the prompt is up, and whenever the student turns it on or off
  const followScreenReader = (on: boolean) => {
    if (term.options.screenReaderMode !== on) term.options.screenReaderMode = on
  }
  const a11y = setTimeout(() => followScreenReader(store.getState().screenReader), 0)
  let alive = true
  void warmGlyphs(term, () => alive).then((ok) => {
    if (ok) performance.mark('cordon:glyphs-warm')
  })
  const unfollow = store.subscribe((s, prev) => {
    if (s.screenReader !== prev.screenReader) followScreenReader(s.screenReader)
  })

  return () => {
    alive = false
    clearTimeout(a11y)
    unfollow()
    observer.disconnect()
    unsubscribe()
    onData.dispose()
    if (window.__term === term) window.__term = undefined
    term.dispose()
  }
}
