import { describe, expect, it } from 'vitest'
import {
  formatGoDuration,
  humanDuration,
  parseGoDuration,
  shortHumanDuration,
  translateTimestampSince,
} from './duration'

const S = 1000
const M = 60 * S
const H = 60 * M
const D = 24 * H

describe('humanDuration', () => {
  it('prints the AGE examples of the oracle', () => {
    const cases: [number, string][] = [
      [45 * S, '45s'],
      [119 * S, '119s'],
      [2 * M, '2m'],
      [5 * M + 12 * S, '5m12s'],
      [9 * M + 59 * S, '9m59s'],
      [10 * M, '10m'],
      [90 * M, '90m'],
      [179 * M + 59 * S, '179m'],
      [3 * H, '3h'],
      [3 * H + 4 * M, '3h4m'],
      [7 * H + 59 * M, '7h59m'],
      [8 * H, '8h'],
      [47 * H + 59 * M, '47h'],
      [2 * D, '2d'],
      [2 * D + 3 * H, '2d3h'],
      [7 * D + 23 * H, '7d23h'],
      [8 * D, '8d'],
      [10 * D, '10d'],
      [400 * D, '400d'],
      [730 * D, '2y'],
      [760 * D, '2y30d'],
      [9 * 365 * D, '9y'],
    ]
    expect(cases.map(([ms]) => humanDuration(ms))).toEqual(cases.map(([, s]) => s))
  })

  it('tolerates clocks up to a second ahead and calls anything earlier invalid', () => {
    expect([
      humanDuration(-999),
      humanDuration(-1999),
      humanDuration(-2000),
      humanDuration(0),
    ]).toEqual(['0s', '0s', '<invalid>', '0s'])
  })
})

describe('shortHumanDuration', () => {
  it('keeps one unit', () => {
    expect(
      [
        45 * S,
        5 * M + 59 * S,
        3 * H + 30 * M,
        2 * D + 23 * H,
        364 * D,
        365 * D,
        800 * D,
        -5 * S,
      ].map(shortHumanDuration),
    ).toEqual(['45s', '5m', '3h', '2d', '364d', '1y', '2y', '<invalid>'])
  })
})

describe('translateTimestampSince', () => {
  it('ages a timestamp against now and answers <unknown> without one', () => {
    const now = Date.parse('2026-11-24T20:40:12Z')
    expect(translateTimestampSince('2026-11-24T20:35:00Z', now)).toBe('5m12s')
    expect(translateTimestampSince('2026-11-23T09:12:44Z', now)).toBe('35h')
    expect(translateTimestampSince(undefined, now)).toBe('<unknown>')
    expect(translateTimestampSince('', now)).toBe('<unknown>')
  })
})

describe('formatGoDuration', () => {
  it('prints like Go time.Duration.String', () => {
    expect(
      [
        0,
        12 * S,
        1500,
        5 * M,
        H,
        90 * M + 0.5 * S,
        300,
        0.0015,
        0.000001,
        -5 * M,
        26 * H + 3 * S,
      ].map(formatGoDuration),
    ).toEqual([
      '0s',
      '12s',
      '1.5s',
      '5m0s',
      '1h0m0s',
      '1h30m0.5s',
      '300ms',
      '1.5µs',
      '1ns',
      '-5m0s',
      '26h0m3s',
    ])
  })
})

describe('parseGoDuration', () => {
  it('parses Go duration strings into milliseconds', () => {
    expect(
      ['0', '5s', '300ms', '-1.5h', '2h45m', '1m30s', '+10s', '1.5s', '.5m', '1us', '0s', '-0'].map(
        parseGoDuration,
      ),
    ).toEqual(
      [0, 5000, 300, -5400000, 9900000, 90000, 10000, 1500, 30000, 0.001, 0, 0].map((ms) => ({
        ms,
      })),
    )
  })

  // checked against kubectl drain --timeout=<value> (v1.32.4)
  it('fails with Go error texts', () => {
    expect(['5', 'abc', '5x', '', '-', '.s', '1..5s', '5s3', 'x"y'].map(parseGoDuration)).toEqual([
      { error: 'time: missing unit in duration "5"' },
      { error: 'time: invalid duration "abc"' },
      { error: 'time: unknown unit "x" in duration "5x"' },
      { error: 'time: invalid duration ""' },
      { error: 'time: invalid duration "-"' },
      { error: 'time: invalid duration ".s"' },
      { error: 'time: missing unit in duration "1..5s"' },
      { error: 'time: missing unit in duration "5s3"' },
      { error: 'time: invalid duration "x\\"y"' },
    ])
  })

  it('rejects overflowing durations', () => {
    expect(parseGoDuration('9999999999h')).toEqual({
      error: 'time: invalid duration "9999999999h"',
    })
  })
})
