// The `get pods` STATUS, READY and RESTARTS cells (printers.go printPod; oracle kubectl-get.md §6).
import { describe, expect, it } from 'vitest'
import type { Pod } from '../../../../../sim'
import { podColumns, podStatusReason } from './pods'
import { nodeColumns, nodeStatus } from './nodes'

const NOW = Date.parse('2026-11-24T12:00:00Z')

function pod(status: Pod['status'], extra: Partial<Pod> = {}): Pod {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p', namespace: 'default', creationTimestamp: '2026-11-24T11:54:48Z' },
    spec: { containers: [{ name: 'c', image: 'nginx' }] },
    status,
    ...extra,
  }
}

const running = { running: { startedAt: '2026-11-24T11:55:00Z' } }

describe('pod STATUS', () => {
  it('is the phase for a running ready container', () => {
    expect(
      podStatusReason(
        pod({
          phase: 'Running',
          containerStatuses: [
            {
              name: 'c',
              image: 'nginx',
              imageID: '',
              ready: true,
              restartCount: 0,
              state: running,
            },
          ],
        }),
      ),
    ).toBe('Running')
  })
  it('is the waiting reason of a container (ContainerCreating, CrashLoopBackOff)', () => {
    const waiting = (reason: string) =>
      pod({
        phase: 'Pending',
        containerStatuses: [
          {
            name: 'c',
            image: 'nginx',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason } },
          },
        ],
      })
    expect(podStatusReason(waiting('ContainerCreating'))).toBe('ContainerCreating')
    expect(podStatusReason(waiting('CrashLoopBackOff'))).toBe('CrashLoopBackOff')
  })
  it('is Terminating once deletionTimestamp is set on a running pod', () => {
    const p = pod({ phase: 'Running' })
    p.metadata!.deletionTimestamp = '2026-11-24T12:00:30Z'
    expect(podStatusReason(p)).toBe('Terminating')
  })
  it('keeps Succeeded for a deleted pod that already finished', () => {
    const p = pod({ phase: 'Succeeded' })
    p.metadata!.deletionTimestamp = '2026-11-24T12:00:30Z'
    expect(podStatusReason(p)).toBe('Succeeded')
  })
  it('is Unknown for a deleted pod whose node was lost', () => {
    const p = pod({ phase: 'Running', reason: 'NodeLost' })
    p.metadata!.deletionTimestamp = '2026-11-24T12:00:30Z'
    expect(podStatusReason(p)).toBe('Unknown')
  })
  it('shows the status reason (Evicted) over the phase', () => {
    expect(podStatusReason(pod({ phase: 'Failed', reason: 'Evicted' }))).toBe('Evicted')
  })
  it('shows Init:i/n while init containers run and Init:<reason> when one fails', () => {
    const spec = { containers: [{ name: 'c' }], initContainers: [{ name: 'i' }] }
    expect(
      podStatusReason(
        pod(
          {
            phase: 'Pending',
            initContainerStatuses: [
              {
                name: 'i',
                image: '',
                imageID: '',
                ready: false,
                restartCount: 0,
                state: { running: {} },
              },
            ],
          },
          { spec },
        ),
      ),
    ).toBe('Init:0/1')
    expect(
      podStatusReason(
        pod(
          {
            phase: 'Pending',
            initContainerStatuses: [
              {
                name: 'i',
                image: '',
                imageID: '',
                ready: false,
                restartCount: 1,
                state: { terminated: { exitCode: 2 } },
              },
            ],
          },
          { spec },
        ),
      ),
    ).toBe('Init:ExitCode:2')
  })
  it('shows Completed, or ExitCode:n when a terminated container has no reason', () => {
    const term = (t: { exitCode: number; reason?: string }) =>
      pod({
        phase: 'Succeeded',
        containerStatuses: [
          {
            name: 'c',
            image: '',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { terminated: t },
          },
        ],
      })
    expect(podStatusReason(term({ exitCode: 0, reason: 'Completed' }))).toBe('Completed')
    expect(podStatusReason(term({ exitCode: 137 }))).toBe('ExitCode:137')
  })
  it('is SchedulingGated when the PodScheduled condition says so', () => {
    expect(
      podStatusReason(
        pod({
          phase: 'Pending',
          conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }],
        }),
      ),
    ).toBe('SchedulingGated')
  })
})

describe('pod row', () => {
  it('counts ready containers and shows restarts with the age of the last one', () => {
    const p = pod(
      {
        phase: 'Running',
        podIPs: [{ ip: '10.244.1.5' }],
        containerStatuses: [
          {
            name: 'c',
            image: '',
            imageID: '',
            ready: true,
            restartCount: 2,
            state: running,
            lastState: { terminated: { exitCode: 1, finishedAt: '2026-11-24T08:56:00Z' } },
          },
          {
            name: 'd',
            image: '',
            imageID: '',
            ready: false,
            restartCount: 0,
            state: { waiting: { reason: 'ImagePullBackOff' } },
          },
        ],
      },
      { spec: { nodeName: 'node01', containers: [{ name: 'c' }, { name: 'd' }] } },
    )
    expect(podColumns.cells(p as never, NOW)).toEqual([
      'p',
      '1/2',
      'ImagePullBackOff',
      '2 (3h4m ago)',
      '5m12s',
      '10.244.1.5',
      'node01',
      '<none>',
      '<none>',
    ])
    // the same object printed an hour later: only the clock-dependent parts move
    const later = podColumns.cells(p as never, NOW + 3_600_000)
    expect([later[3], later[4]]).toEqual(['2 (4h4m ago)', '65m'])
    // rows are handed out fresh: changing one leaves the next intact
    later[0] = 'changed'
    expect(podColumns.cells(p as never, NOW)[0]).toBe('p')
  })
})

describe('node STATUS', () => {
  const node = (conds: { type: string; status: string }[], unschedulable = false) => ({
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: 'n',
      creationTimestamp: '2026-11-20T12:00:00Z',
      labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' },
    },
    spec: { unschedulable },
    status: { conditions: conds, nodeInfo: { kubeletVersion: 'v1.32.1' } },
  })
  it('is Ready, NotReady for False or Unknown, Unknown without a Ready condition', () => {
    expect(nodeStatus(node([{ type: 'Ready', status: 'True' }]) as never)).toBe('Ready')
    expect(nodeStatus(node([{ type: 'Ready', status: 'Unknown' }]) as never)).toBe('NotReady')
    expect(nodeStatus(node([{ type: 'Ready', status: 'False' }], true) as never)).toBe(
      'NotReady,SchedulingDisabled',
    )
    expect(nodeStatus(node([]) as never)).toBe('Unknown')
  })
  it('lists roles from node-role labels and kubernetes.io/role, sorted', () => {
    expect(
      nodeColumns.cells(node([{ type: 'Ready', status: 'True' }], true) as never, NOW).slice(0, 5),
    ).toEqual(['n', 'Ready,SchedulingDisabled', 'control-plane,master', '4d', 'v1.32.1'])
  })
})
