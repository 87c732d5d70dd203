// The page: the lab list or a lab (loaded lazily, with the terminal, graph and questions).
import { lazy, Suspense, useEffect } from 'react'
import { preloadLabEngine } from '../store/createAppStore'
import { useRoute } from './routing'
import { LabPicker } from './picker/LabPicker'
import { Notice } from './Notice'

const LabPage = lazy(() => import('./lab/LabPage').then((m) => ({ default: m.LabPage })))

export function App() {
  const route = useRoute()
  // fetch the lab engine while the lab page's own chunk loads, not after it mounts
  useEffect(() => {
    if (route.page === 'lab') void preloadLabEngine()
  }, [route.page])
  return (
    <>
      <Notice />
      {route.page === 'lab' ? (
        <Suspense fallback={<div className="page-loading" role="status" />}>
          <LabPage key={route.id + (route.url ?? '')} id={route.id} url={route.url} />
        </Suspense>
      ) : (
        <LabPicker />
      )}
    </>
  )
}
