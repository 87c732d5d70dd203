// Reading -f FILE|- manifests as cli-runtime's FileVisitor/StreamVisitor do: multi-document YAML
// or JSON, `kind: List` expanded, with kubectl's messages for missing files, bad YAML and kinds.
import { parseAllDocuments } from 'yaml'
import { normalizePath, resolveResource, type KObject } from '../../../../sim'
import type { Invocation } from '../command'

export class ManifestError extends Error {}

/** A manifest object with the source it came from (for error messages). */
export type ManifestObject = KObject & { __source?: string }

function readSource(inv: Invocation, file: string): string {
  if (file === '-') return inv.ctx.stdin
  const path = normalizePath(file.startsWith('/') ? file : `${inv.ctx.session.cwd}/${file}`)
  const text = inv.ctx.host.fs.tryRead(path)
  if (text === undefined) throw new ManifestError(`the path "${file}" does not exist`)
  return text
}

/** Parse every document of every file, in order; throws ManifestError with kubectl's text. */
export function readManifests(inv: Invocation, files: string[]): ManifestObject[] {
  const out: ManifestObject[] = []
  for (const file of files) {
    const source = file === '-' ? 'STDIN' : file
    const text = readSource(inv, file)
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) {
        const e = doc.errors[0]
        const line = e.linePos?.[0]?.line ?? 1
        // divergence: the detail after `yaml: line N:` is the `yaml` library's, not go-yaml's
        throw new ManifestError(
          `error parsing ${source}: error converting YAML to JSON: yaml: line ${line}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        )
      }
      const v: unknown = doc.toJS()
      if (v === null || v === undefined) continue
      const items = isList(v) ? (v.items) : [v]
      for (const item of items) out.push(validate(item, source))
    }
  }
  return out
}

function isList(v: unknown): v is { kind: string; items: unknown[] } {
  return (
    typeof v === 'object' &&
    v !== null &&
    (v as { kind?: unknown }).kind === 'List' &&
    Array.isArray((v as { items?: unknown }).items)
  )
}

function validate(v: unknown, source: string): ManifestObject {
  if (typeof v !== 'object' || v === null || Array.isArray(v))
    throw new ManifestError(
      `error validating "${source}": error validating data: invalid object to validate; if you choose to ignore these errors, turn validation off with --validate=false`,
    )
  const o = v as Partial<KObject>
  if (!o.kind)
    throw new ManifestError(
      `error validating "${source}": error validating data: kind not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    )
  if (!o.apiVersion)
    throw new ManifestError(
      `error validating "${source}": error validating data: apiVersion not set; if you choose to ignore these errors, turn validation off with --validate=false`,
    )
  const info = resolveResource(o.kind)
  const name = o.metadata?.name ?? ''
  if (!info || info.kind !== o.kind || info.apiVersion !== o.apiVersion) {
    throw new ManifestError(
      `resource mapping not found for name: "${name}" namespace: "${o.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${o.kind}" in version "${o.apiVersion}"\nensure CRDs are installed first`,
    )
  }
  const obj = structuredClone(o) as ManifestObject
  obj.metadata = obj.metadata ?? ({ name: '' })
  obj.__source = source
  return obj
}
