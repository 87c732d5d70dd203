// Vite plugin: a page opened on a lab route (`#/lab/<id>`) needs the lab page's chunk and the lab
// engine's chunk at once. Without help the browser learns of them only after the entry chunk has
// been fetched and evaluated; this injects a tiny inline script into index.html that, on a lab
// route, adds <link rel="modulepreload"> (and the CSS) for those chunks and everything they import,
// so they download — and compile — while the entry chunk is still running. Both are CORS requests
// (crossorigin=""), as vite's own loader makes them: a preload in another mode is not reused and
// the file is fetched again when the chunk is imported.
import type { Plugin, Rollup } from 'vite'
type OutputBundle = Rollup.OutputBundle
type OutputChunk = Rollup.OutputChunk

/** module ids (relative to the project root) whose chunks a lab route needs */
const LAB_ROUTE_MODULES = [
  'src/ui/lab/LabPage.tsx',
  'src/store/labLoader.ts',
  'src/shell/programs/kubectl/help/texts.ts',
]

interface ChunkMeta {
  viteMetadata?: { importedCss: Set<string> }
}

/** The files a lab route needs, entry chunk excluded: [scripts, stylesheets]. */
export function labRouteFiles(bundle: OutputBundle): [string[], string[]] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk')
  const byFile = new Map(chunks.map((c) => [c.fileName, c]))
  const scripts = new Set<string>()
  const css = new Set<string>()
  const visit = (c: OutputChunk) => {
    if (c.isEntry || scripts.has(c.fileName)) return
    scripts.add(c.fileName)
    for (const f of (c as OutputChunk & ChunkMeta).viteMetadata?.importedCss ?? []) css.add(f)
    for (const f of c.imports) {
      const dep = byFile.get(f)
      if (dep) visit(dep)
    }
  }
  for (const id of LAB_ROUTE_MODULES) {
    const c = chunks.find((ch) => ch.facadeModuleId?.replaceAll('\\', '/').endsWith(id))
    if (!c) throw new Error(`labRoutePreload: no chunk for ${id}`)
    visit(c)
  }
  return [[...scripts].sort(), [...css].sort()]
}

export function labRoutePreload(): Plugin {
  return {
    name: 'cordon-lab-route-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle) return
        const [scripts, css] = labRouteFiles(ctx.bundle)
        const base = './'
        const code =
          `if(location.hash.indexOf('#/lab/')===0){` +
          `var h=document.head,a=function(r,f){var l=document.createElement('link');l.rel=r;l.crossOrigin='';l.href=${JSON.stringify(base)}+f;` +
          `if(r==='preload')l.as='style';h.appendChild(l)};` +
          `${JSON.stringify(scripts)}.forEach(function(f){a('modulepreload',f)});` +
          `${JSON.stringify(css)}.forEach(function(f){a('preload',f)})}`
        return [{ tag: 'script', children: code, injectTo: 'head' }]
      },
    },
  }
}
