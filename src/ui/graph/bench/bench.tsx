// Dev-only page that renders the cluster graph over a big world (?nodes=50&pods=1000) and exposes
// window.__bench for measuring renders (?nograph=1 measures the store and sim alone); not part of
// the production build.
import { createRoot } from 'react-dom/client'
import { createAppStore } from '../../../store/createAppStore'
import { startClockPlayer } from '../../../store/clockPlayer'
import { StoreProvider } from '../../StoreProvider'
import { ClusterGraph } from '../ClusterGraph'
import { benchLoader, bigWorld } from './benchWorld'
import '../../styles/app.css'

const q = new URLSearchParams(location.search)
const t0 = performance.now()
const world = bigWorld(Number(q.get('nodes') ?? 50), Number(q.get('pods') ?? 1000))
const worldMs = performance.now() - t0
const store = createAppStore({ loader: benchLoader(world) })
void store.getState().openLab({ id: 'bench', text: '{}', fileName: 'bench.json' })
startClockPlayer(store)
Object.assign(window, { __bench: { store, world, worldMs } })

createRoot(document.getElementById('root')!).render(
  <StoreProvider store={store}>
    <div style={{ height: '100vh' }}>
      {q.has('nograph') ? <p>Node node01</p> : <ClusterGraph />}
    </div>
  </StoreProvider>,
)
