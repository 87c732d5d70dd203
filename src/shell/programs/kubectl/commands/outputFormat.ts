// -o/--output as kubectl's PrintFlags reads it: the human-readable table (`` or `wide`) or one of
// the generic printers (json, yaml, name, jsonpath…, custom-columns…, go-template…).
// Upstream: cli-runtime pkg/genericclioptions/print_flags.go, template_flags.go, jsonpath_flags.go.

export type OutputSpec =
  | { kind: 'table'; wide: boolean }
  | { kind: 'json' | 'yaml' | 'name' }
  | { kind: 'jsonpath'; template: string; asJson: boolean }
  | { kind: 'custom-columns'; spec: string }
  | { kind: 'unsimulated'; format: string }

export const ALLOWED_FORMATS =
  'custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml'

/** Parse -o (and --template); returns kubectl's error message (without `error: `) when invalid. */
export function parseOutput(output: string, template: string): OutputSpec | { error: string } {
  const eq = output.indexOf('=')
  const format = eq >= 0 ? output.slice(0, eq) : output
  const arg = eq >= 0 ? output.slice(eq + 1) : template
  const noMatch = {
    error: `unable to match a printer suitable for the output format "${output}", allowed formats are: ${ALLOWED_FORMATS}`,
  }
  if (eq >= 0 && ['wide', 'json', 'yaml', 'name'].includes(format)) return noMatch
  switch (format) {
    case '':
      if (eq < 0 && template) return { kind: 'unsimulated', format: 'go-template' }
      return { kind: 'table', wide: false }
    case 'wide':
      return { kind: 'table', wide: true }
    case 'json':
    case 'yaml':
    case 'name':
      return { kind: format }
    case 'jsonpath':
    case 'jsonpath-as-json':
      if (!arg) return { error: 'template format specified but no template given' }
      return { kind: 'jsonpath', template: arg, asJson: format === 'jsonpath-as-json' }
    case 'custom-columns':
      if (!arg) return { error: 'custom-columns format specified but no custom columns given' }
      return { kind: 'custom-columns', spec: arg }
    case 'go-template':
    case 'template':
    case 'go-template-file':
    case 'templatefile':
    case 'jsonpath-file':
    case 'custom-columns-file':
      if (!arg && !format.endsWith('file') && format !== 'custom-columns-file')
        return { error: 'template format specified but no template given' }
      return { kind: 'unsimulated', format }
    default:
      return noMatch
  }
}
