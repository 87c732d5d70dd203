// Tab completion (bash's programmable completion, simplified): the first word completes to program
// names, other words to paths on the host; programs (kubectl) can plug in their own completer.
import { normalizePath, type World } from '../../sim'
import type { SessionState } from '../types'
import { completeKubectl } from '../programs/kubectl/completion'

export interface Completion {
  candidates: string[]
  /** where the word being completed starts in the line */
  replaceFrom: number
}

export type Completer = (line: string, cursor: number) => Completion

/** A program's own completer: words typed so far (the last one is being completed). */
export type ProgramCompleter = (
  words: string[],
  ctx: { world: World; session: SessionState },
) => string[] | undefined

const programCompleters = new Map<string, ProgramCompleter>([['kubectl', completeKubectl]])

/** Plug in completion for one program (e.g. kubectl: subcommands, resources, node names). */
export function registerCompleter(program: string, fn: ProgramCompleter): void {
  programCompleters.set(program, fn)
}

/** Candidates for the word before the cursor; `names` are the program names known to the shell. */
export function createCompleter(
  world: World,
  session: SessionState,
  names: () => string[],
): Completer {
  return (line, cursor) => {
    const before = line.slice(0, cursor)
    const segStart =
      Math.max(before.lastIndexOf('|'), before.lastIndexOf(';'), before.lastIndexOf('&')) + 1
    const seg = before.slice(segStart)
    const m = /(\S*)$/.exec(seg)!
    const word = m[1]
    const replaceFrom = cursor - word.length
    const words = seg.trim() ? seg.trimStart().split(/\s+/) : ['']
    if (words.length === 1) {
      const c = names()
        .filter((n) => n.startsWith(word))
        .sort()
      return { candidates: unique(c.map((n) => n + ' ')), replaceFrom }
    }
    const custom = programCompleters.get(words[0])?.(words, { world, session })
    if (custom)
      return {
        candidates: unique(
          custom
            .filter((c) => c.startsWith(word))
            .sort()
            .map((c) => (c.endsWith('=') || c.endsWith('/') ? c : c + ' ')),
        ),
        replaceFrom,
      }
    return { candidates: pathCandidates(world, session, word), replaceFrom }
  }
}

function unique(l: string[]): string[] {
  return [...new Set(l)]
}

function pathCandidates(world: World, session: SessionState, word: string): string[] {
  const host = world.hosts.get(session.host)
  if (!host) return []
  const home = session.env.get('HOME') ?? '/root'
  const typed = word.startsWith('~/') ? home + word.slice(1) : word
  const slash = typed.lastIndexOf('/')
  const dirPart = slash >= 0 ? typed.slice(0, slash + 1) : ''
  const base = typed.slice(slash + 1)
  const dir = normalizePath(dirPart || '.', session.cwd)
  if (!host.fs.isDir(dir)) return []
  const shownDir = slash >= 0 ? word.slice(0, word.length - base.length) : ''
  return host.fs
    .list(dir)
    .filter((n) => n.startsWith(base) && (base.startsWith('.') || !n.startsWith('.')))
    .map((n) => shownDir + n + (host.fs.isDir(normalizePath(n, dir)) ? '/' : ' '))
}
