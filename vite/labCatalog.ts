// Vite plugin: the virtual module `virtual:cordon-labs` — every labs/*.json, validated here at build
// time (and on each change in dev) by the lab engine's own parser. A valid lab ships as the parsed
// Lab, so the browser builds its world without loading zod or re-validating; an invalid one ships as
// its text, and opening it shows the engine's list of problems (the lab list keeps working).
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { runnerImport, type Plugin, type ViteDevServer } from 'vite'
// only types: the engine itself is loaded through Vite's module runner, so the config does not
// bundle the lab engine and the sim
import type * as LabLoad from '../src/lab/load'

type LabParser = Pick<typeof LabLoad, 'parseLab' | 'LabLoadError'>

const ID = 'virtual:cordon-labs'
const RESOLVED = '\0' + ID

export interface BuiltLab {
  id: string
  fileName: string
  /** the parsed, validated lab (absent when the file has problems) */
  lab?: unknown
  /** the raw JSON when the file has problems: opening it shows them, as the engine words them */
  text?: string
}

/** Read and validate every lab file in `dir` (the generated *.schema.json is not a lab). */
export function buildLabCatalog(dir: string, { parseLab, LabLoadError }: LabParser): BuiltLab[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.schema.json'))
    .sort()
  return files.map((f) => {
    const fileName = `labs/${f}`
    const id = f.replace(/\.json$/, '')
    const text = readFileSync(join(dir, f), 'utf8')
    try {
      return { id, fileName, lab: parseLab(text, fileName) }
    } catch (e) {
      if (!(e instanceof LabLoadError)) throw e
      return { id, fileName, text }
    }
  })
}

export function labCatalog(): Plugin {
  let dir = ''
  let parser: Promise<LabParser> | undefined
  const loadParser = (root: string) =>
    (parser ??= runnerImport<typeof LabLoad>(resolve(root, 'src/lab/load.ts'), {
      configFile: false,
      logLevel: 'error',
    }).then((r) => r.module))
  let root = ''
  return {
    name: 'cordon-lab-catalog',
    configResolved(config) {
      root = config.root
      dir = resolve(root, 'labs')
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined
    },
    async load(id) {
      if (id !== RESOLVED) return
      const labs = buildLabCatalog(dir, await loadParser(root))
      for (const l of labs) {
        this.addWatchFile(join(dir, `${l.id}.json`))
        if (l.text !== undefined) this.warn(`${l.fileName} has problems: opening it shows them`)
      }
      // JSON.parse of a string is faster for V8 than an object literal this size
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(labs))})`
    },
    configureServer(server: ViteDevServer) {
      // a lab file added or removed: the catalog is rebuilt on the next request
      const refresh = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return
        const mod = server.moduleGraph.getModuleById(RESOLVED)
        if (mod) server.moduleGraph.invalidateModule(mod)
      }
      server.watcher.add(dir)
      server.watcher.on('add', refresh)
      server.watcher.on('unlink', refresh)
    },
  }
}
