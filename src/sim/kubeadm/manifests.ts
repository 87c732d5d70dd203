// The static pod manifests `kubeadm init` writes to /etc/kubernetes/manifests
// (cmd/kubeadm/app/phases/controlplane/manifests.go, phases/etcd/local.go), flags sorted as kubeadm does.
import { toYaml } from './yaml'

export { toYaml }

/** Component image tags kubeadm bundles per minor (kubeadm config images list). */
const ETCD_BY_MINOR: Record<number, string> = {
  28: '3.5.12-0',
  29: '3.5.12-0',
  30: '3.5.15-0',
  31: '3.5.15-0',
  32: '3.5.16-0',
  33: '3.5.21-0',
  34: '3.6.4-0',
}
const COREDNS_BY_MINOR: Record<number, string> = {
  28: 'v1.10.1',
  29: 'v1.11.1',
  30: 'v1.11.1',
  31: 'v1.11.3',
  32: 'v1.11.3',
  33: 'v1.12.0',
  34: 'v1.12.1',
}

export function minorOf(version: string): number {
  return Number(/^v?\d+\.(\d+)/.exec(version)?.[1] ?? 0)
}

export function etcdImageTag(version: string): string {
  return ETCD_BY_MINOR[minorOf(version)] ?? '3.5.21-0'
}

export function corednsImageTag(version: string): string {
  return COREDNS_BY_MINOR[minorOf(version)] ?? 'v1.12.0'
}

interface ManifestParams {
  nodeName: string
  ip: string
  version: string
  podSubnet?: string
  clusterName: string
}

type Probe = Record<string, unknown>

function probe(
  host: string,
  path: string,
  port: number,
  scheme: string,
  failureThreshold: number,
  initial = true,
): Probe {
  return {
    failureThreshold,
    httpGet: { host, path, port, scheme },
    ...(initial ? { initialDelaySeconds: 10 } : {}),
    periodSeconds: initial ? 10 : 1,
    timeoutSeconds: 15,
  }
}

function hostPathVolume(name: string, path: string, type = 'DirectoryOrCreate') {
  return { hostPath: { path, type }, name }
}

const CA_MOUNTS = [
  ['/etc/ssl/certs', 'ca-certs'],
  ['/etc/ca-certificates', 'etc-ca-certificates'],
] as const
const SHARE_MOUNTS = [
  ['/usr/local/share/ca-certificates', 'usr-local-share-ca-certificates'],
  ['/usr/share/ca-certificates', 'usr-share-ca-certificates'],
] as const

function pod(
  name: string,
  annotations: Record<string, string> | undefined,
  container: Record<string, unknown>,
  volumes: unknown[],
) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...(annotations ? { annotations } : {}),
      creationTimestamp: null,
      labels: { component: name, tier: 'control-plane' },
      name,
      namespace: 'kube-system',
    },
    spec: {
      containers: [container],
      hostNetwork: true,
      priority: 2000001000,
      priorityClassName: 'system-node-critical',
      securityContext: { seccompProfile: { type: 'RuntimeDefault' } },
      volumes,
    },
    status: {},
  }
}

export function etcdManifest(p: ManifestParams): string {
  const { ip, nodeName } = p
  return toYaml(
    pod(
      'etcd',
      { 'kubeadm.kubernetes.io/etcd.advertise-client-urls': `https://${ip}:2379` },
      {
        command: [
          'etcd',
          `--advertise-client-urls=https://${ip}:2379`,
          '--cert-file=/etc/kubernetes/pki/etcd/server.crt',
          '--client-cert-auth=true',
          '--data-dir=/var/lib/etcd',
          '--experimental-initial-corrupt-check=true',
          '--experimental-watch-progress-notify-interval=5s',
          `--initial-advertise-peer-urls=https://${ip}:2380`,
          `--initial-cluster=${nodeName}=https://${ip}:2380`,
          '--key-file=/etc/kubernetes/pki/etcd/server.key',
          `--listen-client-urls=https://127.0.0.1:2379,https://${ip}:2379`,
          '--listen-metrics-urls=http://127.0.0.1:2381',
          `--listen-peer-urls=https://${ip}:2380`,
          `--name=${nodeName}`,
          '--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt',
          '--peer-client-cert-auth=true',
          '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key',
          '--peer-trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
          '--snapshot-count=10000',
          '--trusted-ca-file=/etc/kubernetes/pki/etcd/ca.crt',
        ],
        image: `registry.k8s.io/etcd:${etcdImageTag(p.version)}`,
        imagePullPolicy: 'IfNotPresent',
        livenessProbe: probe('127.0.0.1', '/livez', 2381, 'HTTP', 8),
        name: 'etcd',
        readinessProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', 3, false),
        resources: { requests: { cpu: '100m', memory: '100Mi' } },
        startupProbe: probe('127.0.0.1', '/readyz', 2381, 'HTTP', 24),
        volumeMounts: [
          { mountPath: '/var/lib/etcd', name: 'etcd-data' },
          { mountPath: '/etc/kubernetes/pki/etcd', name: 'etcd-certs' },
        ],
      },
      [
        hostPathVolume('etcd-certs', '/etc/kubernetes/pki/etcd'),
        hostPathVolume('etcd-data', '/var/lib/etcd'),
      ],
    ),
  )
}

