// A small JSONPath subset for check conditions: .spec.nodeName, .spec.taints[0].key,
// .metadata.labels["kubernetes.io/hostname"] (kubectl's -o jsonpath without the braces).

export type PathSegment = string | number

export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = []
  const re = /\.([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["([^"]*)"\]/gy
  let m: RegExpExecArray | null
  let at = 0
  while ((m = re.exec(path))) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : m[3]))
    at = re.lastIndex
  }
  if (at !== path.length || !path) throw new Error(`invalid path "${path}"`)
  return out
}

/** The value at a path; found is false when any step is missing. */
export function readPath(obj: unknown, path: string): { found: boolean; value: unknown } {
  let cur: unknown = obj
  for (const seg of parsePath(path)) {
    if (cur === null || typeof cur !== 'object') return { found: false, value: undefined }
    const next = (cur as Record<string | number, unknown>)[seg]
    if (next === undefined) return { found: false, value: undefined }
    cur = next
  }
  return { found: cur !== null, value: cur }
}
