// Provides the app store to the component tree.
import type { ReactNode } from 'react'
import type { AppStore } from '../store/createAppStore'
import { StoreContext } from './storeContext'

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}
