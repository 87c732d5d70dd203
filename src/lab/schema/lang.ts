// The languages of lab texts and how a text resolves — without zod, so the runtime (which grades and
// prints) does not pull the schema library into the browser's first load.

export const LANGS = ['en', 'ko'] as const
export type Lang = (typeof LANGS)[number]

/** A lab text: a plain string, or one string per language (English required). */
export type Text = string | { en: string; ko?: string }

/** The text in the chosen language, falling back to English. */
export function resolveText(t: Text | undefined, lang: Lang): string {
  if (t === undefined) return ''
  if (typeof t === 'string') return t
  return (lang === 'ko' ? t.ko : undefined) ?? t.en
}
