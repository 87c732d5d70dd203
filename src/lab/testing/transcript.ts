// Golden transcripts: a `*.transcript` file is a header (`# lab: labs/x.json`, optional `# seed: N`,
// `# question: N`) and then exactly what `npm run cli` prints for its commands. The runner replays
// the commands through the CLI's code path (runScript/echoAndRun) and diffs the whole text;
// UPDATE_GOLDEN=1 rewrites the file instead. Modelled on kwok's stage goldens.
import { isCompleteCommand, promptFor } from '../../shell'
import { createLabRuntime } from '../create'
import { parseLab } from '../load'
import { echoAndRun } from '../script'

export interface TranscriptHeader {
  lab: string
  seed: number
  question?: number
}

export function parseHeader(
  text: string,
  file: string,
): { header: TranscriptHeader; headerText: string; body: string[] } {
  const lines = text.split('\n')
  const header: Partial<TranscriptHeader> = { seed: 1 }
  let i = 0
  for (; i < lines.length && lines[i].startsWith('#'); i++) {
    const m = /^#\s*(lab|seed|question):\s*(.+?)\s*$/.exec(lines[i])
    if (!m) continue
    if (m[1] === 'lab') header.lab = m[2]
    else header[m[1] as 'seed' | 'question'] = Number(m[2])
  }
  if (!header.lab) throw new Error(`${file}: the first line must be "# lab: labs/<file>.json"`)
  const body = lines.slice(i)
  if (body.at(-1) === '') body.pop()
  return {
    header: header as TranscriptHeader,
    headerText: lines
      .slice(0, i)
      .map((l) => `${l}\n`)
      .join(''),
    body,
  }
}

/**
 * Replay a transcript's commands; returns the text the file should contain.
 * `readLab` reads the lab file named in the header (the caller owns file access).
 */
export async function replayTranscript(
  text: string,
  file: string,
  readLab: (path: string) => string,
): Promise<string> {
  const { header, headerText, body } = parseHeader(text, file)
  const labFile = header.lab
  const lab = parseLab(readLab(labFile), labFile)
  const rt = createLabRuntime(lab, { seed: header.seed })
  for (let n = 1; n <= (header.question ?? 0); n++) await rt.ensureSetup(n)
  if (header.question) rt.current = header.question
  let out = headerText
  const write = (s: string) => (out += s)
  let i = 0
  while (i < body.length) {
    const prompt = promptFor(rt.session)
    if (!body[i].startsWith(prompt))
      throw new Error(
        `${file}: line ${headerText.split('\n').length + i}: expected a command after the prompt ${JSON.stringify(prompt)}, got ${JSON.stringify(body[i])}`,
      )
    const group = [body[i].slice(prompt.length)]
    i++
    while (!isCompleteCommand(group.join('\n')) && i < body.length && body[i].startsWith('> '))
      group.push(body[i++].slice(2))
    await echoAndRun(rt, group, write)
    const next = promptFor(rt.session)
    while (i < body.length && !body[i].startsWith(next)) i++
  }
  return out
}
