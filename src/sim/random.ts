// The seeded random source: every name the sim invents comes from here.
// Alphabet from k8s.io/apimachinery/pkg/util/rand (no vowels, no confusable digits).

export const K8S_ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789'

export class SeededRandom {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9
  }

  /** mulberry32: a float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0)
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  int(maxExclusive: number): number {
    return Math.floor(this.next() * maxExclusive)
  }

  /** utilrand.String(n): the suffix of generateName. */
  string(n: number, alphabet = K8S_ALPHANUMS): string {
    let s = ''
    for (let i = 0; i < n; i++) s += alphabet[this.int(alphabet.length)]
    return s
  }

  hex(n: number): string {
    return this.string(n, '0123456789abcdef')
  }

  /** A UUID-shaped id (version 4 layout), deterministic. */
  uuid(): string {
    const h = this.hex(32)
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[this.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`
  }

  /** Current internal state, so a world snapshot can resume the same sequence. */
  getState(): number {
    return this.state
  }

  setState(s: number): void {
    this.state = s >>> 0
  }
}

/** FNV-1a 32-bit, used for pod-template-hash like the deployment controller's ComputeHash. */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h >>> 0
}

/** rand.SafeEncodeString: map each character of a decimal string onto K8S_ALPHANUMS. */
export function safeEncodeString(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) out += K8S_ALPHANUMS[s.charCodeAt(i) % K8S_ALPHANUMS.length]
  return out
}
