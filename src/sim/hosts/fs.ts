// A host's in-memory filesystem: absolute paths to file contents; directories are implied by
// their files plus explicitly created ones.

export class FsError extends Error {
  constructor(
    readonly code: 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST',
    readonly path: string,
  ) {
    super(`${code}: ${path}`)
  }
}

export function normalizePath(path: string, cwd = '/'): string {
  const abs = path.startsWith('/') ? path : `${cwd.replace(/\/$/, '')}/${path}`
  const parts: string[] = []
  for (const p of abs.split('/')) {
    if (!p || p === '.') continue
    if (p === '..') parts.pop()
    else parts.push(p)
  }
  return '/' + parts.join('/')
}

export class FileSystem {
  private files = new Map<string, string>()
  private dirs = new Set<string>(['/'])
  private listeners = new Set<(path: string) => void>()

  constructor(initial: Record<string, string> = {}) {
    for (const [p, c] of Object.entries(initial)) this.write(p, c)
  }

  exists(path: string): boolean {
    const p = normalizePath(path)
    return this.files.has(p) || this.isDir(p)
  }

  isDir(path: string): boolean {
    const p = normalizePath(path)
    if (this.dirs.has(p)) return true
    const prefix = p === '/' ? '/' : p + '/'
    for (const f of this.files.keys()) if (f.startsWith(prefix)) return true
    return false
  }

  isFile(path: string): boolean {
    return this.files.has(normalizePath(path))
  }

  read(path: string): string {
    const p = normalizePath(path)
    const c = this.files.get(p)
    if (c === undefined) throw new FsError(this.isDir(p) ? 'EISDIR' : 'ENOENT', p)
    return c
  }

  tryRead(path: string): string | undefined {
    return this.files.get(normalizePath(path))
  }

  write(path: string, content: string): void {
    const p = normalizePath(path)
    if (this.isDir(p)) throw new FsError('EISDIR', p)
    const parent = p.slice(0, p.lastIndexOf('/')) || '/'
    this.mkdirp(parent)
    this.files.set(p, content)
    for (const l of this.listeners) l(p)
  }

  append(path: string, content: string): void {
    this.write(path, (this.tryRead(path) ?? '') + content)
  }

  remove(path: string): boolean {
    const p = normalizePath(path)
    const had = this.files.delete(p)
    if (had) for (const l of this.listeners) l(p)
    return had
  }

  mkdirp(path: string): void {
    let p = normalizePath(path)
    while (p !== '/') {
      this.dirs.add(p)
      p = p.slice(0, p.lastIndexOf('/')) || '/'
    }
  }

  /** Names directly inside a directory, sorted. */
  list(path: string): string[] {
    const p = normalizePath(path)
    if (!this.isDir(p)) throw new FsError(this.files.has(p) ? 'ENOTDIR' : 'ENOENT', p)
    const prefix = p === '/' ? '/' : p + '/'
    const names = new Set<string>()
    for (const f of [...this.files.keys(), ...this.dirs]) {
      if (f.startsWith(prefix) && f !== p) names.add(f.slice(prefix.length).split('/')[0])
    }
    return [...names].sort()
  }

  /** Every file path (for snapshots). */
  entries(): [string, string][] {
    return [...this.files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))
  }

  directories(): string[] {
    return [...this.dirs].sort()
  }

  /** Called with the path of every write or removal; returns an unsubscribe function. */
  onChange(fn: (path: string) => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }
}
