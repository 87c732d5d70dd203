// react-markdown loads after the page is usable; until then the text shows as plain paragraphs.
import { lazy, Suspense } from 'react'

const Markdown = lazy(() => import('./Markdown').then((m) => ({ default: m.Markdown })))

export function LazyMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<div className="markdown markdown-plain">{text}</div>}>
      <Markdown text={text} />
    </Suspense>
  )
}
