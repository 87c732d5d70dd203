// React access to the app store: the context, useAppStore(selector) and useWorld().
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'
import type { AppStore } from '../store/createAppStore'
import type { AppState, Lang } from '../store/types'
import type { World } from '../sim'

export const StoreContext = createContext<AppStore | null>(null)

/**
 * The UI language, provided once under the store (StoreProvider): a component that only translates
 * reads a context instead of subscribing to the store (a 1,000-pod graph has 1,000 chips).
 */
export const LangContext = createContext<Lang>('en')

/** The store itself, for intents and non-React subscriptions (the terminal adapter). */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStoreApi outside <StoreProvider>')
  return store
}

/** A slice of the state; the component re-renders only when the selected value changes. */
export function useAppStore<T>(selector: (s: AppState) => T): T {
  return useStore(useStoreApi(), selector)
}

/** The current world, re-read whenever worldRevision changes (undefined while no lab is open). */
export function useWorld(): World | undefined {
  const store = useStoreApi()
  useStore(store, (s) => s.worldRevision)
  return store.getState().getRuntime()?.world
}
