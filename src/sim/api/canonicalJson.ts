// JSON with sorted keys, for comparing and hashing objects whose key order means nothing
// (apimachinery's semantic DeepEqual, the pod template hash).
/** JSON with sorted keys: a stable serialisation for hashing and comparing templates. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(v)
}
