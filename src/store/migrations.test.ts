import { describe, expect, it } from 'vitest'
import { loadLabSave, loadSettings, memoryStorage, labKey, SETTINGS_KEY } from './persist'

const V1 = {
  version: 1,
  labId: 'os-upgrades',
  progress: { current: 2, questions: [] },
  positions: { 'node/node01': { x: 5, y: 6 } },
  terminal: { scrollback: 'x', history: ['kubectl get nodes'] },
}

describe('saved state migrations', () => {
  it('a version 1 save is upgraded: positions move under layout and system pods stay hidden', () => {
    const storage = memoryStorage({ [labKey('os-upgrades')]: JSON.stringify(V1) })
    expect(loadLabSave(storage, 'os-upgrades')).toEqual({
      ok: true,
      value: {
        version: 2,
        labId: 'os-upgrades',
        progress: { current: 2, questions: [] },
        layout: { positions: { 'node/node01': { x: 5, y: 6 } }, showSystemPods: false },
        terminal: { scrollback: 'x', history: ['kubectl get nodes'] },
      },
    })
  })

  it('a save from a newer version is dropped and removed', () => {
    const storage = memoryStorage({
      [labKey('a')]: JSON.stringify({ ...V1, version: 9, labId: 'a' }),
    })
    expect(loadLabSave(storage, 'a')).toEqual({ ok: false, reason: 'unknown version 9' })
    expect(storage.data.size).toBe(0)
  })

  it('text that is not JSON is dropped with the parser’s reason', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{oops' })
    const r = loadSettings(storage)
    expect(r.ok).toBe(false)
    expect(storage.data.size).toBe(0)
  })

  it('a missing save loads as nothing', () => {
    expect(loadLabSave(memoryStorage(), 'a')).toEqual({ ok: true, value: undefined })
  })

  it('settings with an unknown speed are refused', () => {
    const storage = memoryStorage({ [SETTINGS_KEY]: '{"version":2,"lang":"en","speed":3}' })
    expect(loadSettings(storage)).toEqual({ ok: false, reason: 'bad speed' })
  })

  it('settings saved before the screen-reader switch existed still load; a bad value is refused', () => {
    const old = memoryStorage({ [SETTINGS_KEY]: '{"version":2,"lang":"ko","speed":10}' })
    expect(loadSettings(old)).toEqual({
      ok: true,
      value: { version: 2, lang: 'ko', speed: 10 },
    })
    const bad = memoryStorage({
      [SETTINGS_KEY]: '{"version":2,"lang":"en","speed":1,"screenReader":"yes"}',
    })
    expect(loadSettings(bad)).toEqual({ ok: false, reason: 'bad screenReader' })
  })
})
