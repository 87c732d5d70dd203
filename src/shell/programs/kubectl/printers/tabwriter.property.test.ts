import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  ALIGN_RIGHT,
  DEBUG,
  DISCARD_EMPTY_COLUMNS,
  formatTable,
  KUBECTL_TABLE,
  REMEMBER_WIDTHS,
  TAB_INDENT,
  tabwrite,
  type TabwriterOptions,
} from './tabwriter'

const general = (rows: string[][], opts: TabwriterOptions) =>
  tabwrite(rows.map((r) => r.join('\t')).join('\n') + '\n', opts)

// multi-unit and wide characters: Go counts runes, so 😀 and 漢 are one column each,
// a lone surrogate is one rune (U+FFFD once encoded) and a combining accent is a rune of its own
const unit = fc.constantFrom(
  ...'aZ0-/ ().<>'.split(''),
  'é',
  'e\u0301',
  '😀',
  '漢',
  '\ud800',
  '\udc00',
  '\r',
)
const cell = fc.string({ unit, maxLength: 14 })
/** a cell that may hold a tabwriter control character (the fast path must hand these over) */
const wildCell = fc.oneof(
  { weight: 9, arbitrary: cell },
  { weight: 1, arbitrary: fc.constantFrom('a\tb', 'x\n', '\v', 'y\fz') },
)
const uniform = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { maxLength: 8 }))
const options: fc.Arbitrary<TabwriterOptions> = fc.record({
  minwidth: fc.nat(8),
  tabwidth: fc.nat(8),
  padding: fc.nat(4),
  padchar: fc.constantFrom(' ', '.', '\t'),
  flags: fc
    .subarray([ALIGN_RIGHT, DISCARD_EMPTY_COLUMNS, TAB_INDENT, DEBUG, REMEMBER_WIDTHS])
    .map((fs) => fs.reduce((a, b) => a | b, 0)),
})

describe('formatTable', () => {
  it('pads each column but the last to max(6, widest + 3), counting runes', () => {
    const rows = [
      ['NAMESPACE', 'NAME', 'READY', 'STATUS', 'IP'],
      ['default', 'web-😀', '1/1', '', '<none>'],
      ['kube-system', 'é', '0/1', 'Pending', ''],
    ]
    expect(formatTable(rows, KUBECTL_TABLE)).toBe(
      [
        'NAMESPACE     NAME    READY   STATUS    IP',
        'default       web-😀   1/1               <none>',
        'kube-system   é       0/1     Pending   ',
        '',
      ].join('\n'),
    )
  })

  it('prints kubectl tables byte for byte as the general tabwriter does', () => {
    fc.assert(
      fc.property(uniform, (rows) => {
        expect(formatTable(rows, KUBECTL_TABLE)).toBe(general(rows, KUBECTL_TABLE))
      }),
      { seed: 1, numRuns: 1000 },
    )
  })

  it('agrees with the general tabwriter for any options, ragged rows and control characters', () => {
    const anyRows = fc.array(fc.array(wildCell, { maxLength: 5 }), { maxLength: 6 })
    fc.assert(
      fc.property(fc.oneof(uniform, anyRows), options, (rows, opts) => {
        expect(formatTable(rows, opts)).toBe(general(rows, opts))
      }),
      { seed: 2, numRuns: 2000 },
    )
  })
})
