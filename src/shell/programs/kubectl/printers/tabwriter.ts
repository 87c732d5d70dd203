// Go text/tabwriter (elastic tabstops) as kubectl uses it, with the RememberWidths flag of
// github.com/liggitt/tabwriter (cli-runtime pkg/printers/tabwriter.go).
// divergence: no Escape (0xff) segments and no FilterHTML; kubectl uses neither.

export const ALIGN_RIGHT = 1 << 2
export const DISCARD_EMPTY_COLUMNS = 1 << 3
export const TAB_INDENT = 1 << 4
export const DEBUG = 1 << 5
export const REMEMBER_WIDTHS = 1 << 6

export interface TabwriterOptions {
  minwidth: number
  tabwidth: number
  padding: number
  /** one ASCII character; '\t' pads with tabs. Default ' '. */
  padchar?: string
  flags?: number
}

/** cli-runtime printers.GetNewTabWriter: minwidth 6, tabwidth 4, padding 3, RememberWidths. */
export const KUBECTL_TABLE: TabwriterOptions = {
  minwidth: 6,
  tabwidth: 4,
  padding: 3,
  padchar: ' ',
  flags: REMEMBER_WIDTHS,
}

/** kubectl describe tabbedString: tabwriter.NewWriter(buf, 0, 8, 2, ' ', 0). */
export const DESCRIBE: TabwriterOptions = { minwidth: 0, tabwidth: 8, padding: 2, padchar: ' ' }

interface Cell {
  text: string
  width: number
  htab: boolean
}

/** A streaming writer: output goes to `out` on flush (and at lines without tabs, as in Go). */
export class Tabwriter {
  private readonly minwidth: number
  private readonly tabwidth: number
  private readonly padding: number
  private readonly padchar: string
  private readonly flags: number
  private lines: Cell[][] = [[]]
  private cell = ''
  private widths: number[] = []
  private maxwidths: number[] = []
  private readonly out: (s: string) => void

  constructor(opts: TabwriterOptions, out: (s: string) => void) {
    if (opts.minwidth < 0 || opts.tabwidth < 0 || opts.padding < 0) {
      throw new Error('negative minwidth, tabwidth, or padding')
    }
    this.minwidth = opts.minwidth
    this.tabwidth = opts.tabwidth
    this.padding = opts.padding
    this.padchar = opts.padchar ?? ' '
    let flags = opts.flags ?? 0
    if (this.padchar === '\t') flags &= ~ALIGN_RIGHT
    this.flags = flags
    this.out = out
  }

  /** Widths remembered across flushes (REMEMBER_WIDTHS). */
  rememberedWidths(): number[] {
    return [...this.maxwidths]
  }

  write(text: string): void {
    let start = 0
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]
      if (ch !== '\t' && ch !== '\v' && ch !== '\n' && ch !== '\f') continue
      this.cell += text.slice(start, i)
      start = i + 1
      const ncells = this.terminateCell(ch === '\t')
      if (ch === '\n' || ch === '\f') {
        this.lines.push([])
        // a line of one cell cannot affect later lines: Go flushes here
        if (ch === '\f' || ncells === 1) {
          this.flush()
          if (ch === '\f' && this.flags & DEBUG) this.out('---\n')
        }
      }
    }
    this.cell += text.slice(start)
  }

  flush(): void {
    if (this.cell.length > 0) this.terminateCell(false)
    this.format(0, this.lines.length)
    this.lines = [[]]
    this.cell = ''
    this.widths = []
  }

  private terminateCell(htab: boolean): number {
    const line = this.lines[this.lines.length - 1]
    line.push({ text: this.cell, width: runeCount(this.cell), htab })
    this.cell = ''
    return line.length
  }

  private format(line0: number, line1: number): void {
    const column = this.widths.length
    for (let cur = line0; cur < line1; cur++) {
      if (column >= this.lines[cur].length - 1) continue
      // a cell exists in this column: print the lines before the block
      this.writeLines(line0, cur)
      line0 = cur
      let width = this.minwidth
      let discardable = true
      for (; cur < line1; cur++) {
        const line = this.lines[cur]
        if (column >= line.length - 1) break
        const c = line[column]
        width = Math.max(width, c.width + this.padding)
        if (c.width > 0 || c.htab) discardable = false
      }
      if (discardable && this.flags & DISCARD_EMPTY_COLUMNS) width = 0
      if (this.flags & REMEMBER_WIDTHS) width = this.remember(width)
      this.widths.push(width)
      this.format(line0, cur)
      this.widths.pop()
      line0 = cur
    }
    this.writeLines(line0, line1)
  }

  private remember(width: number): number {
    const col = this.widths.length
    if (this.maxwidths.length < col)
      this.maxwidths.push(...this.widths.slice(this.maxwidths.length))
    if (this.maxwidths.length === col) this.maxwidths.push(width)
    else if (this.maxwidths[col] > width) return this.maxwidths[col]
    else this.maxwidths[col] = width
    return width
  }

  private writeLines(line0: number, line1: number): void {
    let s = ''
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i]
      let useTabs = (this.flags & TAB_INDENT) !== 0
      line.forEach((c, j) => {
        if (j > 0 && this.flags & DEBUG) s += '|'
        const hasWidth = j < this.widths.length
        if (c.text.length === 0) {
          if (hasWidth) s += this.pad(c.width, this.widths[j], useTabs)
        } else {
          useTabs = false
          if (this.flags & ALIGN_RIGHT) {
            if (hasWidth) s += this.pad(c.width, this.widths[j], false)
            s += c.text
          } else {
            s += c.text
            if (hasWidth) s += this.pad(c.width, this.widths[j], false)
          }
        }
      })
      // the last buffered line has no newline: its text (if any) is already a cell
      if (i + 1 !== this.lines.length) s += '\n'
    }
    if (s) this.out(s)
  }

  private pad(textw: number, cellw: number, useTabs: boolean): string {
    if (this.padchar === '\t' || useTabs) {
      if (this.tabwidth === 0) return ''
      const w = Math.ceil(cellw / this.tabwidth) * this.tabwidth
      return '\t'.repeat(Math.ceil((w - textw) / this.tabwidth))
    }
    return this.padchar.repeat(cellw - textw)
  }
}

