// `npm run cli -- <lab.json> [--seed N]`: play a lab in your own terminal. On a TTY an interactive
// prompt; with a pipe on stdin a transcript (each command echoed after the prompt, then its
// output), exit 0 at end of input. Before each command THINK_TIME_MS of virtual time passes.
import { THINK_TIME_MS } from '../lab'
import { CLI_USAGE, parseCliArgs } from './args'
import { interactive } from './interactive'
import { loadLabRuntime } from './load'
import { piped } from './piped'

async function main(): Promise<number> {
  const args = parseCliArgs(process.argv.slice(2))
  if ('help' in args) {
    process.stdout.write(
      `${CLI_USAGE}\n\nOn a terminal: an interactive prompt. With stdin piped: one command per line, echoed\nafter the prompt and followed by its output. ${THINK_TIME_MS / 1000} s of virtual time pass before each command.\n`,
    )
    return 0
  }
  if ('error' in args) {
    process.stderr.write(`cli: ${args.error}\n${CLI_USAGE}\n`)
    return 2
  }
  const loaded = loadLabRuntime(args.file, args.seed)
  if ('problems' in loaded) {
    process.stderr.write(loaded.problems.map((p) => `${p}\n`).join(''))
    return 2
  }
  return process.stdin.isTTY ? interactive(loaded.rt) : piped(loaded.rt)
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`cli: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exitCode = 1
  },
)
