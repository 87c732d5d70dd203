// Provides the app store to the component tree, and its language (useT reads it without subscribing).
import type { ReactNode } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from '../store/createAppStore'
import { LangContext, StoreContext } from './storeContext'

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  const lang = useStore(store, (s) => s.lang)
  return (
    <StoreContext.Provider value={store}>
      <LangContext.Provider value={lang}>{children}</LangContext.Provider>
    </StoreContext.Provider>
  )
}