function mounts(extra: [string, string, boolean][]): unknown[] {
  const all: [string, string, boolean][] = [
    ...CA_MOUNTS.map(([m, n]) => [m, n, true] as [string, string, boolean]),
    ...extra,
    ...SHARE_MOUNTS.map(([m, n]) => [m, n, true] as [string, string, boolean]),
  ]
  return all.map(([mountPath, name, readOnly]) => ({
    mountPath,
    name,
    ...(readOnly ? { readOnly: true } : {}),
  }))
}

function volumesFor(extra: [string, string, string][]): unknown[] {
  const all: [string, string, string][] = [
    ...CA_MOUNTS.map(([m, n]) => [n, m, 'DirectoryOrCreate'] as [string, string, string]),
    ...extra,
    ...SHARE_MOUNTS.map(([m, n]) => [n, m, 'DirectoryOrCreate'] as [string, string, string]),
  ]
  return all
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([name, path, type]) => hostPathVolume(name, path, type))
}

export function apiServerManifest(p: ManifestParams): string {
  const { ip } = p
  return toYaml(
    pod(
      'kube-apiserver',
      { 'kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint': `${ip}:6443` },
      {
        command: [
          'kube-apiserver',
          `--advertise-address=${ip}`,
          '--allow-privileged=true',
          '--authorization-mode=Node,RBAC',
          '--client-ca-file=/etc/kubernetes/pki/ca.crt',
          '--enable-admission-plugins=NodeRestriction',
          '--enable-bootstrap-token-auth=true',
          '--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt',
          '--etcd-certfile=/etc/kubernetes/pki/apiserver-etcd-client.crt',
          '--etcd-keyfile=/etc/kubernetes/pki/apiserver-etcd-client.key',
          '--etcd-servers=https://127.0.0.1:2379',
          '--kubelet-client-certificate=/etc/kubernetes/pki/apiserver-kubelet-client.crt',
          '--kubelet-client-key=/etc/kubernetes/pki/apiserver-kubelet-client.key',
          '--kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname',
          '--proxy-client-cert-file=/etc/kubernetes/pki/front-proxy-client.crt',
          '--proxy-client-key-file=/etc/kubernetes/pki/front-proxy-client.key',
          '--requestheader-allowed-names=front-proxy-client',
          '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt',
          '--requestheader-extra-headers-prefix=X-Remote-Extra-',
          '--requestheader-group-headers=X-Remote-Group',
          '--requestheader-username-headers=X-Remote-User',
          '--secure-port=6443',
          '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
          '--service-account-key-file=/etc/kubernetes/pki/sa.pub',
          '--service-account-signing-key-file=/etc/kubernetes/pki/sa.key',
          '--service-cluster-ip-range=10.96.0.0/12',
          '--tls-cert-file=/etc/kubernetes/pki/apiserver.crt',
          '--tls-private-key-file=/etc/kubernetes/pki/apiserver.key',
        ],
        image: `registry.k8s.io/kube-apiserver:${p.version}`,
        imagePullPolicy: 'IfNotPresent',
        livenessProbe: probe(ip, '/livez', 6443, 'HTTPS', 8),
        name: 'kube-apiserver',
        readinessProbe: probe(ip, '/readyz', 6443, 'HTTPS', 3, false),
        resources: { requests: { cpu: '250m' } },
        startupProbe: probe(ip, '/livez', 6443, 'HTTPS', 24),
        volumeMounts: mounts([['/etc/kubernetes/pki', 'k8s-certs', true]]),
      },
      volumesFor([['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate']]),
    ),
  )
}

