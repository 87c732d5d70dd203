// Annotations in describe: Go measures and cuts them in UTF-8 bytes. The expected text is what the
// real kubectl v1.32.4 printed for this namespace (/work/shared/tools/real-kubectl); where it cut
// an "é" after its first byte, the terminal showed one U+FFFD, as here.
import { expect, it } from 'vitest'
import { kubeadmWorld, run } from '../commands/testkit'

it('describe measures annotations in bytes and cuts long ones at 138 bytes', async () => {
  const w = kubeadmWorld()
  w.cluster()!.client.create({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: {
      name: 'team',
      // 161 bytes in 81 characters: over the limit, cut inside the 69th "é"
      // 120 bytes in 40 characters: with its key 127 bytes, on one line
      annotations: { note: `a${'é'.repeat(80)}`, owner: '한글'.repeat(20), plain: 'x' },
    },
  })
  const r = await run(w, 'kubectl describe ns team')
  expect(r.stdout).toBe(
    [
      'Name:         team',
      'Labels:       kubernetes.io/metadata.name=team',
      'Annotations:  note:',
      `                a${'é'.repeat(68)}\uFFFD...`,
      `              owner: ${'한글'.repeat(20)}`,
      '              plain: x',
      'Status:       Active',
      '',
      'No resource quota.',
      '',
      'No LimitRange resource.',
      '',
    ].join('\n'),
  )
})
