import { describe, expect, it } from 'vitest'
import { createWorld } from '../../sim'
import { isCompleteCommand } from '../parse/parser'
import { createSession } from '../session'
import { createCompleter } from './completion'
import { LineEditor } from './lineEditor'

const P = 'controlplane ~ ➜  '

function editor(
  history: string[] = [],
  complete?: ConstructorParameters<typeof LineEditor>[0]['complete'],
) {
  const ed = new LineEditor({ history, complete, isComplete: isCompleteCommand })
  expect(ed.ready(P)).toEqual({ write: P, submitted: [] })
  return ed
}

describe('LineEditor', () => {
  it('echoes typed text and submits it on Enter', () => {
    const ed = editor()
    expect(ed.feed('ls')).toEqual({ write: 'ls', submitted: [] })
    expect(ed.feed('\r')).toEqual({ write: '\r\n', submitted: ['ls'] })
  })

  it('edits in the middle of the line with arrows, Backspace and Ctrl keys', () => {
    const ed = editor()
    ed.feed('ac')
    expect(ed.feed('\x1b[D')).toEqual({ write: '\x1b[D', submitted: [] })
    expect(ed.feed('b')).toEqual({ write: 'bc\x1b[1D', submitted: [] })
    expect(ed.feed('\x7f')).toEqual({ write: `\r${P}ac\x1b[K\x1b[1D`, submitted: [] })
    ed.feed('\x01')
    expect(ed.cursor).toBe(0)
    ed.feed('\x05')
    expect(ed.cursor).toBe(2)
    ed.feed(' dd ee\x17')
    expect(ed.line).toBe('ac dd ')
    ed.feed('\x01\x0b')
    expect(ed.line).toBe('')
    ed.feed('xyz\x1b[D\x15')
    expect([ed.line, ed.cursor]).toEqual(['z', 0])
  })

  it('walks the history with up and down, keeping the draft', () => {
    const ed = editor(['one', 'two'])
    ed.feed('dr')
    expect(ed.feed('\x1b[A')).toEqual({ write: `\r${P}two\x1b[K`, submitted: [] })
    ed.feed('\x1b[A')
    expect(ed.line).toBe('one')
    ed.feed('\x1b[A')
    expect(ed.line).toBe('one')
    ed.feed('\x1b[B\x1b[B')
    expect(ed.line).toBe('dr')
  })

  it('searches backwards with Ctrl-R and runs the match on Enter', () => {
    const ed = editor(['kubectl get nodes', 'ls', 'kubectl drain node01'])
    expect(ed.feed('\x12').write).toBe("\r\x1b[K(reverse-i-search)`': ")
    expect(ed.feed('ku').write).toBe(
      "\r\x1b[K(reverse-i-search)`k': kubectl drain node01\x1b[20D\r\x1b[K(reverse-i-search)`ku': kubectl drain node01\x1b[20D",
    )
    ed.feed('\x12')
    expect(ed.feed('\r')).toEqual({
      write: `\r${P}kubectl get nodes\x1b[K\r\n`,
      submitted: ['kubectl get nodes'],
    })
  })

  it('cancels the line on Ctrl-C and clears the screen on Ctrl-L', () => {
    const ed = editor()
    ed.feed('abc')
    expect(ed.feed('\x03')).toEqual({ write: `^C\r\n${P}`, submitted: [] })
    ed.feed('x')
    expect(ed.feed('\x0c')).toEqual({ write: `\x1b[H\x1b[2J\r${P}x\x1b[K`, submitted: [] })
  })

  it('asks for more lines while a here-document is open', () => {
    const ed = editor()
    expect(ed.feed('cat <<EOF\r')).toEqual({ write: 'cat <<EOF\r\n> ', submitted: [] })
    ed.feed('hi\r')
    expect(ed.feed('EOF\r')).toEqual({ write: 'EOF\r\n', submitted: ['cat <<EOF\nhi\nEOF'] })
  })

  it('keeps pasted lines as type-ahead and submits them one by one', () => {
    const ed = editor()
    expect(ed.feed('echo a\necho b\n')).toEqual({ write: 'echo a\r\n', submitted: ['echo a'] })
    expect(ed.ready(P)).toEqual({ write: `${P}echo b\r\n`, submitted: ['echo b'] })
    expect(ed.feed('\x03')).toEqual({ write: '', submitted: [], interrupt: true })
  })

  it('completes one candidate at once and lists several on the second Tab', () => {
    const world = createWorld({ seed: 1, start: '2026-11-25T10:00:00Z' })
    world.addHost({
      name: 'controlplane',
      ip: '192.168.100.2',
      files: { '/root/backup.yaml': '', '/root/backup.db': '', '/root/dir/x': '' },
    })
    const session = createSession(world, { host: 'controlplane' })
    const ed = editor(
      [],
      createCompleter(world, session, () => ['kubectl', 'kubeadm', 'cat']),
    )
    ed.feed('kubec\t')
    expect(ed.line).toBe('kubectl ')
    ed.feed('\x15cat b\t')
    expect(ed.line).toBe('cat backup.')
    expect(ed.feed('\t')).toEqual({ write: '\x07', submitted: [] })
    expect(ed.feed('\t').write).toBe(`\r\nbackup.db    backup.yaml\r\n${P}cat backup.\x1b[K`)
    ed.feed('\x15cat d\t')
    expect(ed.line).toBe('cat dir/')
  })

  it('asks for more lines with `> ` until a compound command is closed', () => {
    const ed = editor()
    ed.feed('for i in 1 2; do')
    expect(ed.feed('\r')).toEqual({ write: '\r\n> ', submitted: [] })
    ed.feed('echo $i')
    expect(ed.feed('\r')).toEqual({ write: '\r\n> ', submitted: [] })
    ed.feed('done')
    expect(ed.feed('\r')).toEqual({
      write: '\r\n',
      submitted: ['for i in 1 2; do\necho $i\ndone'],
    })
  })
})
