// kubectl -o custom-columns=SPEC and -o custom-columns-file=FILE: cli-runtime
// printers/customcolumn.go (CustomColumnsPrinter, RelaxedJSONPathExpression), laid out with the
// kubectl table tabwriter. Cells are fmt %v of each jsonpath result joined with ",", or <none>.
import { goSprint } from './goFormat'
import { JsonPath, isJsonPathExecError } from './jsonpath'
import { JsonPathParseError } from './jsonpathParser'
import { KUBECTL_TABLE, tabwrite } from './tabwriter'

export interface Column {
  header: string
  /** a `{...}` jsonpath template */
  fieldSpec: string
}

const JSON_REGEXP = /^\{\.?([^{}]+)\}$|^\.?([^{}]+)$/

/** RelaxedJSONPathExpression: `.a.b`, `a.b`, `{a.b}`, `{.a.b}` → `{.a.b}`; throws on other shapes. */
export function relaxedJSONPathExpression(expr: string): string {
  if (expr.length === 0) return expr
  const m = JSON_REGEXP.exec(expr)
  if (!m) {
    throw new Error(
      "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    )
  }
  return `{.${m[1] ?? m[2]}}`
}

type Parsed = { columns: Column[] } | { stderr: string }

const errorText = (msg: string) => `error: ${msg}${msg.endsWith('\n') ? '' : '\n'}`

/** NewCustomColumnsPrinterFromSpec: `NAME:.metadata.name,NODE:.spec.nodeName`. */
export function parseCustomColumnsSpec(spec: string | undefined): Parsed {
  if (!spec)
    return { stderr: errorText('custom-columns format specified but no custom columns given') }
  const columns: Column[] = []
  for (const part of spec.split(',')) {
    const colon = part.indexOf(':')
    if (colon < 0) {
      return {
        stderr: errorText(
          `unexpected custom-columns spec: ${part}, expected <header>:<json-path-expr>`,
        ),
      }
    }
    try {
      columns.push({
        header: part.slice(0, colon),
        fieldSpec: relaxedJSONPathExpression(part.slice(colon + 1)),
      })
    } catch (e) {
      return { stderr: errorText((e as Error).message) }
    }
  }
  return { columns }
}

const FORMAT_HINT =
  'Expected format is one line of space separated headers, one line of space separated column specs.'

/** NewCustomColumnsPrinterFromTemplate: the text of a custom-columns-file. */
export function parseCustomColumnsTemplate(text: string): Parsed {
  const lines = text.split('\n')
  if (text === '')
    return { stderr: errorText(`invalid template, missing header line. ${FORMAT_HINT}`) }
  if (lines.length < 2 || (lines.length === 2 && lines[1] === '')) {
    return { stderr: errorText(`invalid template, missing spec line. ${FORMAT_HINT}`) }
  }
  const fields = (line: string) => line.split(/\s+/).filter(Boolean)
  const headers = fields(lines[0])
  const specs = fields(lines[1])
  if (headers.length !== specs.length) {
    return {
      stderr: errorText(
        `number of headers (${headers.length}) and field specifications (${specs.length}) don't match`,
      ),
    }
  }
  const columns: Column[] = []
  for (let i = 0; i < headers.length; i++) {
    try {
      columns.push({ header: headers[i], fieldSpec: relaxedJSONPathExpression(specs[i]) })
    } catch (e) {
      return { stderr: errorText((e as Error).message) }
    }
  }
  return { columns }
}

/** CustomColumnsPrinter.PrintObj for one object or a listObject: stdout, and stderr on failure. */
export function printCustomColumns(
  columns: Column[],
  obj: unknown,
  opts: { noHeaders?: boolean } = {},
): { stdout: string; stderr?: string } {
  let text = ''
  if (!opts.noHeaders) text += `${columns.map((c) => c.header).join('\t')}\n`
  const flush = () => tabwrite(text, KUBECTL_TABLE)
  let parsers: JsonPath[]
  try {
    parsers = columns.map((c) => JsonPath.parse(c.fieldSpec))
  } catch (e) {
    if (e instanceof JsonPathParseError) return { stdout: flush(), stderr: errorText(e.message) }
    throw e
  }
  const o = obj as { kind?: string; items?: unknown }
  const objects = o.kind === 'List' && Array.isArray(o.items) ? (o.items as unknown[]) : [obj]
  for (const item of objects) {
    const cells: string[] = []
    for (const parser of parsers) {
      let values: unknown[][]
      try {
        values = parser.findResults(item)
      } catch (e) {
        if (isJsonPathExecError(e)) return { stdout: flush(), stderr: errorText(e.message) }
        throw e
      }
      const strs = values.length === 0 || values[0].length === 0 ? ['<none>'] : []
      for (const vs of values) for (const v of vs) strs.push(goSprint(v))
      cells.push(strs.join(','))
    }
    text += `${cells.join('\t')}\n`
  }
  return { stdout: flush() }
}
