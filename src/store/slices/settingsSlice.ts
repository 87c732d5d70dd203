// Settings: the UI language, screen-reader support in the terminal, and the notice line (e.g. "your
// saved state could not be loaded").
import type { SettingsSlice, SliceCreator } from '../types'

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, _get, ctx) => ({
  lang: 'en',
  screenReader: false,
  notice: undefined,
  setLang: (lang) => {
    set((s) => {
      s.lang = lang
    })
    ctx.loaded?.runtime.setLang(lang)
    ctx.persistSoon()
  },
  setScreenReader: (on) => {
    set((s) => {
      s.screenReader = on
    })
    ctx.persistSoon()
  },
  showNotice: (text) =>
    set((s) => {
      s.notice = text
    }),
  dismissNotice: () =>
    set((s) => {
      s.notice = undefined
    }),
})
