// The labs that ship: every labs/*.json, validated at build time (vite/labCatalog.ts), with the
// metadata the lab list shows. A valid lab carries its parsed form; a broken one its text, so opening
// it shows the engine's problems.
import BUILT from 'virtual:cordon-labs'
import type { LabSource, LabText } from './runtime'

export interface CatalogEntry extends LabSource {
  title: LabText
  summary: LabText
  difficulty: string
  minutes: number
  questionCount: number
}

/** The list's metadata of a lab: read from the parsed lab, or best effort from a broken file's text. */
export function catalogEntry(
  fileName: string,
  source: { parsed?: unknown; text?: string },
): CatalogEntry | undefined {
  const id = (fileName.split('/').pop() ?? fileName).replace(/\.json$/, '')
  try {
    const d = (source.parsed ?? JSON.parse(source.text ?? '')) as Record<string, unknown>
    if (!Array.isArray(d.questions) || d.title === undefined) return undefined
    return {
      id,
      fileName,
      ...source,
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

export const LAB_CATALOG: readonly CatalogEntry[] = BUILT.map((b) =>
  catalogEntry(b.fileName, b.lab !== undefined ? { parsed: b.lab } : { text: b.text }),
)
  .filter((e): e is CatalogEntry => e !== undefined)
  .sort((a, b) => a.id.localeCompare(b.id))

export function findLab(id: string): CatalogEntry | undefined {
  return LAB_CATALOG.find((e) => e.id === id)
}
