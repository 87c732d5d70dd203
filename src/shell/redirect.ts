// Redirections of a simple command (bash's redir.c): open files on the host filesystem left to
// right, dup file descriptors, feed here-documents and here-strings to stdin.
import { normalizePath, type FileSystem } from '../sim'
import type { Redirect } from './parse/parser'
import { expandHereDoc, expandString, type ExpandEnv } from './parse/expand'
import type { StdinCursor, Writer } from './types'

export interface Fds {
  stdin: StdinCursor
  out: Map<number, Writer>
}

/** A fresh stdin holding `text` (a pipe's buffer, a file, a here-document), nothing read yet. */
export function stdinOf(text: string): StdinCursor {
  return { text, pos: 0 }
}

const discard: Writer = () => undefined

/** Apply redirections in order; returns an error message (without `bash: `) when one fails. */
export async function applyRedirects(
  redirs: Redirect[],
  fds: Fds,
  fs: FileSystem,
  env: ExpandEnv,
): Promise<string | undefined> {
  for (const r of redirs) {
    if (r.heredoc) {
      fds.stdin = stdinOf(
        r.heredoc.quoted ? r.heredoc.body : await expandHereDoc(r.heredoc.body, env),
      )
      continue
    }
    const target = await expandString(r.target ?? [], env)
    switch (r.op) {
      case '<<<':
        fds.stdin = stdinOf(target + '\n')
        break
      case '<': {
        const res = readInput(target, fs, env.cwd)
        if (res.error) return res.error
        fds.stdin = stdinOf(res.text)
        break
      }
      case '<&':
        break
      case '>&':
        if (/^\d+$/.test(target)) {
          const w = fds.out.get(Number(target))
          if (!w) return `${target}: Bad file descriptor`
          fds.out.set(r.fd, w)
          break
        }
        if (target === '-') {
          fds.out.set(r.fd, discard)
          break
        }
      // `>& file` is `&> file`
      // falls through
      case '&>':
      case '&>>':
      case '>':
      case '>>': {
        const res = openOutput(target, r.op === '>>' || r.op === '&>>', fs, env.cwd)
        if (typeof res === 'string') return res
        if (r.op === '>' || r.op === '>>') fds.out.set(r.fd, res)
        else {
          fds.out.set(1, res)
          fds.out.set(2, res)
        }
        break
      }
      default:
        break
    }
  }
  return undefined
}

function readInput(path: string, fs: FileSystem, cwd: string): { text: string; error?: string } {
  if (path === '/dev/null') return { text: '' }
  const abs = normalizePath(path, cwd)
  if (fs.isFile(abs)) return { text: fs.read(abs) }
  if (fs.isDir(abs)) return { text: '' } // bash opens a directory for reading; reads then fail
  return { text: '', error: `${path}: No such file or directory` }
}

/** Open a file for writing (truncating unless appending); the writer appends each chunk. */
export function openOutput(
  path: string,
  append: boolean,
  fs: FileSystem,
  cwd: string,
): Writer | string {
  if (path === '/dev/null') return discard
  if (path === '') return `: No such file or directory`
  const abs = normalizePath(path, cwd)
  if (fs.isDir(abs)) return `${path}: Is a directory`
  const parent = abs.slice(0, abs.lastIndexOf('/')) || '/'
  if (!fs.isDir(parent))
    return `${path}: ${fs.isFile(parent) ? 'Not a directory' : 'No such file or directory'}`
  if (!append || !fs.isFile(abs)) fs.write(abs, '')
  return (text: string) => {
    if (text) fs.append(abs, text)
  }
}

/**
 * A command's io after its redirections: stdin and fds 1 and 2 from `io`, then `redirs` applied.
 * Undefined when one fails, after printing bash's error on the command's stderr (status 1).
 */
export async function redirectIO(
  redirs: Redirect[],
  io: { stdin: StdinCursor; stdout: Writer; stderr: Writer },
  env: ExpandEnv,
): Promise<Fds | undefined> {
  const fds: Fds = {
    stdin: io.stdin,
    out: new Map([
      [1, io.stdout],
      [2, io.stderr],
    ]),
  }
  const err = await applyRedirects(redirs, fds, env.fs, env)
  if (!err) return fds
  io.stderr(`bash: ${err}\n`)
  return undefined
}
