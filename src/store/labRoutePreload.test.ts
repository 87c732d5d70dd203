import { describe, expect, it } from 'vitest'
import type { Rollup } from 'vite'
import { labRouteFiles } from '../../vite/labRoutePreload'

function chunk(fileName: string, facade: string | null, imports: string[], css: string[] = []) {
  return {
    type: 'chunk',
    fileName,
    facadeModuleId: facade,
    isEntry: fileName.startsWith('index'),
    imports,
    viteMetadata: { importedCss: new Set(css) },
  }
}

describe('labRoutePreload (vite plugin)', () => {
  it('lists the lab page and engine chunks with what they import, never the entry', () => {
    const bundle = {
      'index.js': chunk('index.js', '/p/src/main.tsx', []),
      'LabPage.js': chunk(
        'LabPage.js',
        '/p/src/ui/lab/LabPage.tsx',
        ['shell.js', 'index.js'],
        ['LabPage.css'],
      ),
      'labLoader.js': chunk('labLoader.js', '/p/src/store/labLoader.ts', ['shell.js']),
      'shell.js': chunk('shell.js', null, []),
      'texts.js': chunk('texts.js', '/p/src/shell/programs/kubectl/help/texts.ts', []),
      'ClusterGraph.js': chunk('ClusterGraph.js', '/p/src/ui/graph/ClusterGraph.tsx', []),
    } as unknown as Rollup.OutputBundle
    expect(labRouteFiles(bundle)).toEqual([
      ['LabPage.js', 'labLoader.js', 'shell.js', 'texts.js'],
      ['LabPage.css'],
    ])
  })

  it('fails the build when a module it preloads is no longer a chunk of its own', () => {
    expect(() => labRouteFiles({})).toThrow(/no chunk for src\/ui\/lab\/LabPage.tsx/)
  })
})
