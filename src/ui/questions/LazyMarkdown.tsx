// react-markdown loads after the page is usable; until then the text shows as plain paragraphs.
// Not <Suspense>: React would hold the rendered Markdown back ~300 ms after the fallback showed.
import { lazyModule, useLazyModule } from '../lazyModule'

const markdownModule = lazyModule(() => import('./Markdown'))

export function LazyMarkdown({ text }: { text: string }) {
  const { value } = useLazyModule(markdownModule)
  if (!value) return <div className="markdown markdown-plain">{text}</div>
  return <value.Markdown text={text} />
}
