// kubectl options: the global flags' help (captured from the real client; any arguments ignored,
// as cobra's `options` command does). Upstream: kubectl pkg/cmd/options/options.go.
import { defineKubectlCommand } from '../command'
import { OPTIONS_TEXT } from './optionsText'

export const optionsCommand = defineKubectlCommand({
  name: 'options',
  short: 'Print the list of flags inherited by all commands',
  flags: [],
  offline: true,
  run: async (inv) => {
    inv.out(OPTIONS_TEXT)
    return 0
  },
})
