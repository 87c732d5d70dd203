// A lab: header, question panel, cluster graph and terminal on one page. Opens the lab in the store
// (from the build-time catalog, or a same-origin ?lab= URL for test fixtures).
import { useDeferredValue, useEffect } from 'react'
import { useAppStore, useStoreApi } from '../storeContext'
import { useT } from '../i18n'
import { Header } from '../header/Header'
import { QuestionPanel } from '../questions/QuestionPanel'
import { TerminalPane } from '../terminal/TerminalPane'
import { openLabFrom } from './openLab'
import { lazyModule, useLazyModule } from '../lazyModule'

// not <Suspense>: React would hold the graph back ~300 ms after its fallback showed
const graphModule = lazyModule(() => import('../graph/ClusterGraph'))

export function LabPage({ id, url }: { id: string; url?: string }) {
  const store = useStoreApi()
  const t = useT()
  const status = useAppStore((s) => s.lab.status)
  const error = useAppStore((s) => s.lab.error)
  // the terminal first: the questions and the graph render in a later, interruptible pass
  const rest = useDeferredValue(status === 'ready')
  const graph = useLazyModule(graphModule, rest)

  useEffect(() => {
    void openLabFrom(store, id, url, t('labNotFound', { id }))
    return () => store.getState().closeLab()
    // t changes with the language; reopening the lab for that would be wrong
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store, id, url])

  if (status === 'error')
    return (
      <main className="lab-error" role="alert">
        <h1>{t('loadFailed')}</h1>
        <pre>{error}</pre>
        <a className="btn" href="#/">
          {t('backToLabs')}
        </a>
      </main>
    )

  return (
    <div className="lab-page" aria-busy={status !== 'ready'}>
      <Header />
      <div className="lab-body">
        <aside className="lab-side">
          {rest ? <QuestionPanel /> : <p className="muted">{t('loading')}</p>}
        </aside>
        <main className="lab-main">
          <section className="graph-area" aria-label={t('cluster')}>
            {rest &&
              (graph.value ? (
                <graph.value.ClusterGraph />
              ) : (
                <div className="graph-loading" role={graph.error ? 'alert' : undefined}>
                  {graph.error ?? t('graphLoading')}
                </div>
              ))}
          </section>
          <TerminalPane />
        </main>
      </div>
    </div>
  )
}
