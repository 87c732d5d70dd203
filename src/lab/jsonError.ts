// Where JSON text stops being valid, as `line L column C: <what>`: JSON.parse's messages differ
// between Node versions and browsers and some give no position, so a small scanner finds it.

class At extends Error {
  constructor(
    readonly pos: number,
    what: string,
  ) {
    super(what)
  }
}

export function locateJsonError(text: string): string {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++
  }
  const shown = (p: number) => (p >= text.length ? 'end of input' : JSON.stringify(text[p]))
  const expect = (what: string): never => {
    throw new At(i, `expected ${what}, found ${shown(i)}`)
  }
  const str = () => {
    i++
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\n') throw new At(i, 'unterminated string')
      i += text[i] === '\\' ? 2 : 1
    }
    if (i >= text.length) throw new At(i, 'unterminated string')
    i++
  }
  const value = (): void => {
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') return void i++
      for (;;) {
        ws()
        if (text[i] !== '"') expect('a property name in double quotes')
        str()
        ws()
        if (text[i] !== ':') expect('":"')
        i++
        value()
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') return void i++
        expect('"," or "}"')
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') return void i++
      for (;;) {
        value()
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') return void i++
        expect('"," or "]"')
      }
    }
    if (c === '"') return str()
    const m = /^(-?\d+(\.\d+)?([eE][-+]?\d+)?|true|false|null)/.exec(text.slice(i, i + 64))
    if (m) return void (i += m[0].length)
    expect('a value')
  }
  try {
    value()
    ws()
    if (i < text.length) expect('end of input')
    return 'invalid JSON'
  } catch (e) {
    if (!(e instanceof At)) throw e
    const before = text.slice(0, e.pos)
    const line = before.split('\n').length
    const col = e.pos - before.lastIndexOf('\n')
    return `line ${line} column ${col}: ${e.message}`
  }
}
