import { describe, expect, test } from 'vitest'
import type { KObject } from '../types'
import { applyDefaults } from './defaults'

const NOW = '2026-01-01T00:00:00Z'

describe('API defaulting', () => {
  test('probes get timeout 1, period 10, success 1, failure 3 and httpGet path / over HTTP', () => {
    const pod = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'web' },
      spec: {
        containers: [
          {
            name: 'web',
            image: 'nginx',
            livenessProbe: { httpGet: { port: 80 } },
            readinessProbe: { tcpSocket: { port: 80 }, periodSeconds: 5 },
            startupProbe: { exec: { command: ['true'] }, failureThreshold: 30 },
            lifecycle: { preStop: { httpGet: { port: 80, path: '/quit' } } },
          },
        ],
      },
    } as KObject
    applyDefaults(pod, { now: NOW })
    const c = (pod.spec as { containers: Record<string, unknown>[] }).containers[0]
    expect([c.livenessProbe, c.readinessProbe, c.startupProbe, c.lifecycle]).toEqual([
      {
        httpGet: { port: 80, path: '/', scheme: 'HTTP' },
        timeoutSeconds: 1,
        periodSeconds: 10,
        successThreshold: 1,
        failureThreshold: 3,
      },
      {
        tcpSocket: { port: 80 },
        timeoutSeconds: 1,
        periodSeconds: 5,
        successThreshold: 1,
        failureThreshold: 3,
      },
      {
        exec: { command: ['true'] },
        timeoutSeconds: 1,
        periodSeconds: 10,
        successThreshold: 1,
        failureThreshold: 30,
      },
      { preStop: { httpGet: { port: 80, path: '/quit', scheme: 'HTTP' } } },
    ])
  })

  test('probes in a Deployment pod template are defaulted too', () => {
    const d = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: {
        selector: { matchLabels: { app: 'web' } },
        template: {
          metadata: { labels: { app: 'web' } },
          spec: {
            containers: [
              { name: 'web', image: 'nginx', readinessProbe: { httpGet: { port: 8080 } } },
            ],
          },
        },
      },
    } as KObject
    applyDefaults(d, { now: NOW })
    const spec = d.spec as { template: { spec: { containers: Record<string, unknown>[] } } }
    expect(spec.template.spec.containers[0].readinessProbe).toEqual({
      httpGet: { port: 8080, path: '/', scheme: 'HTTP' },
      timeoutSeconds: 1,
      periodSeconds: 10,
      successThreshold: 1,
      failureThreshold: 3,
    })
  })
})
