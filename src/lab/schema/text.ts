// Lab texts: a plain string, or one string per language ({ "en": …, "ko": … }). English is required
// and is the fallback when a translation is missing.
import { z } from 'zod'

export { LANGS, resolveText, type Lang } from './lang'

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
