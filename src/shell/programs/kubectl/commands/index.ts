// The kubectl command table: one line per subcommand. Add a verb in commands/<verb>.ts and list it here.
import type { KubectlCommand } from '../command'

export const COMMANDS: KubectlCommand[] = []
