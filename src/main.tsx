// Browser entry: create the store, start the clock player, mount <App/>.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createAppStore, preloadLabEngine } from './store/createAppStore'
import { animationFrames, startClockPlayer } from './store/clockPlayer'
import { StoreProvider } from './ui/StoreProvider'
import { App } from './ui/App'
import { labPageModule } from './ui/lab/labPageModule'
import { browserStorage } from './ui/browserStorage'
import { postMessageTask } from './ui/postTask'
import './ui/styles/app.css'

performance.mark('cordon:start')
// a link straight to a lab: fetch the lab page and the engine in parallel with the first render
if (location.hash.startsWith('#/lab/')) {
  void preloadLabEngine()
  void labPageModule.load()
}
const postTask = postMessageTask()
const store = createAppStore({ storage: browserStorage(), postTask })
startClockPlayer(store, animationFrames, postTask)

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
)
