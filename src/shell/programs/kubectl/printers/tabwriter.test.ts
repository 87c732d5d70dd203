import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DESCRIBE, KUBECTL_TABLE, Tabwriter, tabwrite, ALIGN_RIGHT, DEBUG } from './tabwriter'

const golden = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8')

// What kubectl describe writes for node01 (describe.go describeNode), tabs and all.
const DESCRIBE_NODE_INPUT = [
  'Name:\tnode01',
  'Roles:\t<none>',
  'Labels:\tbeta.kubernetes.io/arch=amd64',
  '\tbeta.kubernetes.io/os=linux',
  '\tkubernetes.io/arch=amd64',
  '\tkubernetes.io/hostname=node01',
  '\tkubernetes.io/os=linux',
  'Annotations:\tkubeadm.alpha.kubernetes.io/cri-socket: unix:///var/run/containerd/containerd.sock',
  '\tnode.alpha.kubernetes.io/ttl: 0',
  '\tvolumes.kubernetes.io/controller-managed-attach-detach: true',
  'CreationTimestamp:\tTue, 24 Nov 2026 09:12:44 +0000',
  'Taints:\tnode.kubernetes.io/unschedulable:NoSchedule',
  'Unschedulable:\ttrue',
  'Lease:',
  '  HolderIdentity:\tnode01',
  '  AcquireTime:\t<unset>',
  '  RenewTime:\tTue, 24 Nov 2026 20:40:12 +0000',
  'Conditions:',
  '  Type\tStatus\tLastHeartbeatTime\tLastTransitionTime\tReason\tMessage',
  '  ----\t------\t-----------------\t------------------\t------\t-------',
  '  MemoryPressure \tFalse \tTue, 24 Nov 2026 20:38:01 +0000 \tTue, 24 Nov 2026 09:12:44 +0000 \tKubeletHasSufficientMemory \tkubelet has sufficient memory available',
  '  DiskPressure \tFalse \tTue, 24 Nov 2026 20:38:01 +0000 \tTue, 24 Nov 2026 09:12:44 +0000 \tKubeletHasNoDiskPressure \tkubelet has no disk pressure',
  '  PIDPressure \tFalse \tTue, 24 Nov 2026 20:38:01 +0000 \tTue, 24 Nov 2026 09:12:44 +0000 \tKubeletHasSufficientPID \tkubelet has sufficient PID available',
  '  Ready \tTrue \tTue, 24 Nov 2026 20:38:01 +0000 \tTue, 24 Nov 2026 09:13:20 +0000 \tKubeletReady \tkubelet is posting ready status',
  'Addresses:',
  '  InternalIP:\t192.168.100.3',
  '  Hostname:\tnode01',
  'Capacity:',
  '  cpu:\t16',
  '  ephemeral-storage:\t1016057248Ki',
  '  hugepages-1Gi:\t0',
  '  hugepages-2Mi:\t0',
  '  memory:\t65838860Ki',
  '  pods:\t110',
  'Allocatable:',
  '  cpu:\t16',
  '  ephemeral-storage:\t936398358207',
  '  hugepages-1Gi:\t0',
  '  hugepages-2Mi:\t0',
  '  memory:\t65736460Ki',
  '  pods:\t110',
  'System Info:',
  '  Machine ID:\ta1b2c3d4e5f60718293a4b5c6d7e8f90',
  '  System UUID:\t5e2a1c3b-0d4f-4e6a-8b7c-9d0e1f2a3b4c',
  '  Boot ID:\t7f6e5d4c-3b2a-4190-8a7b-6c5d4e3f2a1b',
  '  Kernel Version:\t5.15.0-1083-gcp',
  '  OS Image:\tUbuntu 22.04.5 LTS',
  '  Operating System:\tlinux',
  '  Architecture:\tamd64',
  '  Container Runtime Version:\tcontainerd://1.7.24',
  '  Kubelet Version:\tv1.33.0',
  '  Kube-Proxy Version:\t',
  'PodCIDR:\t172.17.1.0/24',
  'PodCIDRs:\t172.17.1.0/24',
  'Non-terminated Pods:\t(3 in total)',
  '  Namespace\tName\t\tCPU Requests\tCPU Limits\tMemory Requests\tMemory Limits\tAge',
  '  ---------\t----\t\t------------\t----------\t---------------\t-------------\t---',
  '  default\thr-app\t\t0 (0%)\t0 (0%)\t0 (0%)\t0 (0%)\t15h',
  '  kube-flannel\tkube-flannel-ds-9wq2m\t\t100m (0%)\t0 (0%)\t50Mi (0%)\t0 (0%)\t26h',
  '  kube-system\tkube-proxy-4pz7c\t\t0 (0%)\t0 (0%)\t0 (0%)\t0 (0%)\t26h',
  'Allocated resources:',
  '  (Total limits may be over 100 percent, i.e., overcommitted.)',
  '  Resource\tRequests\tLimits',
  '  --------\t--------\t------',
  '  cpu\t100m (0%)\t0 (0%)',
  '  memory\t50Mi (0%)\t0 (0%)',
  '  ephemeral-storage\t0 (0%)\t0 (0%)',
  '  hugepages-1Gi\t0 (0%)\t0 (0%)',
  '  hugepages-2Mi\t0 (0%)\t0 (0%)',
  'Events:',
  '  Type\tReason\tAge\tFrom\tMessage',
  '  ----\t------\t----\t----\t-------',
  '  Normal\tNodeNotSchedulable\t15h\tkubelet\tNode node01 status is now: NodeNotSchedulable',
  '',
].join('\n')

