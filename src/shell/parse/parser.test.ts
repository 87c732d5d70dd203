import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FileSystem } from '../../sim'
import { expandString, expandWord, type ExpandEnv } from './expand'
import { isCompleteCommand, parse, ParseError, type SimpleCommand } from './parser'

const env = (vars: Record<string, string> = {}): ExpandEnv => ({
  lookup: (n) => vars[n],
  assign: (n, v) => void (vars[n] = v),
  substitute: async (src) => `<${src}>\n`,
  cwd: '/',
  fs: new FileSystem(),
})

async function argv(line: string, vars: Record<string, string> = {}): Promise<string[]> {
  const cmd = parse(line).lists[0].first.commands[0] as SimpleCommand
  const out: string[] = []
  for (const w of cmd.words) out.push(...(await expandWord(w, env(vars))))
  return out
}

/** bash single-quoting of an arbitrary string */
const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`

describe('parse', () => {
  it('removes quotes and backslashes', async () => {
    expect(await argv(`echo 'a b' "c  d" e\\ f "x\\"y" '$HOME'`)).toEqual([
      'echo',
      'a b',
      'c  d',
      'e f',
      'x"y',
      '$HOME',
    ])
  })

  it('expands $VAR, ${VAR}, defaults and $? and splits unquoted values', async () => {
    const vars = { A: 'one two', '?': '3' }
    expect(await argv('echo $A "$A" ${A}x ${B:-dflt} $? ${#A}', vars)).toEqual([
      'echo',
      'one',
      'two',
      'one two',
      'one',
      'twox',
      'dflt',
      '3',
      '7',
    ])
    expect(await argv('echo "" $EMPTY x')).toEqual(['echo', '', 'x'])
  })

  it('parses lists, and-or chains, pipelines and redirections', () => {
    const s = parse('a | b && c || d; e > f 2>&1 < g')
    expect(s.lists).toHaveLength(2)
    expect(s.lists[0].first.commands).toHaveLength(2)
    expect(s.lists[0].rest.map((r) => r.op)).toEqual(['&&', '||'])
    expect(s.lists[1].first.commands[0].redirs.map((r) => [r.fd, r.op])).toEqual([
      [1, '>'],
      [2, '>&'],
      [0, '<'],
    ])
  })

  it('treats # as a comment only at the start of a word', async () => {
    expect(await argv('echo a#b # comment')).toEqual(['echo', 'a#b'])
  })

  it('substitutes $(cmd) and backticks, dropping trailing newlines', async () => {
    expect(await argv('echo $(date) `id`')).toEqual(['echo', '<date>', '<id>'])
  })

  it('reports the bash error texts', () => {
    const msg = (s: string) => {
      try {
        parse(s)
        return ''
      } catch (e) {
        return e instanceof ParseError ? e.message : 'other'
      }
    }
    expect(msg('echo "abc')).toBe('unexpected EOF while looking for matching `"\'')
    expect(msg('ls &&')).toBe('syntax error: unexpected end of file')
    expect(msg('ls ;;')).toBe("syntax error near unexpected token `;;'")
    expect(msg('; ls')).toBe("syntax error near unexpected token `;'")
    expect(msg('a && || b')).toBe("syntax error near unexpected token `||'")
    expect(msg('echo $(')).toBe("unexpected EOF while looking for matching `)'")
  })

  it('knows when a command needs more lines', () => {
    expect(isCompleteCommand('echo hi')).toBe(true)
    expect(isCompleteCommand("echo 'open")).toBe(false)
    expect(isCompleteCommand('ls |')).toBe(false)
    expect(isCompleteCommand('cat <<EOF\nx')).toBe(false)
    expect(isCompleteCommand('cat <<EOF\nx\nEOF')).toBe(true)
    expect(isCompleteCommand('| ls')).toBe(true)
  })

  it('knows a compound command is unfinished until its closing word', () => {
    for (const open of [
      'for i in 1 2; do',
      'for i in 1 2; do echo $i',
      'for n in node01 node02\n',
      'for n in node01 node02\ndo\n  echo $n',
      'while true; do echo y',
      'if true; then echo a; else',
      'if true; then echo a; elif false',
      '{ echo a',
      '{ echo a }',
      '( echo a',
      'echo $((1 +',
      'for i in 1; do if true; then echo; fi',
    ])
      expect(isCompleteCommand(open), open).toBe(false)
    for (const done of [
      'for i in 1 2; do echo $i; done',
      'while true; do echo y; done | head -1',
      'if true; then echo a; fi > out.txt',
      '{ echo a; }',
      '( echo a )',
      '((i++))',
      'do echo; done', // a syntax error: bash reports it at once
      'case a in', // refused as not simulated at once
    ])
      expect(isCompleteCommand(done), done).toBe(true)
  })

  it('round-trips any string through single quoting (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        expect(await argv(`echo ${quote(s)}`)).toEqual(['echo', s])
      }),
    )
  })

  it('round-trips any string through double quoting with escapes (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), async (s) => {
        const dq = `"${s.replace(/[\\"$`]/g, '\\$&')}"`
        expect(await argv(`echo ${dq}`)).toEqual(['echo', s])
      }),
    )
  })

  it('expands "$VAR" to exactly the value (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string(),
        fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/),
        async (value, name) => {
          const cmd = parse(`echo "$${name}"`).lists[0].first.commands[0] as SimpleCommand
          const word = cmd.words[1]
          expect(await expandString(word, env({ [name]: value }))).toBe(value)
        },
      ),
    )
  })
})
