// awk (mawk, Ubuntu's default): -F FS, -v var=value, a program text and input files; a small real
// interpreter for patterns, ranges, print/printf, variables, arrays, NR/NF/FS/OFS.
import type { Program } from '../../../types'
import { normalizePath } from '../../../../sim'
import { AwkSyntaxError } from './lexer'
import { parseAwk } from './parser'
import { Ctl, StrNum, splitFields, toBool, toStr, type Rt, type Val } from './runtime'

const USAGE = 'Usage: mawk [Options] [Program] [file ...]\n'

export const awk: Program = async (ctx) => {
  const args = ctx.argv.slice(1)
  const assigns: [string, string][] = []
  let fs = ' '
  while (args.length && args[0].startsWith('-') && args[0] !== '-') {
    const a = args.shift()!
    if (a === '--') break
    if (a.startsWith('-F')) fs = a.length > 2 ? a.slice(2) : (args.shift() ?? '')
    else if (a.startsWith('-v')) {
      const v = a.length > 2 ? a.slice(2) : (args.shift() ?? '')
      const eq = v.indexOf('=')
      if (eq < 1) {
        ctx.stderr(`awk: improper assignment: -v ${v}\n`)
        return 2
      }
      assigns.push([v.slice(0, eq), v.slice(eq + 1)])
    } else {
      ctx.stderr(`awk: not an option: ${a}\n`)
      return 2
    }
  }
  if (fs === 't') fs = '\t'
  const src = args.shift()
  if (src === undefined) {
    ctx.stderr(USAGE)
    return 2
  }
  let prog
  try {
    prog = parseAwk(src)
  } catch (e) {
    if (!(e instanceof AwkSyntaxError)) throw e
    ctx.stderr(`awk: line ${e.line}: ${e.message}\n`)
    return 2
  }

  const vars = new Map<string, Val>([
    ['FS', fs.replace(/\\t/g, '\t')],
    ['OFS', ' '],
    ['ORS', '\n'],
    ['NR', 0],
    ['FNR', 0],
    ['SUBSEP', '\x1c'],
    ['OFMT', '%.6g'],
    ['CONVFMT', '%.6g'],
    ['RSTART', 0],
    ['RLENGTH', -1],
    ['FILENAME', ''],
  ])
  for (const [k, v] of assigns)
    vars.set(k, new StrNum(v.replace(/\\t/g, '\t').replace(/\\n/g, '\n')))
  const arrays = new Map<string, Map<string, Val>>()
  let fields: string[] = ['']
  let record = ''
  let fieldsStale = false
  const outputs = new Map<string, (t: string) => void>()
  const rebuild = (): void => {
    record = fields.slice(1).join(toStr(vars.get('OFS') ?? ' '))
    fields[0] = record
  }
  const rt: Rt = {
    exitCode: 0,
    field: (i) => {
      if (i === 0) return new StrNum(record)
      if (fieldsStale) {
        fields = [record, ...splitFields(record, toStr(vars.get('FS') ?? ' '))]
        fieldsStale = false
      }
      return new StrNum(fields[i] ?? '')
    },
    setField: (i, v) => {
      if (i === 0) {
        record = v
        fieldsStale = true
        return
      }
      rt.field(1)
      while (fields.length <= i) fields.push('')
      fields[i] = v
      rebuild()
    },
    getVar: (name) => {
      if (name === 'NF') {
        rt.field(1)
        return fields.length - 1
      }
      return vars.get(name) ?? ''
    },
    getStr: (name) => toStr(rt.getVar(name)),
    setVar: (name, v) => {
      if (name === 'NF') {
        rt.field(1)
        const n = Math.max(0, Math.trunc(Number(toStr(v))))
        fields = fields.slice(0, n + 1)
        while (fields.length < n + 1) fields.push('')
        rebuild()
        return
      }
      vars.set(name, v)
    },
    array: (name) => {
      let a = arrays.get(name)
      if (!a) arrays.set(name, (a = new Map<string, Val>()))
      return a
    },
    write: (text, dest) => {
      if (!dest) return ctx.stdout(text)
      const key = `${dest.mode} ${dest.target}`
      let w = outputs.get(key)
      if (!w) {
        if (dest.mode === '|') throw new Ctl('error', 'pipes to commands are not supported')
        const path = normalizePath(dest.target, ctx.session.cwd)
        if (dest.mode === '>' || !ctx.host.fs.isFile(path)) ctx.host.fs.write(path, '')
        w = (t: string) => ctx.host.fs.append(path, t)
        outputs.set(key, w)
      }
      w(text)
    },
  }

  const inputs = args.length ? args : ['-']
  const run = (stmts: ((rt: Rt) => void)[]): void => {
    for (const s of stmts) s(rt)
  }
  const inRange = prog.items.map(() => false)
  try {
    try {
      run(prog.begin)
      if (prog.items.length || prog.end.length) {
        for (const name of inputs) {
          let text: string
          if (name === '-') text = ctx.stdin
          else {
            const path = normalizePath(name, ctx.session.cwd)
            if (!ctx.host.fs.isFile(path)) {
              ctx.stderr(
                `awk: cannot open ${name} (${ctx.host.fs.isDir(path) ? 'Is a directory' : 'No such file or directory'})\n`,
              )
              return 2
            }
            text = ctx.host.fs.read(path)
          }
          vars.set('FILENAME', name === '-' ? '' : name)
          vars.set('FNR', 0)
          const recs = text.split('\n')
          if (recs[recs.length - 1] === '') recs.pop()
          for (const rec of recs) {
            record = rec
            fieldsStale = true
            vars.set('NR', Number(vars.get('NR')) + 1)
            vars.set('FNR', Number(vars.get('FNR')) + 1)
            try {
              prog.items.forEach((it, k) => {
                let hit = true
                if (it.range) {
                  if (!inRange[k]) hit = inRange[k] = toBool(it.range[0](rt))
                  if (inRange[k] && toBool(it.range[1](rt))) inRange[k] = false
                } else if (it.pattern) hit = toBool(it.pattern(rt))
                if (!hit) return
                if (it.action) it.action(rt)
                else rt.write(record + rt.getStr('ORS'))
              })
            } catch (e) {
              if (!(e instanceof Ctl && e.kind === 'next')) throw e
            }
          }
        }
      }
    } catch (e) {
      if (!(e instanceof Ctl && e.kind === 'exit')) throw e
    }
    run(prog.end)
  } catch (e) {
    if (e instanceof Ctl && e.kind === 'exit') return rt.exitCode
    if (e instanceof Ctl && e.kind === 'error') {
      ctx.stderr(
        `awk: run time error: ${e.message}\n\tFILENAME="${rt.getStr('FILENAME')}" FNR=${rt.getStr('FNR')} NR=${rt.getStr('NR')}\n`,
      )
      return 2
    }
    throw e
  }
  return rt.exitCode
}