export function controllerManagerManifest(p: ManifestParams): string {
  const cidr = p.podSubnet ? ['--allocate-node-cidrs=true'] : []
  const clusterCidr = p.podSubnet ? [`--cluster-cidr=${p.podSubnet}`] : []
  return toYaml(
    pod(
      'kube-controller-manager',
      undefined,
      {
        command: [
          'kube-controller-manager',
          ...cidr,
          '--authentication-kubeconfig=/etc/kubernetes/controller-manager.conf',
          '--authorization-kubeconfig=/etc/kubernetes/controller-manager.conf',
          '--bind-address=127.0.0.1',
          '--client-ca-file=/etc/kubernetes/pki/ca.crt',
          ...clusterCidr,
          `--cluster-name=${p.clusterName}`,
          '--cluster-signing-cert-file=/etc/kubernetes/pki/ca.crt',
          '--cluster-signing-key-file=/etc/kubernetes/pki/ca.key',
          '--controllers=*,bootstrapsigner,tokencleaner',
          '--kubeconfig=/etc/kubernetes/controller-manager.conf',
          '--leader-elect=true',
          '--requestheader-client-ca-file=/etc/kubernetes/pki/front-proxy-ca.crt',
          '--root-ca-file=/etc/kubernetes/pki/ca.crt',
          '--service-account-private-key-file=/etc/kubernetes/pki/sa.key',
          '--service-cluster-ip-range=10.96.0.0/12',
          '--use-service-account-credentials=true',
        ],
        image: `registry.k8s.io/kube-controller-manager:${p.version}`,
        imagePullPolicy: 'IfNotPresent',
        livenessProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', 8),
        name: 'kube-controller-manager',
        resources: { requests: { cpu: '200m' } },
        startupProbe: probe('127.0.0.1', '/healthz', 10257, 'HTTPS', 24),
        volumeMounts: mounts([
          ['/usr/libexec/kubernetes/kubelet-plugins/volume/exec', 'flexvolume-dir', false],
          ['/etc/kubernetes/pki', 'k8s-certs', true],
          ['/etc/kubernetes/controller-manager.conf', 'kubeconfig', true],
        ]),
      },
      volumesFor([
        [
          'flexvolume-dir',
          '/usr/libexec/kubernetes/kubelet-plugins/volume/exec',
          'DirectoryOrCreate',
        ],
        ['k8s-certs', '/etc/kubernetes/pki', 'DirectoryOrCreate'],
        ['kubeconfig', '/etc/kubernetes/controller-manager.conf', 'FileOrCreate'],
      ]),
    ),
  )
}

export function schedulerManifest(p: ManifestParams): string {
  return toYaml(
    pod(
      'kube-scheduler',
      undefined,
      {
        command: [
          'kube-scheduler',
          '--authentication-kubeconfig=/etc/kubernetes/scheduler.conf',
          '--authorization-kubeconfig=/etc/kubernetes/scheduler.conf',
          '--bind-address=127.0.0.1',
          '--kubeconfig=/etc/kubernetes/scheduler.conf',
          '--leader-elect=true',
        ],
        image: `registry.k8s.io/kube-scheduler:${p.version}`,
        imagePullPolicy: 'IfNotPresent',
        livenessProbe: probe('127.0.0.1', '/livez', 10259, 'HTTPS', 8),
        name: 'kube-scheduler',
        readinessProbe: probe('127.0.0.1', '/readyz', 10259, 'HTTPS', 3, false),
        resources: { requests: { cpu: '100m' } },
        startupProbe: probe('127.0.0.1', '/livez', 10259, 'HTTPS', 24),
        volumeMounts: [
          { mountPath: '/etc/kubernetes/scheduler.conf', name: 'kubeconfig', readOnly: true },
        ],
      },
      [hostPathVolume('kubeconfig', '/etc/kubernetes/scheduler.conf', 'FileOrCreate')],
    ),
  )
}

/** Every manifest of a control-plane node, by file name. */
export function controlPlaneManifests(p: ManifestParams): Record<string, string> {
  return {
    'etcd.yaml': etcdManifest(p),
    'kube-apiserver.yaml': apiServerManifest(p),
    'kube-controller-manager.yaml': controllerManagerManifest(p),
    'kube-scheduler.yaml': schedulerManifest(p),
  }
}
