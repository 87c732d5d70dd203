// A pure line editor in the manner of GNU readline (emacs keys): it turns terminal input into
// echo bytes and submitted lines and does no I/O. Used by the browser terminal and the CLI TTY.
import type { Completion } from './completion'
import { History } from './history'

export interface LineEditorOptions {
  /** the session's history array (runLine appends to it) */
  history: string[]
  /** Tab completion */
  complete?: (line: string, cursor: number) => Completion
  /** false when the text needs more lines (open quote, here-document, trailing `|`) */
  isComplete?: (text: string) => boolean
}

export interface EditorOutput {
  /** bytes for the terminal */
  write: string
  /** command lines to run, in order (a multi-line command is one entry joined with \n) */
  submitted: string[]
  /** Ctrl-C while a command runs: the caller should abort it */
  interrupt?: boolean
}

const CSI = '\x1b['

export class LineEditor {
  line = ''
  cursor = 0
  private prompt = ''
  private busy = true
  private typeahead = ''
  private pending: string[] = []
  private hist: History
  private histIdx = -1
  private draft = ''
  private lastTab = false
  private search?: { query: string; idx: number }

  constructor(private readonly opts: LineEditorOptions) {
    this.hist = new History(opts.history)
  }

  /** Show the prompt and start editing; replays keys typed while a command was running. */
  ready(prompt: string): EditorOutput {
    this.prompt = prompt
    this.busy = false
    this.reset()
    const out: EditorOutput = { write: prompt, submitted: [] }
    const ahead = this.typeahead
    this.typeahead = ''
    if (ahead) {
      const r = this.feed(ahead)
      out.write += r.write
      out.submitted.push(...r.submitted)
    }
    return out
  }

