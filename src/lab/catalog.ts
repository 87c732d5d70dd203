// The labs that ship with Cordon, bundled as data (Vite and tsx both import JSON): the browser's
// lab list and the CLI's default. A test keeps this list equal to labs/*.json.
import osUpgrades from '../../labs/os-upgrades.json'

/** Every shipped lab file: its path and its raw JSON (validate it with validateLab). */
export const LAB_FILES: readonly { file: string; data: unknown }[] = [
  { file: 'labs/os-upgrades.json', data: osUpgrades },
]
