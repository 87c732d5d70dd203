// kubectl version against the host's package and the kube-apiserver static pod; node STATUS after
// a power-off, as `get nodes` shows it.
import { expect, it } from 'vitest'
import { kubeadmWorld, run } from './testkit'

it('version warns when client and server minors differ by more than one', async () => {
  const w = kubeadmWorld()
  w.hosts.get('controlplane')!.packages.set('kubectl', '1.31.4-1.1')
  expect(await run(w, 'kubectl version')).toEqual({
    stdout: 'Client Version: v1.31.4\nKustomize Version: v5.4.2\nServer Version: v1.33.0\n',
    stderr:
      'WARNING: version difference between client (1.31) and server (1.33) exceeds the supported minor version skew of +/-1\n',
    code: 0,
  })
})

it('version --client needs no cluster', async () => {
  const w = kubeadmWorld()
  w.addHost({ name: 'jumpbox', ip: '192.168.100.9', packages: { kubectl: '1.32.4-1.1' } })
  expect(await run(w, 'kubectl version --client', 'jumpbox')).toEqual({
    stdout: 'Client Version: v1.32.4\nKustomize Version: v5.5.0\n',
    stderr: '',
    code: 0,
  })
  expect(await run(w, 'kubectl version', 'jumpbox')).toEqual({
    stdout: 'Client Version: v1.32.4\nKustomize Version: v5.5.0\n',
    stderr:
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n',
    code: 1,
  })
})

it('get nodes shows NotReady once a powered-off node misses the grace period', async () => {
  const w = kubeadmWorld()
  w.setPower('node01', false)
  w.clock.advance(60_000)
  expect(await run(w, 'kubectl get nodes')).toEqual({
    stdout:
      'NAME           STATUS     ROLES           AGE   VERSION\n' +
      'controlplane   Ready      control-plane   31m   v1.33.0\n' +
      'node01         NotReady   <none>          31m   v1.33.0\n',
    stderr: '',
    code: 0,
  })
})
