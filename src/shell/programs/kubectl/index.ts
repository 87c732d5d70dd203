// The kubectl program: finds the subcommand like cobra (pkg/cmd/cmd.go NewKubectlCommand),
// parses flags with pflag's grammar, prints help captured from the real client, and turns errors
// into kubectl's messages and exit codes.
import { formatApiError, isApiError, type Cluster } from '../../../sim'
import type { Program, ProgramContext } from '../../types'
import { Interrupted } from '../../types'
import { COMMANDS } from './commands'
import type { Invocation, KubectlCommand } from './command'
import { FlagError, HelpRequested, parseFlags, flagString } from './flags'
import { GLOBAL_FLAGS } from './globalFlags'
import { loadHelpTexts } from './help'

/** Filled on the first kubectl run (see help/index.ts). */
let HELP_TEXTS: Record<string, string> = {}
import { suggestCommands } from './suggest'
import { connectionRefused } from './connection'
import { resolveContext } from './commands/config'

/**
 * cobra's stripFlags: the non-flag words of argv. A flag without `=` that is not a bool (and, for
 * shorthands, is exactly `-x`) is taken to swallow the next word, unless only one word is left.
 */
function stripFlags(argv: string[]): number[] {
  const bools = new Set(GLOBAL_FLAGS.filter((f) => f.type === 'bool').map((f) => f.name))
  const shortBools = new Set(
    GLOBAL_FLAGS.filter((f) => f.type === 'bool' && f.short).map((f) => f.short!),
  )
  bools.add('help')
  shortBools.add('h')
  const words: number[] = []
  for (let i = 0; i < argv.length; i++) {
    const s = argv[i]
    if (s === '--') break
    const takesValue =
      (s.startsWith('--') && !s.includes('=') && !bools.has(s.slice(2))) ||
      (s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortBools.has(s[1]))
    if (takesValue) {
      if (argv.length - i - 1 <= 1) break
      i++
    } else if (s !== '' && !s.startsWith('-')) words.push(i)
  }
  return words
}

/** Find the command path like cobra's Find; `unknown` is a first word that names no command. */
function findCommand(argv: string[]): {
  cmd?: KubectlCommand
  path: string[]
  rest: string[]
  unknown?: string
} {
  const at = stripFlags(argv)[0]
  if (at === undefined) return { path: [], rest: argv }
  const name = argv[at]
  let cmd = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name))
  if (!cmd) return { path: [], rest: argv, unknown: name }
  const path = [cmd.name]
  const rest = [...argv]
  rest.splice(at, 1)
  // descend into nested commands: the first non-flag argument names the child
  while (cmd.subcommands?.length) {
    const j = rest.findIndex((a) => !a.startsWith('-'))
    if (j < 0 || rest.slice(0, j).includes('--')) break
    const child: KubectlCommand | undefined = cmd.subcommands.find(
      (c) => c.name === rest[j] || c.aliases?.includes(rest[j]),
    )
    if (!child) break
    rest.splice(j, 1)
    cmd = child
    path.push(child.name)
  }
  return { cmd, path, rest }
}

function pickCluster(ctx: ProgramContext, contextFlag: string): Cluster | undefined {
  if (contextFlag) return resolveContext(ctx.world, contextFlag)
  const name = ctx.session.cluster ?? ctx.host.cluster
  return name ? ctx.world.cluster(name) : undefined
}

/**
 * How many failed discovery attempts (klog memcache.go lines) each command logs before the
 * refused-connection line, counted with the real kubectl v1.32.4 and no server.
 */
const REFUSED_DISCOVERY_LINES: Record<string, number> = {
  drain: 4,
  cordon: 4,
  uncordon: 4,
  'rollout status': 4,
  'rollout restart': 4,
  taint: 2,
  run: 1,
  'api-resources': 1,
  // divergence: `create deployment` and `apply -f` fail differently with no server (a POST
  // error, a schema download error); we print the refused connection for them too
  'create deployment': 0,
  'create namespace': 0,
  create: 0,
  apply: 0,
}

/** The root command's usage (cobra's Usage(): the help without its long description). */
function rootUsage(): string {
  const help = HELP_TEXTS['']
  return help.slice(help.indexOf('\n\nBasic Commands'))
}

