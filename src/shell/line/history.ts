// Command history navigation (readline's history list): ↑/↓ browse, Ctrl-R searches backwards.
export class History {
  /** the entries are the session's own history array (runLine appends to it) */
  constructor(readonly entries: string[]) {}

  /** Index of the newest entry before `before` containing query, or -1. */
  searchBack(query: string, before: number): number {
    for (let i = Math.min(before, this.entries.length) - 1; i >= 0; i--) {
      if (this.entries[i].includes(query)) return i
    }
    return -1
  }
}
