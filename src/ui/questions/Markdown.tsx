// Lab text rendered as Markdown, safely: raw HTML in a lab file is dropped, never run.
import ReactMarkdown from 'react-markdown'

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  )
}
