// The kubectl program: finds the subcommand like cobra (pkg/cmd/cmd.go NewKubectlCommand),
// parses flags with pflag's grammar, prints help captured from the real client, and turns errors
// into kubectl's messages and exit codes.
import { formatApiError, isApiError, type Cluster } from '../../../sim'
import type { Program, ProgramContext } from '../../types'
import { Interrupted } from '../../types'
import { COMMANDS } from './commands'
import type { Invocation, KubectlCommand } from './command'
import { FlagError, HelpRequested, parseFlags, flagString, type FlagDef } from './flags'
import { GLOBAL_FLAGS } from './globalFlags'
import { HELP_TEXTS } from './help/texts'
import { suggestCommands } from './suggest'
import { connectionRefused } from './connection'
import { resolveContext } from './commands/config'

/** Find the command path (skipping global flags and their values), like cobra's Find/stripFlags. */
function findCommand(argv: string[]): {
  cmd?: KubectlCommand
  path: string[]
  rest: string[]
  sawFlag?: string
  unknown?: string
} {
  const rest: string[] = []
  let i = 0
  let sawFlag: string | undefined
  const byLong = new Map(GLOBAL_FLAGS.map((f) => [f.name, f]))
  const byShort = new Map(GLOBAL_FLAGS.filter((f) => f.short).map((f) => [f.short!, f]))
  for (; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--' || !a.startsWith('-') || a === '-') break
    sawFlag ??= a
    rest.push(a)
    let def: FlagDef | undefined
    if (a.startsWith('--')) def = a.includes('=') ? undefined : byLong.get(a.slice(2))
    else if (a.length === 2) def = byShort.get(a[1])
    if (def && def.type !== 'bool' && i + 1 < argv.length) rest.push(argv[++i])
  }
  if (i >= argv.length || argv[i] === '--') return { path: [], rest: argv }
  const name = argv[i]
  let cmd = COMMANDS.find((c) => c.name === name || c.aliases?.includes(name))
  if (!cmd) return { path: [], rest, sawFlag, unknown: name }
  const path = [cmd.name]
  const tail = argv.slice(i + 1)
  // descend into nested commands: the first non-flag argument names the child
  while (cmd.subcommands?.length) {
    const j = tail.findIndex((a) => !a.startsWith('-'))
    if (j < 0) break
    const child: KubectlCommand | undefined = cmd.subcommands.find(
      (c) => c.name === tail[j] || c.aliases?.includes(tail[j]),
    )
    if (!child) break
    tail.splice(j, 1)
    cmd = child
    path.push(child.name)
  }
  return { cmd, path, rest: [...rest, ...tail] }
}

function pickCluster(ctx: ProgramContext, contextFlag: string): Cluster | undefined {
  if (contextFlag) return resolveContext(ctx.world, contextFlag)
  const name = ctx.session.cluster ?? ctx.host.cluster
  return name ? ctx.world.cluster(name) : undefined
}

export const kubectl: Program = async (ctx) => {
  const argv = ctx.argv.slice(1)
  const out = (s: string) => ctx.stdout(s)
  const err = (s: string) => ctx.stderr(s)
  const found = findCommand(argv)
  if (found.unknown !== undefined) {
    if (found.sawFlag) {
      err(`Error: flags cannot be placed before plugin name: ${found.sawFlag}\n`)
      return 1
    }
    const sugg = suggestCommands(found.unknown, COMMANDS)
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
    if (flags.args.length) {
      err(
        `error: unknown command ${JSON.stringify(flags.args[0])}\nSee 'kubectl ${path} -h' for help and examples\n`,
      )
      return 1
    }
    out(HELP_TEXTS[path] ?? '')
    return 0
  }
  const contextFlag = flagString(flags, 'context')
  const cluster = pickCluster(ctx, contextFlag)
  if (contextFlag && !cluster && !cmd.offline) {
    err(`Error in configuration: context was not found for specified context: ${contextFlag}\n`)
    return 1
  }
  if (!cluster && !cmd.offline) return connectionRefused(ctx)
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
