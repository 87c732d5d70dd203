// The labs that ship: every labs/*.json found at build time (import.meta.glob), with the metadata the
// lab list shows. The full text is validated by the lab engine only when a lab is opened.
import type { LabText } from './runtime'

export interface CatalogEntry {
  id: string
  fileName: string
  text: string
  title: LabText
  summary: LabText
  difficulty: string
  minutes: number
  questionCount: number
}

// the generated lab.schema.json is not a lab: keep it out of the bundle
const FILES = import.meta.glob<string>(['../../labs/*.json', '!../../labs/*.schema.json'], {
  eager: true,
  query: '?raw',
  import: 'default',
})

/** Read the list's metadata from a lab file without validating it (the engine does that on open). */
export function catalogEntry(fileName: string, text: string): CatalogEntry | undefined {
  const id = (fileName.split('/').pop() ?? fileName).replace(/\.json$/, '')
  try {
    const d = JSON.parse(text) as Record<string, unknown>
    if (!Array.isArray(d.questions) || d.title === undefined) return undefined
    return {
      id,
      fileName,
      text,
      title: d.title as LabText,
      summary: (d.summary ?? '') as LabText,
      difficulty: typeof d.difficulty === 'string' ? d.difficulty : 'beginner',
      minutes: typeof d.minutes === 'number' ? d.minutes : 0,
      questionCount: d.questions.length,
    }
  } catch {
    return undefined
  }
}

export const LAB_CATALOG: readonly CatalogEntry[] = Object.entries(FILES)
  .map(([path, text]) => catalogEntry(`labs/${path.split('/').pop()!}`, text))
  .filter((e): e is CatalogEntry => e !== undefined)
  .sort((a, b) => a.id.localeCompare(b.id))

export function findLab(id: string): CatalogEntry | undefined {
  return LAB_CATALOG.find((e) => e.id === id)
}
