// UI translations and lab texts in the chosen language (English is the fallback).
import { useCallback, useContext } from 'react'
import { LangContext } from '../storeContext'
import type { Lang } from '../../store/types'
import type { LabText } from '../../store/runtime'
import { en, type MessageKey } from './en'
import { ko } from './ko'

const TABLES: Record<Lang, Record<MessageKey, string>> = { en, ko }

export const LANG_NAMES: Record<Lang, string> = { en: 'English', ko: '한국어' }

export function translate(
  lang: Lang,
  key: MessageKey,
  vars: Record<string, string | number> = {},
): string {
  return TABLES[lang][key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`))
}

/** A lab text (string or { en, ko }) in lang. */
export function labText(t: LabText | undefined, lang: Lang): string {
  if (t === undefined) return ''
  if (typeof t === 'string') return t
  return (lang === 'ko' ? t.ko : undefined) ?? t.en
}

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string

/** t(key, vars) in the store's language (a context read: no store subscription per component). */
export function useT(): Translate {
  const lang = useContext(LangContext)
  return useCallback((key, vars) => translate(lang, key, vars), [lang])
}

export type { MessageKey }
