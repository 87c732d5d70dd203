// Parameter expansion operators where the sim differs from `bash -c`: `${p:?}` abandons the line
// with status 1 as an interactive bash does (bash -c exits with 127). The rest is compared with
// bash 5.2 in testdata/bash-params.json; `${n#node/}` in a while-read loop is in read.test.ts.
import { describe, expect, it } from 'vitest'
import { shellHarness } from '../testing/shellHarness'
import { parseBraced, removePattern, replacePattern, type PatChar } from './paramOps'

const pat = (s: string): PatChar[] => [...s].map((c) => ({ c, special: true }))

describe('${p:?word} and ${p?word} in the interactive shell', () => {
  it('prints the word or bash default message and abandons the rest of the line with status 1', async () => {
    const { run } = shellHarness()
    expect(await run('echo ${u:?node name required}; echo after')).toEqual({
      out: '',
      err: 'bash: u: node name required\n',
      code: 1,
    })
    expect(await run('e=; echo ${e:?}; echo after')).toEqual({
      out: '',
      err: 'bash: e: parameter null or not set\n',
      code: 1,
    })
    expect(await run('echo ${u?"no $HOME"}')).toEqual({
      out: '',
      err: 'bash: u: no /root\n',
      code: 1,
    })
    expect(await run('echo $?')).toEqual({ out: '1\n', err: '', code: 0 })
  })

  it('reports a bad substitution when the word is expanded, after earlier commands ran', async () => {
    const { run } = shellHarness()
    expect(await run('echo a; echo ${v@Q}; echo b')).toEqual({
      out: 'a\n',
      err: 'bash: ${v@Q}: bad substitution\n',
      code: 1,
    })
  })
})

describe('pattern helpers', () => {
  it('splits the operator forms and refuses unknown ones', () => {
    expect(parseBraced('n#node/')).toEqual({ name: 'n', op: '#', arg: 'node/' })
    expect(parseBraced('v//a\\/b/c')).toEqual({ name: 'v', op: '//', arg: 'a\\/b', arg2: 'c' })
    expect(parseBraced('v:(-2):1')).toEqual({ name: 'v', op: ':', arg: '(-2)', arg2: '1' })
    expect(parseBraced('v/${a/x/y}/z')).toEqual({ name: 'v', op: '/', arg: '${a/x/y}', arg2: 'z' })
    expect(parseBraced('v@Q')).toBeUndefined()
    expect(parseBraced('v:')).toBeUndefined()
  })

  it('takes the longest match at the leftmost start, as bash does', () => {
    expect(replacePattern('xaabaab', pat('a*b'), '/', () => '_')).toBe('x_')
    expect(replacePattern('ab-ab', pat('a?'), '//', (m) => `<${m}>`)).toBe('<ab>-<ab>')
    expect(removePattern('a.b.c', pat('*.'), '##')).toBe('c')
  })
})
