// GNU coreutils cat: concatenate files or stdin; -n numbers lines, -b numbers non-blank lines,
// -E marks line ends, -s squeezes blank lines.
import type { Program } from '../../types'
import { ERRNO_TEXT, has, parseOrUsage, readOperand } from './common'

export const cat: Program = async (ctx) => {
  const p = parseOrUsage(ctx, 'cat', {
    flags: 'nbEsAvT',
    long: {
      number: { as: 'n' },
      'number-nonblank': { as: 'b' },
      'show-ends': { as: 'E' },
      'squeeze-blank': { as: 's' },
    },
  })
  if (typeof p === 'number') return p
  const files = p.args.length ? p.args : ['-']
  let status = 0
  let n = 0
  let prevBlank = false
  for (const f of files) {
    const r = readOperand(ctx, f)
    if ('error' in r) {
      ctx.stderr(`cat: ${f}: ${ERRNO_TEXT[r.error]}\n`)
      status = 1
      continue
    }
    if (!has(p, 'n') && !has(p, 'b') && !has(p, 'E') && !has(p, 's')) {
      ctx.stdout(r.text)
      continue
    }
    const parts = r.text.split('\n')
    let out = ''
    parts.forEach((line, i) => {
      const lastPiece = i === parts.length - 1
      if (lastPiece && line === '') return
      const blank = line === ''
      if (has(p, 's') && blank && prevBlank) return
      prevBlank = blank
      const num = has(p, 'b') ? !blank : has(p, 'n')
      out +=
        (num ? `${String(++n).padStart(6)}\t` : '') +
        line +
        (lastPiece ? '' : (has(p, 'E') ? '$' : '') + '\n')
    })
    ctx.stdout(out)
  }
  return status
}
