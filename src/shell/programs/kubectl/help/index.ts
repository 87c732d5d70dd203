// kubectl's help texts (captured from the real client) load on first use: they are ~100 kB of
// text that the first page load does not need. The lab loader fetches them early, and a command
// waits for them before it starts (src/store/journal.ts), so no command waits midway.

let loading: Promise<Record<string, string>> | undefined

export function loadHelpTexts(): Promise<Record<string, string>> {
  loading ??= import('./texts').then(
    (m) => m.HELP_TEXTS,
    (e: unknown) => {
      loading = undefined // a failed download is tried again next time
      throw e
    },
  )
  return loading
}
