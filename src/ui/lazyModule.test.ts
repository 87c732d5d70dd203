import { describe, expect, it } from 'vitest'
import { lazyModule } from './lazyModule'

describe('lazyModule', () => {
  it('fetches once, then hands the module out synchronously and tells subscribers', async () => {
    let calls = 0
    const mod = lazyModule(() => {
      calls++
      return Promise.resolve({ answer: 42 })
    })
    let told = 0
    mod.subscribe(() => told++)
    expect(mod.get()).toBeUndefined()
    await Promise.all([mod.load(), mod.load()])
    expect(calls).toBe(1)
    expect(told).toBe(1)
    expect(mod.get()).toEqual({ answer: 42 })
    expect(mod.error()).toBeUndefined()
  })

  it('keeps why a chunk could not be fetched', async () => {
    const mod = lazyModule(() =>
      Promise.reject(new Error('Failed to fetch dynamically imported module')),
    )
    await expect(mod.load()).rejects.toThrow('Failed to fetch')
    expect(mod.get()).toBeUndefined()
    expect(mod.error()).toBe('Failed to fetch dynamically imported module')
  })
})
