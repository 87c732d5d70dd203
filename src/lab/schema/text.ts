// Lab texts: a plain string, or one string per language ({ "en": …, "ko": … }). English is required
// and is the fallback when a translation is missing.
import { z } from 'zod'

export const LANGS = ['en', 'ko'] as const
export type Lang = (typeof LANGS)[number]

export const TextSchema = z.union(
  [
    z.string(),
    z.strictObject({ en: z.string(), ko: z.string().optional() }).meta({
      description: 'one text per language; en is required',
    }),
  ],
  { error: 'expected a text: a string or { "en": "…", "ko": "…" }' },
)
export type Text = z.infer<typeof TextSchema>

/** The text in the chosen language, falling back to English. */
export function resolveText(t: Text | undefined, lang: Lang): string {
  if (t === undefined) return ''
  if (typeof t === 'string') return t
  return (lang === 'ko' ? t.ko : undefined) ?? t.en
}
