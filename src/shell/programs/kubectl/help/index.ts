// kubectl's help texts (captured from the real client) load on first use: they are ~100 kB of
// text that the first page load does not need.
let texts: Record<string, string> | undefined

let loading: Promise<Record<string, string>> | undefined

export function loadHelpTexts(): Promise<Record<string, string>> {
  loading ??= import('./texts').then(
    (m) => (texts = m.HELP_TEXTS),
    (e: unknown) => {
      loading = undefined // a failed download is tried again next time
      throw e
    },
  )
  return loading
}

/** The texts if they have arrived (a command that needs none does not wait for them). */
export function helpTextsIfLoaded(): Record<string, string> | undefined {
  return texts
}
