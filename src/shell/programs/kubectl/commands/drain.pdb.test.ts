import { describe, expect, it } from 'vitest'
import type { Pod, PodDisruptionBudget } from '../../../../sim'
import { deployment, kubeadmLab, type Lab } from '../testing/harness'

const PDB_ERR = "Cannot evict pod as it would violate the pod's disruption budget."

/** One web pod, on node01, guarded by a PDB that allows no disruption. */
function pdbLab(): { l: Lab; pod: string; ds: string } {
  const l = kubeadmLab()
  l.create(deployment('web', 1, { nodeSelector: { 'kubernetes.io/hostname': 'node01' } }))
  l.create({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web-pdb', namespace: 'default' },
    spec: { minAvailable: 1, selector: { matchLabels: { app: 'web' } } },
  })
  // coredns also runs on node01: keep drains about web alone with --pod-selector
  l.world.clock.advance('2m')
  const pod = l.cluster.client.list<Pod>('Pod', {
    namespace: 'default',
    labelSelector: 'app=web',
  })[0]
  const ds = l.cluster.client
    .list<Pod>('Pod', { fieldSelector: 'spec.nodeName=node01' })
    .filter((p) => p.metadata!.ownerReferences?.[0]?.kind === 'DaemonSet')
  return {
    l,
    pod: pod.metadata!.name!,
    ds: ds.map((p) => `${p.metadata!.namespace}/${p.metadata!.name}`).join(', '),
  }
}

describe('kubectl drain and PodDisruptionBudgets', () => {
  it('drain retries a refused eviction every 5s until the budget allows it', async () => {
    const { l, pod } = pdbLab()
    const t0 = l.world.clock.now()
    l.world.clock.schedule(7_000, () =>
      l.cluster.client.patch<PodDisruptionBudget>(
        'PodDisruptionBudget',
        'default',
        'web-pdb',
        (p) => {
          p.spec!.minAvailable = 0
        },
      ),
    )
    const r = await l.run('kubectl drain node01 --pod-selector=app=web')
    const retry = `error when evicting pods/"${pod}" -n "default" (will retry after 5s): ${PDB_ERR}\n`
    expect(r.all).toBe(
      'node/node01 cordoned\n' +
        `evicting pod default/${pod}\n${retry}` +
        `evicting pod default/${pod}\n${retry}` +
        `evicting pod default/${pod}\n` +
        `pod/${pod} evicted\n` +
        'node/node01 drained\n',
    )
    expect(r.code).toBe(0)
    expect(l.world.clock.now() - t0).toBeGreaterThanOrEqual(10_000)
  })

  it('drain gives up at --timeout with the pending pods and the global timeout error', async () => {
    const { l, pod } = pdbLab()
    const r = await l.run('kubectl drain node01 --pod-selector=app=web --timeout=12s')
    const retry = `error when evicting pods/"${pod}" -n "default" (will retry after 5s): ${PDB_ERR}\n`
    const e = `error when evicting pods/"${pod}" -n "default": global timeout reached: 12s`
    expect(r.all).toBe(
      'node/node01 cordoned\n' +
        `evicting pod default/${pod}\n${retry}`.repeat(3) +
        `evicting pod default/${pod}\n` +
        `There are pending pods in node "node01" when an error occurred: ${e}\npod/${pod}\n` +
        `error: unable to drain node "node01" due to error: ${e}, continuing command...\n` +
        'There are pending nodes to be drained:\n node01\n' +
        `${e}\n`,
    )
    expect(r.code).toBe(1)
  })

  it('drain --disable-eviction deletes past the budget and says deleted', async () => {
    const { l, pod } = pdbLab()
    const r = await l.run('kubectl drain node01 --pod-selector=app=web --disable-eviction')
    expect(r.all).toBe(`node/node01 cordoned\npod/${pod} deleted\nnode/node01 drained\n`)
    expect(r.code).toBe(0)
  })

  it('drain --dry-run=server asks the server and changes nothing', async () => {
    const { l, pod } = pdbLab()
    l.cluster.client.patch<PodDisruptionBudget>(
      'PodDisruptionBudget',
      'default',
      'web-pdb',
      (p) => {
        p.spec!.minAvailable = 0
      },
    )
    l.world.settle()
    const r = await l.run('kubectl drain node01 --pod-selector=app=web --dry-run=server')
    expect(r.all).toBe(
      'node/node01 cordoned (server dry run)\n' +
        `evicting pod default/${pod} (server dry run)\n` +
        'node/node01 drained (server dry run)\n',
    )
    expect(l.cluster.client.tryGet('Pod', 'default', pod)).toBeDefined()
  })

  it('drain --dry-run (bare) warns through klog and runs as a client dry run', async () => {
    const { l, pod, ds } = pdbLab()
    const r = await l.run(
      'kubectl drain node01 --ignore-daemonsets --dry-run --pod-selector=app=web',
    )
    expect(r.err).toMatch(
      /^W\d{4} \d\d:\d\d:\d\d\.\d{6} {4}6466 helpers\.go:702\] --dry-run is deprecated and can be replaced with --dry-run=client\.\n$/,
    )
    expect(r.out).toBe(
      `node/node01 cordoned (dry run)\nevicting pod default/${pod} (dry run)\nnode/node01 drained (dry run)\n`,
    )
    expect(ds).not.toBe('')
  })
})

