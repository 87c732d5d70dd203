import { describe, expect, it } from 'vitest'
import type { Node, Pod } from '../../../../sim'
import { barePod, deployment, kubeadmLab, type Lab } from '../testing/harness'

/** The OS-upgrades situation: blue (3 replicas) spread over both nodes, optionally hr-app on node01. */
function lab(opts: { hrApp?: boolean; emptyDir?: boolean } = {}): Lab {
  const l = kubeadmLab()
  const extra = opts.emptyDir ? { volumes: [{ name: 'cache', emptyDir: {} }] } : {}
  l.create(deployment('blue', 3, extra))
  if (opts.hrApp) l.create(barePod('hr-app', 'node01'))
  l.world.clock.advance('2m')
  return l
}

function podsOn(l: Lab, node: string, ns?: string): Pod[] {
  return l.cluster.client.list<Pod>('Pod', {
    namespace: ns,
    fieldSelector: `spec.nodeName=${node}`,
  })
}
const names = (pods: Pod[]) => pods.map((p) => `${p.metadata!.namespace}/${p.metadata!.name}`)
const blueOn = (l: Lab, node: string) =>
  podsOn(l, node, 'default').filter((p) => p.metadata!.name!.startsWith('blue-'))
const dsPods = (l: Lab, node: string) =>
  names(podsOn(l, node).filter((p) => p.metadata!.ownerReferences?.[0]?.kind === 'DaemonSet'))
const managedOn = (l: Lab, node: string) =>
  podsOn(l, node).filter((p) =>
    ['ReplicaSet'].includes(p.metadata!.ownerReferences?.[0]?.kind ?? ''),
  )
const unschedulable = (l: Lab, node: string) =>
  l.cluster.client.get<Node>('Node', undefined, node).spec?.unschedulable ?? false

const DS_ERR = 'cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): '
const BARE_ERR =
  'cannot delete cannot delete Pods that declare no controller (use --force to override): '
const LOCAL_ERR = 'cannot delete Pods with local storage (use --delete-emptydir-data to override): '