function runeCount(s: string): number {
  let n = 0
  for (const _ of s) n++
  return n
}

/** Align `text` in one Write + Flush, as Go's tabwriter would print it. */
export function tabwrite(text: string, opts: TabwriterOptions): string {
  let out = ''
  const w = new Tabwriter(opts, (s) => (out += s))
  w.write(text)
  w.flush()
  return out
}

/**
 * What `tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', opts)` prints, worked out
 * straight from the cells: in a table whose rows all have the same number of cells, every column
 * but the last is one block, so its width is max(minwidth, widest + padding) and one pass writes
 * it. Anything else (ragged rows, cells holding tabwriter control characters, tab padding or
 * TAB_INDENT) goes through the general writer.
 */
export function formatTable(rows: string[][], opts: TabwriterOptions): string {
  const n = rows.length ? rows[0].length : 0
  const padchar = opts.padchar ?? ' '
  const flags = opts.flags ?? 0
  if (n < 2 || padchar === '\t' || flags & TAB_INDENT) return formatGeneral(rows, opts)
  // runes[i * n + j]: the width of cell j of row i; widths[j]: first the widest in column j
  const runes = new Int32Array(rows.length * n)
  const widths = new Array<number>(n - 1).fill(0)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    if (row.length !== n) return formatGeneral(rows, opts)
    for (let j = 0; j < n; j++) {
      const w = cellRunes(row[j])
      if (w < 0) return formatGeneral(rows, opts)
      runes[i * n + j] = w
      if (j < n - 1 && w > widths[j]) widths[j] = w
    }
  }
  let widest = 0
  for (let j = 0; j < n - 1; j++) {
    widths[j] = Math.max(opts.minwidth, widths[j] + opts.padding)
    widest = Math.max(widest, widths[j])
  }
  const pads = new Array<string>(widest + 1)
  pads[widest] = padchar.repeat(widest)
  for (let k = widest - 1; k >= 0; k--) pads[k] = pads[k + 1].slice(1)
  const right = (flags & ALIGN_RIGHT) !== 0
  const sep = flags & DEBUG ? '|' : ''
  const lines = new Array<string>(rows.length + 1)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]
    let s = ''
    for (let j = 0; j < n - 1; j++) {
      const c = row[j]
      const pad = pads[widths[j] - runes[i * n + j]]
      s += (j > 0 ? sep : '') + (right ? pad + c : c + pad)
    }
    lines[i] = s + sep + row[n - 1]
  }
  lines[rows.length] = ''
  return lines.join('\n')
}

function formatGeneral(rows: string[][], opts: TabwriterOptions): string {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', opts)
}

/** Runes in a cell (as runeCount), or -1 when it holds '\t', '\n', '\v' or '\f'. */
function cellRunes(s: string): number {
  let n = s.length
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20) {
      if (c === 9 || c === 10 || c === 11 || c === 12) return -1
    } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d < 0xe000) {
        n--
        i++
      }
    }
  }
  return n
}
