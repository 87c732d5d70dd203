// Reading -f FILE|- manifests as cli-runtime's FileVisitor/StreamVisitor do: multi-document YAML
// or JSON, `kind: List` expanded, with kubectl's messages for missing files, bad YAML and kinds.
import { parseAllDocuments, type YAMLError } from 'yaml'
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

/**
 * Parse every document of every file, in order. A missing file always throws ManifestError.
 * Without `errors`, any other problem throws too; with it, a document that does not parse or
 * validate is recorded there and the rest still load (the builder's ContinueOnError, as apply uses).
 */
export function readManifests(
  inv: Invocation,
  files: string[],
  errors?: string[],
): ManifestObject[] {
  const out: ManifestObject[] = []
  const texts = files.map((file) => ({
    source: file === '-' ? 'STDIN' : file,
    text: readSource(inv, file),
  }))
  const record = (e: unknown) => {
    if (!(e instanceof ManifestError) || !errors) throw e
    errors.push(e.message)
  }
  for (const { source, text } of texts) {
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) {
        record(new ManifestError(`error parsing ${source}: ${goYamlError(doc.errors[0])}`))
        break
      }
      const v: unknown = doc.toJS()
      if (v === null || v === undefined) continue
      const items = isList(v) ? v.items : [v]
      for (const item of items) {
        try {
          out.push(validate(item, source))
        } catch (e) {
          record(e)
        }
      }
    }
  }
  return out
}

/**
 * go-yaml's wording and line for the errors students make most (sigs.k8s.io/yaml → go-yaml
 * parserc.go/scannerc.go): parser errors name the 0-based line of the problem, scanner errors
 * the 1-based one.
 */
function goYamlError(e: YAMLError): string {
  const line = e.linePos?.[0]?.line ?? 1
  const go = (l: number, msg: string) => `error converting YAML to JSON: yaml: line ${l}: ${msg}`
  if (e.code === 'BAD_INDENT') return go(line - 1, 'did not find expected key')
  if (e.code === 'TAB_AS_INDENT') return go(line, 'found character that cannot start any token')
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message))
    return go(line, 'found unexpected end of stream')
  // divergence: other errors keep the `yaml` library's wording after `yaml: line N:`
  return go(line, e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''))
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
  obj.metadata = obj.metadata ?? { name: '' }
  obj.__source = source
  return obj
}
