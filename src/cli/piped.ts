// Piped mode: read all of stdin, then play it as a transcript on stdout (stderr interleaved in the
// order written, as a terminal shows both).
import { runScript, type LabRuntime } from '../lab'
import { watchExit } from './exitWatch'

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  let text = ''
  stream.setEncoding('utf8')
  for await (const chunk of stream) text += String(chunk)
  return text
}

export async function piped(rt: LabRuntime): Promise<number> {
  const text = await readAll(process.stdin)
  const lines = text.split('\n')
  if (lines.at(-1) === '') lines.pop()
  let exitStatus: number | undefined
  watchExit(rt, (status) => (exitStatus = status))
  await runScript(
    rt,
    lines.map((l) => l.replace(/\r$/, '')),
    (s) => process.stdout.write(s),
    () => exitStatus !== undefined,
  )
  return exitStatus ?? 0
}