describe('kubectl drain filters', () => {
  it('drain refuses DaemonSet pods without --ignore-daemonsets and leaves the node cordoned', async () => {
    const l = lab()
    const ds = dsPods(l, 'node01').join(', ')
    const r = await l.run('kubectl drain node01')
    expect(r).toEqual({
      out: 'node/node01 cordoned\n',
      err:
        `error: unable to drain node "node01" due to error: ${DS_ERR}${ds}, continuing command...\n` +
        'There are pending nodes to be drained:\n node01\n' +
        `${DS_ERR}${ds}\n`,
      all: expect.any(String) as string,
      code: 1,
    })
    expect(unschedulable(l, 'node01')).toBe(true)
    expect(blueOn(l, 'node01').length).toBeGreaterThan(0)
  })

  it('drain refuses a bare pod without --force (the doubled v1.32 message)', async () => {
    const l = lab({ hrApp: true })
    const before = podsOn(l, 'node01').length
    const r = await l.run('kubectl drain node01 --ignore-daemonsets')
    expect(r.all).toBe(
      'node/node01 cordoned\n' +
        `error: unable to drain node "node01" due to error: ${BARE_ERR}default/hr-app, continuing command...\n` +
        'There are pending nodes to be drained:\n node01\n' +
        `${BARE_ERR}default/hr-app\n`,
    )
    expect(r.code).toBe(1)
    expect(podsOn(l, 'node01').length).toBe(before)
  })

  it('drain refuses pods with emptyDir volumes without --delete-emptydir-data', async () => {
    const l = lab({ emptyDir: true })
    const local = names(blueOn(l, 'node01')).join(', ')
    const r = await l.run('kubectl drain node01 --ignore-daemonsets')
    expect(r.err).toBe(
      `error: unable to drain node "node01" due to error: ${LOCAL_ERR}${local}, continuing command...\n` +
        'There are pending nodes to be drained:\n node01\n' +
        `${LOCAL_ERR}${local}\n`,
    )
    expect(r.code).toBe(1)
  })

  it('drain lists every failing filter as an aggregate, one per line at the end', async () => {
    const l = lab({ hrApp: true, emptyDir: true })
    const local = names(blueOn(l, 'node01')).join(', ')
    const ds = dsPods(l, 'node01').join(', ')
    const r = await l.run('kubectl drain node01')
    expect(r.out).toBe('node/node01 cordoned\n')
    expect(r.err).toBe(
      `error: unable to drain node "node01" due to error: [${LOCAL_ERR}${local}, ${BARE_ERR}default/hr-app, ${DS_ERR}${ds}], continuing command...\n` +
        'There are pending nodes to be drained:\n node01\n' +
        `${LOCAL_ERR}${local}\n${BARE_ERR}default/hr-app\n${DS_ERR}${ds}\n`,
    )
    expect(r.code).toBe(1)
  })

  it('drain --force evicts the bare pod with a warning joined to the DaemonSet one', async () => {
    const l = lab({ hrApp: true })
    await l.run('kubectl cordon node01')
    const ds = dsPods(l, 'node01').join(', ')
    const victims = names(
      podsOn(l, 'node01').filter(
        (p) => !dsPods(l, 'node01').includes(`${p.metadata!.namespace}/${p.metadata!.name}`),
      ),
    )
    const r = await l.run('kubectl drain node01 --ignore-daemonsets --force')
    expect(r.err).toBe(
      `Warning: deleting Pods that declare no controller: default/hr-app; ignoring DaemonSet-managed Pods: ${ds}\n`,
    )
    expect(r.out).toBe(
      'node/node01 already cordoned\n' +
        victims.map((v) => `evicting pod ${v}\n`).join('') +
        victims.map((v) => `pod/${v.split('/')[1]} evicted\n`).join('') +
        'node/node01 drained\n',
    )
    expect(r.code).toBe(0)
    expect(l.cluster.client.tryGet('Pod', 'default', 'hr-app')).toBeUndefined()
    expect(managedOn(l, 'node01')).toEqual([])
  })

  it('drain skips mirror pods silently on the control plane', async () => {
    const l = lab()
    const victims = names(
      podsOn(l, 'controlplane').filter(
        (p) =>
          !p.metadata!.annotations?.['kubernetes.io/config.mirror'] &&
          p.metadata!.ownerReferences?.[0]?.kind !== 'DaemonSet',
      ),
    )
    const r = await l.run('kubectl drain controlplane --ignore-daemonsets --dry-run=client')
    const ds = dsPods(l, 'controlplane').join(', ')
    expect(r.all).toBe(
      'node/controlplane cordoned (dry run)\n' +
        `Warning: ignoring DaemonSet-managed Pods: ${ds}\n` +
        victims.map((v) => `evicting pod ${v} (dry run)\n`).join('') +
        'node/controlplane drained (dry run)\n',
    )
    expect(unschedulable(l, 'controlplane')).toBe(false)
  })
})

describe('kubectl drain nodes', () => {
  it('drain looks every node up before cordoning any', async () => {
    const l = lab()
    const r = await l.run('kubectl drain node01 nodeX --ignore-daemonsets')
    expect(r).toEqual({
      out: '',
      err: 'Error from server (NotFound): nodes "nodeX" not found\n',
      all: expect.any(String) as string,
      code: 1,
    })
    expect(unschedulable(l, 'node01')).toBe(false)
  })

  it('drain of several nodes cordons them all first and reports the failing one', async () => {
    const l = lab({ hrApp: true })
    const cp = names(
      blueOn(l, 'controlplane').concat(
        podsOn(l, 'controlplane', 'kube-system').filter(
          (p) => p.metadata!.ownerReferences?.[0]?.kind === 'ReplicaSet',
        ),
      ),
    )
    const r = await l.run('kubectl drain controlplane node01 --ignore-daemonsets')
    expect(r.out.split('\n').slice(0, 2)).toEqual([
      'node/controlplane cordoned',
      'node/node01 cordoned',
    ])
    expect(r.out).toContain('node/controlplane drained\n')
    expect(
      r.err.endsWith(
        `error: unable to drain node "node01" due to error: ${BARE_ERR}default/hr-app, continuing command...\n` +
          'There are pending nodes to be drained:\n node01\n' +
          `${BARE_ERR}default/hr-app\n`,
      ),
    ).toBe(true)
    expect(cp.length).toBeGreaterThan(0)
    expect(r.code).toBe(1)
  })

  it('drain with -l drains the matching nodes and nothing when none match', async () => {
    const l = lab()
    expect(await l.run('kubectl drain -l foo=bar')).toEqual({ out: '', err: '', all: '', code: 0 })
  })
})
