import { describe, expect, test } from 'vitest'
import { parse, stringify } from 'yaml'
import { bootstrapKubeadmCluster } from '../kubeadm'
import { createWorld } from '../world'
import { parseYaml, toYaml } from './yaml'

function filesOf(version: string): [string, string][] {
  const w = createWorld({ seed: 3, start: '2026-01-01T00:00:00Z' })
  bootstrapKubeadmCluster(w, {
    name: 'kubernetes',
    version,
    nodes: [
      { host: 'controlplane', ip: '192.168.1.2', role: 'control-plane' },
      { host: 'node01', ip: '192.168.1.3', role: 'worker' },
    ],
  })
  const out: [string, string][] = []
  for (const h of w.hosts.all())
    for (const [path, text] of h.fs.entries())
      if (/\.(ya?ml|conf)$/.test(path) && !path.startsWith('/etc/systemd')) out.push([path, text])
  return out
}

describe('kubeadm YAML', () => {
  test.each(['v1.32.0', 'v1.33.0'])(
    'every file kubeadm writes for %s is what the yaml library prints for the same data',
    (version) => {
      const files = filesOf(version)
      expect(files.length).toBeGreaterThan(8)
      for (const [path, text] of files) {
        const data: unknown = parse(text)
        expect({ path, text: stringify(data, { indentSeq: false, lineWidth: 0 }) }).toEqual({
          path,
          text,
        })
        expect(parseYaml(text)).toEqual(data)
      }
    },
  )

  test('strings that would read as other types or need quotes are quoted like the library', () => {
    const o = {
      a: ['true', '1.5', '0x1f', 'null', '~', 'a: b', 'x #y', '', ' lead', '-flag', '*star', 'k:'],
      g: ['0', '0s', '1.2.3', '-', '-1', '+x', 'yes', 'No', 'a:b', '--c=*,d', '.5', '1e3', '@x'],
      h: ['127.0.0.1', '10.96.0.0/12', '100Mi', '87600h0m0s', 'Node,RBAC', 'x,y', '.inf', '0o17'],
      b: { 'weird key': 1, yes: 'no' },
      c: [{ d: [], e: {} }, 'plain/path.txt', '--x=1'],
      f: 'line\nbreak',
    }
    expect(toYaml(o)).toBe(stringify(o, { indentSeq: false, lineWidth: 0 }))
  })
})

describe('kubeadm YAML quoting without the library', () => {
  test('every string the core schema reads as another type is double-quoted exactly as the library does', () => {
    const words = ['', '~', 'null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'FALSE']
    const numbers = ['0', '-7', '+12', '0o17', '0x1F', '1.5', '.5', '-1.', '1e3', '2E-4', '.inf']
    const more = ['-.Inf', '+.INF', '.nan', '.NaN', '007', '1_000', 'yes', 'Off', 'y', 'N']
    for (const s of [...words, ...numbers, ...more])
      expect({ s, yaml: toYaml({ k: s }) }).toEqual({ s, yaml: stringify({ k: s }) })
  })
})
