// Command-line arguments of `npm run cli -- <lab.json> [--seed N]`.

export const CLI_USAGE = 'usage: npm run cli -- <lab.json> [--seed N]'

export interface CliArgs {
  file: string
  seed: number
}

/** Parse argv (without node and the script); a string is a usage error to print. */
export function parseCliArgs(argv: string[]): CliArgs | { error: string } | { help: true } {
  let file: string | undefined
  let seed = 1
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    if (a === '--help' || a === '-h') return { help: true }
    let value: string | undefined
    if (a === '--seed') value = argv[++i]
    else if (a.startsWith('--seed=')) value = a.slice('--seed='.length)
    else if (a.startsWith('-')) return { error: `unknown option ${a}` }
    else if (file === undefined) {
      file = a
      continue
    } else return { error: `unexpected argument ${a}` }
    if (value === undefined || !/^\d+$/.test(value)) return { error: '--seed needs a whole number' }
    seed = Number(value)
  }
  if (file === undefined) return { error: 'no lab file given' }
  return { file, seed }
}
