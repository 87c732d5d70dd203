// kubectl's help texts (captured from the real client) load on first use: they are ~100 kB of
// text that the first page load does not need.
let texts: Record<string, string> | undefined

export async function loadHelpTexts(): Promise<Record<string, string>> {
  texts ??= (await import('./texts')).HELP_TEXTS
  return texts
}