  feed(data: string): EditorOutput {
    const out: EditorOutput = { write: '', submitted: [] }
    let i = 0
    while (i < data.length) {
      if (this.busy) {
        if (data.slice(i).includes('\x03')) {
          out.interrupt = true
          this.typeahead = ''
        } else this.typeahead += data.slice(i)
        break
      }
      // eslint-disable-next-line no-control-regex -- terminal escape sequences
      const seq = /^(\x1b\[[0-9;]*[A-Za-z~]|\x1bO[A-Za-z]|\x1b.?|\r\n|[\s\S])/.exec(
        data.slice(i),
      )![0]
      i += seq.length
      out.write += this.key(seq, out)
    }
    return out
  }

  private reset(): void {
    this.line = ''
    this.cursor = 0
    this.histIdx = -1
    this.draft = ''
    this.lastTab = false
    this.search = undefined
  }

  private get shownPrompt(): string {
    return this.pending.length ? '> ' : this.prompt
  }

  /** Rewrite the current line after the prompt and put the cursor back. */
  private redraw(): string {
    const back = this.line.length - this.cursor
    return `\r${this.shownPrompt}${this.line}${CSI}K${back ? `${CSI}${back}D` : ''}`
  }

  private setLine(text: string, cursor = text.length): string {
    this.line = text
    this.cursor = cursor
    return this.redraw()
  }

  private key(k: string, out: EditorOutput): string {
    if (this.search) return this.searchKey(k, out)
    const wasTab = this.lastTab
    this.lastTab = false
    const { line, cursor } = this
    switch (k) {
      case '\r':
      case '\n':
      case '\r\n':
        return this.submit(out)
      case '\x7f':
      case '\b':
        if (!cursor) return ''
        return this.setLine(line.slice(0, cursor - 1) + line.slice(cursor), cursor - 1)
      case `${CSI}3~`:
      case '\x04':
        if (cursor >= line.length) return ''
        return this.setLine(line.slice(0, cursor) + line.slice(cursor + 1), cursor)
      case `${CSI}D`:
      case '\x02':
        if (!cursor) return ''
        this.cursor--
        return `${CSI}D`
      case `${CSI}C`:
      case '\x06':
        if (cursor >= line.length) return ''
        this.cursor++
        return `${CSI}C`
      case `${CSI}H`:
      case `${CSI}1~`:
      case '\x1bOH':
      case '\x01':
        this.cursor = 0
        return cursor ? `${CSI}${cursor}D` : ''
      case `${CSI}F`:
      case `${CSI}4~`:
      case '\x1bOF':
      case '\x05':
        this.cursor = line.length
        return line.length - cursor ? `${CSI}${line.length - cursor}C` : ''
      case '\x15':
        return this.setLine(line.slice(cursor), 0)
      case '\x0b':
        return this.setLine(line.slice(0, cursor), cursor)
      case '\x17': {
        const start = line.slice(0, cursor).replace(/\S*\s*$/, '').length
        return this.setLine(line.slice(0, start) + line.slice(cursor), start)
      }
      case `${CSI}A`:
      case '\x10':
        return this.historyMove(-1)
      case `${CSI}B`:
      case '\x0e':
        return this.historyMove(1)
      case '\x03':
        this.pending = []
        this.reset()
        return `^C\r\n${this.prompt}`
      case '\x0c':
        return `${CSI}H${CSI}2J` + this.redraw()
      case '\x12':
        this.search = { query: '', idx: this.hist.entries.length }
        return this.searchLine()
      case '\t':
        return this.tab(wasTab)
      default:
        if (k.length !== 1 || k < ' ') return ''
        return this.insert(k)
    }
  }

  private insert(text: string): string {
    const { line, cursor } = this
    this.line = line.slice(0, cursor) + text + line.slice(cursor)
    this.cursor = cursor + text.length
    const rest = line.slice(cursor)
    return text + rest + (rest ? `${CSI}${rest.length}D` : '')
  }

  private submit(out: EditorOutput): string {
    const text = [...this.pending, this.line].join('\n')
    if (this.opts.isComplete && !this.opts.isComplete(text)) {
      this.pending.push(this.line)
      this.line = ''
      this.cursor = 0
      return '\r\n> '
    }
    this.pending = []
    out.submitted.push(text)
    this.reset()
    this.busy = true
    return '\r\n'
  }

  private historyMove(d: number): string {
    const n = this.hist.entries.length
    if (!n) return ''
    const cur = this.histIdx < 0 ? n : this.histIdx
    const next = cur + d
    if (next < 0 || next > n) return ''
    if (this.histIdx < 0) this.draft = this.line
    this.histIdx = next === n ? -1 : next
    return this.setLine(next === n ? this.draft : this.hist.entries[next])
  }

  private searchLine(): string {
    const s = this.search!
    const match = s.idx < this.hist.entries.length ? this.hist.entries[s.idx] : ''
    const at = match.indexOf(s.query)
    const prefix = `(reverse-i-search)\`${s.query}': `
    return (
      `\r${CSI}K${prefix}${match}` +
      (match && at >= 0 && match.length - at ? `${CSI}${match.length - at}D` : '')
    )
  }

  private searchKey(k: string, out: EditorOutput): string {
    const s = this.search!
    const current = (): string =>
      s.idx < this.hist.entries.length ? this.hist.entries[s.idx] : this.line
    if (k === '\x12') {
      const i = this.hist.searchBack(s.query, s.idx)
      if (i >= 0) s.idx = i
      return this.searchLine()
    }
    if (k === '\x7f' || k === '\b') {
      s.query = s.query.slice(0, -1)
      const i = this.hist.searchBack(s.query, this.hist.entries.length)
      s.idx = i >= 0 ? i : this.hist.entries.length
      return this.searchLine()
    }
    if (k.length === 1 && k >= ' ') {
      s.query += k
      const i = this.hist.searchBack(s.query, Math.min(s.idx + 1, this.hist.entries.length))
      if (i >= 0) s.idx = i
      return this.searchLine()
    }
    if (k === '\x07' || k === '\x03') {
      this.search = undefined
      return k === '\x03' ? this.key(k, out) : this.redraw()
    }
    const found = current()
    this.search = undefined
    const w = this.setLine(found)
    if (k === '\r' || k === '\n' || k === '\r\n') return w + this.submit(out)
    return w
  }

  private tab(second: boolean): string {
    if (!this.opts.complete) return ''
    const { candidates, replaceFrom } = this.opts.complete(this.line, this.cursor)
    if (!candidates.length) return '\x07'
    const word = this.line.slice(replaceFrom, this.cursor)
    const common = candidates.reduce((a, b) => {
      let n = 0
      while (n < a.length && n < b.length && a[n] === b[n]) n++
      return a.slice(0, n)
    })
    if (candidates.length === 1 || common.length > word.length) {
      const ins = candidates.length === 1 ? candidates[0] : common
      this.line = this.line.slice(0, replaceFrom) + ins + this.line.slice(this.cursor)
      this.cursor = replaceFrom + ins.length
      return this.redraw()
    }
    this.lastTab = true
    if (!second) return '\x07'
    const names = candidates.map((c) => c.replace(/ $/, '').replace(/^.*\/(?=.)/, ''))
    const w = Math.max(...names.map((n) => n.length)) + 2
    const perRow = Math.max(1, Math.floor(80 / w))
    const rows: string[] = []
    for (let i = 0; i < names.length; i += perRow)
      rows.push(
        names
          .slice(i, i + perRow)
          .map((n) => n.padEnd(w))
          .join('')
          .trimEnd(),
      )
    return `\r\n${rows.join('\r\n')}\r\n` + this.redraw().slice(1)
  }
}
