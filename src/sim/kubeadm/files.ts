// Files `kubeadm init` / `join` leave on a machine: kubeconfigs (phases/kubeconfig), certificates
// under /etc/kubernetes/pki (phases/certs), the kubelet's config (phases/kubelet).
import { fnv32a } from '../random'
import { toYaml } from './manifests'

function b64(s: string): string {
  return btoa(s)
}

const pems = new Map<string, string>()

/** A PEM-shaped block with deterministic body (not a real certificate). */
export function fakePem(label: string, seed: string): string {
  // the same CA goes into every kubeconfig of every world: made once (a pure function of its key)
  const key = `${label}\n${seed}`
  let pem = pems.get(key)
  if (pem === undefined) pems.set(key, (pem = makePem(label, seed)))
  return pem
}

function makePem(label: string, seed: string): string {
  let body = ''
  for (let i = 0; body.length < 256; i++) body += fnv32a(`${seed}/${i}`).toString(36)
  const b = b64(body)
  const lines = b.match(/.{1,64}/g) ?? []
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`
}

export function kubeconfig(
  clusterName: string,
  server: string,
  user: string,
  seed: string,
): string {
  const context = `${user}@${clusterName}`
  return toYaml({
    apiVersion: 'v1',
    clusters: [
      {
        cluster: {
          'certificate-authority-data': b64(fakePem('CERTIFICATE', `${clusterName}/ca`)),
          server,
        },
        name: clusterName,
      },
    ],
    contexts: [{ context: { cluster: clusterName, user }, name: context }],
    'current-context': context,
    kind: 'Config',
    preferences: {},
    users: [
      {
        name: user,
        user: {
          'client-certificate-data': b64(fakePem('CERTIFICATE', `${seed}/crt`)),
          'client-key-data': b64(fakePem('RSA PRIVATE KEY', `${seed}/key`)),
        },
      },
    ],
  })
}

const CONTROL_PLANE_PKI = [
  'ca',
  'apiserver',
  'apiserver-etcd-client',
  'apiserver-kubelet-client',
  'front-proxy-ca',
  'front-proxy-client',
  'etcd/ca',
  'etcd/server',
  'etcd/peer',
  'etcd/healthcheck-client',
]

export function controlPlaneFiles(
  clusterName: string,
  nodeName: string,
  ip: string,
): Record<string, string> {
  const server = `https://${ip}:6443`
  const files: Record<string, string> = {}
  for (const name of CONTROL_PLANE_PKI) {
    files[`/etc/kubernetes/pki/${name}.crt`] = fakePem('CERTIFICATE', `${clusterName}/${name}`)
    files[`/etc/kubernetes/pki/${name}.key`] = fakePem('RSA PRIVATE KEY', `${clusterName}/${name}`)
  }
  files['/etc/kubernetes/pki/sa.key'] = fakePem('RSA PRIVATE KEY', `${clusterName}/sa`)
  files['/etc/kubernetes/pki/sa.pub'] = fakePem('PUBLIC KEY', `${clusterName}/sa`)
  const admin = kubeconfig(clusterName, server, 'kubernetes-admin', `${clusterName}/admin`)
  files['/etc/kubernetes/admin.conf'] = admin
  files['/root/.kube/config'] = admin
  files['/etc/kubernetes/super-admin.conf'] = kubeconfig(
    clusterName,
    server,
    'kubernetes-super-admin',
    `${clusterName}/super-admin`,
  )
  files['/etc/kubernetes/controller-manager.conf'] = kubeconfig(
    clusterName,
    server,
    'system:kube-controller-manager',
    `${clusterName}/kcm`,
  )
  files['/etc/kubernetes/scheduler.conf'] = kubeconfig(
    clusterName,
    server,
    'system:kube-scheduler',
    `${clusterName}/sched`,
  )
  files['/etc/kubernetes/kubelet.conf'] = kubeconfig(
    clusterName,
    server,
    `system:node:${nodeName}`,
    `${clusterName}/kubelet/${nodeName}`,
  )
  return files
}

export function workerFiles(
  clusterName: string,
  nodeName: string,
  server: string,
): Record<string, string> {
  return {
    '/etc/kubernetes/pki/ca.crt': fakePem('CERTIFICATE', `${clusterName}/ca`),
    '/etc/kubernetes/kubelet.conf': kubeconfig(
      clusterName,
      server,
      `system:node:${nodeName}`,
      `${clusterName}/kubelet/${nodeName}`,
    ),
  }
}

/** /var/lib/kubelet/config.yaml as kubeadm writes it (the fields a lab reads). */
export function kubeletConfig(): string {
  return toYaml({
    apiVersion: 'kubelet.config.k8s.io/v1beta1',
    authentication: {
      anonymous: { enabled: false },
      webhook: { cacheTTL: '0s', enabled: true },
      x509: { clientCAFile: '/etc/kubernetes/pki/ca.crt' },
    },
    authorization: {
      mode: 'Webhook',
      webhook: { cacheAuthorizedTTL: '0s', cacheUnauthorizedTTL: '0s' },
    },
    cgroupDriver: 'systemd',
    clusterDNS: ['10.96.0.10'],
    clusterDomain: 'cluster.local',
    containerRuntimeEndpoint: '',
    cpuManagerReconcilePeriod: '0s',
    evictionPressureTransitionPeriod: '0s',
    fileCheckFrequency: '0s',
    healthzBindAddress: '127.0.0.1',
    healthzPort: 10248,
    httpCheckFrequency: '0s',
    imageMaximumGCAge: '0s',
    imageMinimumGCAge: '0s',
    kind: 'KubeletConfiguration',
    logging: {
      flushFrequency: 0,
      options: { json: { infoBufferSize: '0' }, text: { infoBufferSize: '0' } },
      verbosity: 0,
    },
    memorySwap: {},
    nodeStatusReportFrequency: '0s',
    nodeStatusUpdateFrequency: '0s',
    rotateCertificates: true,
    runtimeRequestTimeout: '0s',
    shutdownGracePeriod: '0s',
    shutdownGracePeriodCriticalPods: '0s',
    staticPodPath: '/etc/kubernetes/manifests',
    streamingConnectionIdleTimeout: '0s',
    syncFrequency: '0s',
    volumeStatsAggPeriod: '0s',
  })
}
