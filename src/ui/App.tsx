// The page: the lab list or a lab (loaded lazily, with the terminal, graph and questions).
import { useEffect } from 'react'
import { preloadLabEngine } from '../store/createAppStore'
import { useRoute } from './routing'
import { LabPicker } from './picker/LabPicker'
import { Notice } from './Notice'
import { useT } from './i18n'
import { labPageModule } from './lab/labPageModule'
import { useLazyModule } from './lazyModule'

export function App() {
  const route = useRoute()
  const t = useT()
  const page = useLazyModule(labPageModule, route.page === 'lab')
  // fetch the lab engine while the lab page's own chunk loads, not after it mounts
  useEffect(() => {
    if (route.page === 'lab') void preloadLabEngine()
  }, [route.page])
  let body
  if (route.page !== 'lab') body = <LabPicker />
  else if (page.value) {
    const { LabPage } = page.value
    body = <LabPage key={route.id + (route.url ?? '')} id={route.id} url={route.url} />
  } else if (page.error)
    body = (
      <main className="lab-error" role="alert">
        <h1>{t('loadFailed')}</h1>
        <pre>{page.error}</pre>
      </main>
    )
  else body = <div className="page-loading" role="status" />
  return (
    <>
      <Notice />
      {body}
    </>
  )
}
