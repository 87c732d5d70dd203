import { describe, expect, it } from 'vitest'
import { formatRfc1123Z } from './time'

describe('formatRfc1123Z', () => {
  it('formats timestamps as describe prints them (real capture of describe node)', () => {
    expect(formatRfc1123Z('2026-11-24T20:40:12Z')).toBe('Tue, 24 Nov 2026 20:40:12 +0000')
    expect(formatRfc1123Z(Date.parse('2026-11-24T09:12:44Z'))).toBe(
      'Tue, 24 Nov 2026 09:12:44 +0000',
    )
  })

  it('pads the day of month and drops fractional seconds', () => {
    expect(formatRfc1123Z('2025-01-05T03:04:05.999Z')).toBe('Sun, 05 Jan 2025 03:04:05 +0000')
  })

  it('shifts the wall time by a zone offset', () => {
    expect(formatRfc1123Z('2026-11-24T20:40:12Z', 540)).toBe('Wed, 25 Nov 2026 05:40:12 +0900')
    expect(formatRfc1123Z('2026-11-24T20:40:12Z', -330)).toBe('Tue, 24 Nov 2026 15:10:12 -0530')
  })
})