describe('kubectl drain argument errors', () => {
  const cases: [string, string][] = [
    [
      'kubectl drain',
      "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n",
    ],
    [
      'kubectl drain node01 -l foo=bar',
      "error: cannot specify both a node name and a --selector option\nSee 'kubectl drain -h' for help and examples\n",
    ],
    [
      "kubectl drain node01 --pod-selector='app in (web'",
      'error: --pod-selector=<pod_selector> must be a valid label selector\n',
    ],
    [
      'kubectl drain node01 --dry-run=foo',
      'error: Invalid dry-run value (foo). Must be "none", "server", or "client".\n',
    ],
    [
      'kubectl drain node01 --bogus',
      "Error: unknown flag: --bogus\nSee 'kubectl drain --help' for usage.\n",
    ],
    [
      'kubectl drain node01 --delete-local-data',
      "Error: unknown flag: --delete-local-data\nSee 'kubectl drain --help' for usage.\n",
    ],
    [
      'kubectl drain node01 --grace-period=abc',
      'Error: invalid argument "abc" for "--grace-period" flag: strconv.ParseInt: parsing "abc": invalid syntax\nSee \'kubectl drain --help\' for usage.\n',
    ],
    [
      'kubectl drain node01 --timeout=5',
      'Error: invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"\nSee \'kubectl drain --help\' for usage.\n',
    ],
    ['kubectl drain nodeX', 'Error from server (NotFound): nodes "nodeX" not found\n'],
    [
      'kubectl cordon',
      "error: USAGE: cordon NODE [flags]\nSee 'kubectl cordon -h' for help and examples\n",
    ],
    [
      'kubectl uncordon',
      "error: USAGE: uncordon NODE [flags]\nSee 'kubectl uncordon -h' for help and examples\n",
    ],
    [
      'kubectl cordon node01 -o name',
      "Error: unknown shorthand flag: 'o' in -o\nSee 'kubectl cordon --help' for usage.\n",
    ],
    ['kubectl cordon node01 node02', 'Error from server (NotFound): nodes "node02" not found\n'],
  ]
  for (const [line, err] of cases) {
    it(`${line} fails with kubectl's message`, async () => {
      const l = kubeadmLab()
      expect(await l.run(line)).toEqual({ out: '', err, all: err, code: 1 })
      expect(
        l.cluster.client.get<{ spec?: { unschedulable?: boolean } }>('Node', undefined, 'node01')
          .spec?.unschedulable,
      ).toBeUndefined()
    })
  }
})

describe('kubectl cordon and uncordon', () => {
  it('cordon, cordon again, uncordon, uncordon again', async () => {
    const l = kubeadmLab()
    const outs = []
    for (const c of ['cordon', 'cordon', 'uncordon', 'uncordon'])
      outs.push((await l.run(`kubectl ${c} node01`)).all)
    expect(outs).toEqual([
      'node/node01 cordoned\n',
      'node/node01 already cordoned\n',
      'node/node01 uncordoned\n',
      'node/node01 already uncordoned\n',
    ])
  })

  it('cordon dry runs print the suffix and change nothing', async () => {
    const l = kubeadmLab()
    expect((await l.run('kubectl cordon controlplane --dry-run=client')).all).toBe(
      'node/controlplane cordoned (dry run)\n',
    )
    expect((await l.run('kubectl cordon controlplane --dry-run=server')).all).toBe(
      'node/controlplane cordoned (server dry run)\n',
    )
    expect((await l.run('kubectl uncordon controlplane --dry-run=client')).all).toBe(
      'node/controlplane already uncordoned (dry run)\n',
    )
    expect((await l.run('kubectl cordon node01 controlplane')).all).toBe(
      'node/node01 cordoned\nnode/controlplane cordoned\n',
    )
    expect((await l.run('kubectl uncordon -l kubernetes.io/hostname=node01')).all).toBe(
      'node/node01 uncordoned\n',
    )
    expect((await l.run('kubectl cordon -l foo=bar')).all).toBe('')
  })
})
