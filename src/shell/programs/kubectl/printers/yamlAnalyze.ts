// yaml.v2 emitterc.go yaml_emitter_analyze_scalar: which scalar styles can carry a given text.

export const isSpace = (c: string | undefined) => c === ' '
export const isBreak = (c: string | undefined) =>
  c === '\r' || c === '\n' || c === '\u0085' || c === '\u2028' || c === '\u2029'
const isBlank = (c: string | undefined) => c === ' ' || c === '\t'
const isBlankz = (c: string | undefined) =>
  c === undefined || c === '\0' || isBlank(c) || isBreak(c)

export function isYamlPrintable(c: string): boolean {
  const n = c.codePointAt(0) ?? 0
  return (
    n === 0x0a ||
    (n >= 0x20 && n <= 0x7e) ||
    (n >= 0xa0 && n <= 0xd7ff) ||
    (n >= 0xe000 && n <= 0xfffd && n !== 0xfeff)
  )
}

export type Style = 'plain' | 'single' | 'double' | 'literal'

export interface Analysis {
  multiline: boolean
  flowPlain: boolean
  blockPlain: boolean
  single: boolean
  block: boolean
}

/** yaml_emitter_analyze_scalar. */
export function analyze(cs: string[]): Analysis {
  if (cs.length === 0) {
    return { multiline: false, flowPlain: false, blockPlain: true, single: true, block: false }
  }
  let blockInd = false
  let flowInd = false
  let lineBreaks = false
  let special = false
  let leadingSpace = false
  let leadingBreak = false
  let trailingSpace = false
  let trailingBreak = false
  let breakSpace = false
  let spaceBreak = false
  let prevSpace = false
  let prevBreak = false
  const head = cs.slice(0, 3).join('')
  if (head === '---' || head === '...') {
    blockInd = true
    flowInd = true
  }
  let precededByWs = true
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i]
    const followedByWs = i + 1 >= cs.length || isBlank(cs[i + 1]) || isBreak(cs[i + 1])
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) {
        flowInd = true
        blockInd = true
      } else if (c === '?' || c === ':') {
        flowInd = true
        if (followedByWs) blockInd = true
      } else if (c === '-' && followedByWs) {
        flowInd = true
        blockInd = true
      }
    } else if (',?[]{}'.includes(c)) {
      flowInd = true
    } else if (c === ':') {
      flowInd = true
      if (followedByWs) blockInd = true
    } else if (c === '#' && precededByWs) {
      flowInd = true
      blockInd = true
    }
    if (!isYamlPrintable(c)) special = true
    if (isSpace(c)) {
      if (i === 0) leadingSpace = true
      if (i === cs.length - 1) trailingSpace = true
      if (prevBreak) breakSpace = true
      prevSpace = true
      prevBreak = false
    } else if (isBreak(c)) {
      lineBreaks = true
      if (i === 0) leadingBreak = true
      if (i === cs.length - 1) trailingBreak = true
      if (prevSpace) spaceBreak = true
      prevSpace = false
      prevBreak = true
    } else {
      prevSpace = false
      prevBreak = false
    }
    precededByWs = isBlankz(c)
  }
  const a: Analysis = {
    multiline: lineBreaks,
    flowPlain: true,
    blockPlain: true,
    single: true,
    block: true,
  }
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
    a.flowPlain = a.blockPlain = false
  if (trailingSpace) a.block = false
  if (breakSpace) a.flowPlain = a.blockPlain = a.single = false
  if (spaceBreak || special) a.flowPlain = a.blockPlain = a.single = a.block = false
  if (lineBreaks) a.flowPlain = a.blockPlain = false
  if (flowInd) a.flowPlain = false
  if (blockInd) a.blockPlain = false
  return a
}