/** cobra's help command: `kubectl help [command...]` (help on stdout, unknown topics on stderr). */
function runHelp(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  let args: string[]
  try {
    args = parseFlags(argv, GLOBAL_FLAGS).args
  } catch (e) {
    if (e instanceof HelpRequested) args = []
    else if (e instanceof FlagError) {
      err(`Error: ${e.message}\nSee 'kubectl help --help' for usage.\n`)
      return 1
    } else throw e
  }
  const path: string[] = []
  let list: KubectlCommand[] | undefined = COMMANDS
  for (const a of args) {
    const c: KubectlCommand | undefined = list?.find((x) => x.name === a || x.aliases?.includes(a))
    if (!c) break
    path.push(c.name)
    list = c.subcommands
  }
  const text = HELP_TEXTS[path.join(' ')]
  if (args.length && (!path.length || text === undefined)) {
    err(`Unknown help topic [${args.map((a) => `\`${a}\``).join(' ')}]\n${rootUsage()}`)
    return 0
  }
  out(text ?? HELP_TEXTS[''])
  return 0
}

export const kubectl: Program = async (ctx) => {
  HELP_TEXTS = await loadHelpTexts()
  const argv = ctx.argv.slice(1)
  const out = (s: string) => ctx.stdout(s)
  const err = (s: string) => ctx.stderr(s)
  const found = findCommand(argv)
  if (found.unknown !== undefined) {
    // kubectl looks for a plugin before cobra runs (cmd.go HandlePluginCommand); `help` is
    // cobra's own command, added only when it executes
    const firstWord = argv.find((a) => !a.startsWith('-'))
    if (firstWord === 'help') return runHelp(argv.slice(argv.indexOf('help') + 1), out, err)
    if (argv[0].startsWith('-')) {
      err(`Error: flags cannot be placed before plugin name: ${argv[0]}\n`)
      return 1
    }
    const sugg = suggestCommands(found.unknown)
    err(`Error: unknown command ${JSON.stringify(found.unknown)} for "kubectl"\n`)
    if (sugg.length) err(`\nDid you mean this?\n${sugg.map((s) => `\t${s}\n`).join('')}\n`)
    return 1
  }
  if (!found.cmd) {
    try {
      parseFlags(found.rest, GLOBAL_FLAGS)
    } catch (e) {
      if (e instanceof HelpRequested) {
        out(HELP_TEXTS[''])
        return 0
      }
      if (e instanceof FlagError) {
        err(`Error: ${e.message}\nSee 'kubectl --help' for usage.\n`)
        return 1
      }
      throw e
    }
    out(HELP_TEXTS[''])
    return 0
  }
  const cmd = found.cmd
  const path = found.path.join(' ')
  let flags
  try {
    flags = parseFlags(found.rest, [...cmd.flags, ...GLOBAL_FLAGS])
  } catch (e) {
    if (e instanceof HelpRequested) {
      out(HELP_TEXTS[path] ?? `kubectl ${path}: no help recorded\n`)
      return 0
    }
    if (e instanceof FlagError) {
      err(`Error: ${e.message}\nSee 'kubectl ${path} --help' for usage.\n`)
      return 1
    }
    throw e
  }
  if (!cmd.run) {
    // cmdutil.DefaultSubCommandRun(streams.ErrOut), as `config` uses it: help on stderr, exit 1
    if (flags.args.length) {
      err(
        `error: unknown command ${JSON.stringify(flags.args.join(' '))}\nSee 'kubectl ${path} -h' for help and examples\n`,
      )
      return 1
    }
    err(HELP_TEXTS[path] ?? '')
    return 1
  }
  const contextFlag = flagString(flags, 'context')
  const cluster = pickCluster(ctx, contextFlag)
  if (contextFlag && !cluster && !cmd.offline) {
    err(`Error in configuration: context was not found for specified context: ${contextFlag}\n`)
    return 1
  }
  if (!cluster && !cmd.offline)
    return connectionRefused(ctx, undefined, undefined, REFUSED_DISCOVERY_LINES[path] ?? 5)
  const nsFlag = flagString(flags, 'namespace')
  const inv: Invocation = {
    ctx,
    path,
    args: flags.args,
    flags,
    cluster: cluster!,
    client: cluster?.client as Invocation['client'],
    namespace: nsFlag || 'default',
    namespaceExplicit: flags.changed.has('namespace'),
    out,
    err,
  }
  try {
    return await cmd.run(inv)
  } catch (e) {
    if (e instanceof Interrupted) throw e
    if (isApiError(e)) {
      err(formatApiError(e) + '\n')
      return 1
    }
    throw e
  }
}