describe('tabwrite', () => {
  it('lays out describe node exactly as the real kubectl printed it', () => {
    expect(tabwrite(DESCRIBE_NODE_INPUT, DESCRIBE)).toBe(golden('describe-node-node01.txt'))
  })

  it('pads every column but the last to max(6, widest + 3) for kubectl tables', () => {
    const input = [
      'NAMESPACE\tNAME\tREADY\tSTATUS\tRESTARTS\tAGE',
      'default\tweb-5d9c7b8f6-abcde\t1/1\tRunning\t0\t5m12s',
      'default\tweb-5d9c7b8f6-x\t0/1\tContainerCreating\t0\t3s',
      'kube-system\tkube-proxy-7x2lq\t1/1\tRunning\t2 (3h4m ago)\t45d',
      '',
    ].join('\n')
    expect(tabwrite(input, KUBECTL_TABLE)).toBe(
      [
        'NAMESPACE     NAME                  READY   STATUS              RESTARTS       AGE',
        'default       web-5d9c7b8f6-abcde   1/1     Running             0              5m12s',
        'default       web-5d9c7b8f6-x       0/1     ContainerCreating   0              3s',
        'kube-system   kube-proxy-7x2lq      1/1     Running             2 (3h4m ago)   45d',
        '',
      ].join('\n'),
    )
  })

  it('uses the minimum width 6 for narrow columns', () => {
    expect(tabwrite('NAME\tAGE\tX\na\t45d\ty\n', KUBECTL_TABLE)).toBe(
      'NAME   AGE   X\na      45d   y\n',
    )
  })

  it('passes the Go ExampleWriter_Init cases (tab padding and right alignment)', () => {
    const input = 'a\tb\tc\td\t.\n123\t12345\t1234567\t123456789\t.\n\n'
    expect(tabwrite(input, { minwidth: 0, tabwidth: 8, padding: 0, padchar: '\t' })).toBe(
      'a\tb\tc\td\t\t.\n123\t12345\t1234567\t123456789\t.\n\n',
    )
    expect(
      tabwrite(input, { minwidth: 5, tabwidth: 0, padding: 1, padchar: ' ', flags: ALIGN_RIGHT }),
    ).toBe('    a     b       c         d.\n  123 12345 1234567 123456789.\n\n')
  })

  it('keeps columns of non-contiguous blocks apart and leaves unterminated cells unpadded', () => {
    // the example from the Go package documentation
    const input = 'aaaa\tbbb\td\naa\tb\tdd\na\t\naa\tcccc\teee\n'
    expect(tabwrite(input, { minwidth: 0, tabwidth: 8, padding: 1, flags: DEBUG })).toBe(
      'aaaa |bbb |d\naa   |b   |dd\na    |\naa   |cccc |eee\n',
    )
  })

  it('writes text after the last newline without a newline of its own', () => {
    expect(tabwrite('a\tb\nccc\td', DESCRIBE)).toBe('a    b\nccc  d')
  })

  it('counts runes, not UTF-16 units, for widths', () => {
    expect(tabwrite('é😀\tx\nab\ty\n', DESCRIBE)).toBe('é😀  x\nab  y\n')
  })

  it('remembers column widths across flushes with RememberWidths (kubectl get --watch)', () => {
    let out = ''
    const w = new Tabwriter(KUBECTL_TABLE, (s) => (out += s))
    w.write('NAME\tSTATUS\nlong-pod-name\tRunning\n')
    w.flush()
    w.write('x\tPending\n')
    w.flush()
    expect(out).toBe('NAME            STATUS\nlong-pod-name   Running\nx               Pending\n')
    expect(w.rememberedWidths()).toEqual([16])
  })

  it('without RememberWidths each flush starts afresh', () => {
    let out = ''
    const w = new Tabwriter(DESCRIBE, (s) => (out += s))
    w.write('long-pod-name\tRunning\n')
    w.flush()
    w.write('x\tPending\n')
    w.flush()
    expect(out).toBe('long-pod-name  Running\nx  Pending\n')
  })
})
