// What `kubeadm init` applies besides the static pods (phases/addons: CoreDNS, kube-proxy) plus the
// flannel CNI a lab cluster runs (github.com/flannel-io/flannel Documentation/kube-flannel.yml).
import type { ConfigMap, DaemonSet, Deployment, Namespace, Service } from '../api/types'
import { corednsImageTag, toYaml } from './manifests'

export function namespaces(): Namespace[] {
  const ns = (name: string, labels?: Record<string, string>): Namespace => ({
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { name, ...(labels ? { labels } : {}) },
  })
  return [
    ns('default'),
    ns('kube-node-lease'),
    ns('kube-public'),
    ns('kube-system'),
    ns('kube-flannel', {
      'k8s-app': 'flannel',
      'pod-security.kubernetes.io/enforce': 'privileged',
    }),
  ]
}

export function kubernetesService(): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kubernetes',
      namespace: 'default',
      labels: { component: 'apiserver', provider: 'kubernetes' },
    },
    spec: {
      clusterIP: '10.96.0.1',
      clusterIPs: ['10.96.0.1'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }],
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  }
}

export function kubeDnsService(): Service {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: {
      name: 'kube-dns',
      namespace: 'kube-system',
      labels: {
        'k8s-app': 'kube-dns',
        'kubernetes.io/cluster-service': 'true',
        'kubernetes.io/name': 'CoreDNS',
      },
      annotations: { 'prometheus.io/port': '9153', 'prometheus.io/scrape': 'true' },
    },
    spec: {
      clusterIP: '10.96.0.10',
      clusterIPs: ['10.96.0.10'],
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 },
        { name: 'dns-tcp', port: 53, protocol: 'TCP', targetPort: 53 },
        { name: 'metrics', port: 9153, protocol: 'TCP', targetPort: 9153 },
      ],
      selector: { 'k8s-app': 'kube-dns' },
      sessionAffinity: 'None',
      type: 'ClusterIP',
    },
    status: { loadBalancer: {} },
  }
}

export function coredns(version: string): Deployment {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'coredns', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } },
    spec: {
      replicas: 2,
      selector: { matchLabels: { 'k8s-app': 'kube-dns' } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 1 } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-dns' } },
        spec: {
          containers: [
            {
              name: 'coredns',
              image: `registry.k8s.io/coredns/coredns:${corednsImageTag(version)}`,
              imagePullPolicy: 'IfNotPresent',
              args: ['-conf', '/etc/coredns/Corefile'],
              ports: [
                { containerPort: 53, name: 'dns', protocol: 'UDP' },
                { containerPort: 53, name: 'dns-tcp', protocol: 'TCP' },
                { containerPort: 9153, name: 'metrics', protocol: 'TCP' },
              ],
              resources: { limits: { memory: '170Mi' }, requests: { cpu: '100m', memory: '70Mi' } },
              volumeMounts: [{ mountPath: '/etc/coredns', name: 'config-volume', readOnly: true }],
            },
          ],
          dnsPolicy: 'Default',
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-cluster-critical',
          serviceAccountName: 'coredns',
          tolerations: [
            { key: 'CriticalAddonsOnly', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node-role.kubernetes.io/control-plane' },
          ],
          volumes: [
            {
              configMap: {
                defaultMode: 420,
                items: [{ key: 'Corefile', path: 'Corefile' }],
                name: 'coredns',
              },
              name: 'config-volume',
            },
          ],
        },
      },
    },
  }
}

export function kubeProxy(version: string): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: { name: 'kube-proxy', namespace: 'kube-system', labels: { 'k8s-app': 'kube-proxy' } },
    spec: {
      selector: { matchLabels: { 'k8s-app': 'kube-proxy' } },
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } },
      template: {
        metadata: { labels: { 'k8s-app': 'kube-proxy' } },
        spec: {
          containers: [
            {
              name: 'kube-proxy',
              image: `registry.k8s.io/kube-proxy:${version}`,
              imagePullPolicy: 'IfNotPresent',
              command: [
                '/usr/local/bin/kube-proxy',
                '--config=/var/lib/kube-proxy/config.conf',
                '--hostname-override=$(NODE_NAME)',
              ],
              env: [
                {
                  name: 'NODE_NAME',
                  valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'spec.nodeName' } },
                },
              ],
              securityContext: { privileged: true },
            },
          ],
          hostNetwork: true,
          nodeSelector: { 'kubernetes.io/os': 'linux' },
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'kube-proxy',
          tolerations: [{ operator: 'Exists' }],
        },
      },
    },
  }
}

export function flannel(): DaemonSet {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      name: 'kube-flannel-ds',
      namespace: 'kube-flannel',
      labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' },
    },
    spec: {
      selector: { matchLabels: { app: 'flannel', 'k8s-app': 'flannel' } },
      template: {
        metadata: { labels: { app: 'flannel', 'k8s-app': 'flannel', tier: 'node' } },
        spec: {
          affinity: {
            nodeAffinity: {
              requiredDuringSchedulingIgnoredDuringExecution: {
                nodeSelectorTerms: [
                  {
                    matchExpressions: [
                      { key: 'kubernetes.io/os', operator: 'In', values: ['linux'] },
                    ],
                  },
                ],
              },
            },
          },
          // divergence: flannel's two init containers (install-cni-plugin, install-cni) are not modelled
          containers: [
            {
              name: 'kube-flannel',
              image: 'docker.io/flannel/flannel:v0.26.1',
              command: ['/opt/bin/flanneld'],
              args: ['--ip-masq', '--kube-subnet-mgr'],
              resources: { requests: { cpu: '100m', memory: '50Mi' } },
              securityContext: {
                capabilities: { add: ['NET_ADMIN', 'NET_RAW'] },
                privileged: false,
              },
            },
          ],
          hostNetwork: true,
          priorityClassName: 'system-node-critical',
          serviceAccountName: 'flannel',
          tolerations: [{ effect: 'NoSchedule', operator: 'Exists' }],
        },
      },
    },
  }
}

/** The kubeadm-config ConfigMap `kubeadm upgrade` reads (ClusterConfiguration). */
export function kubeadmConfig(
  clusterName: string,
  version: string,
  endpoint: string,
  podSubnet: string,
): ConfigMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: 'kubeadm-config', namespace: 'kube-system' },
    data: {
      ClusterConfiguration: toYaml({
        apiServer: {},
        apiVersion: 'kubeadm.k8s.io/v1beta4',
        caCertificateValidityPeriod: '87600h0m0s',
        certificateValidityPeriod: '8760h0m0s',
        certificatesDir: '/etc/kubernetes/pki',
        clusterName,
        controlPlaneEndpoint: endpoint,
        controllerManager: {},
        dns: {},
        encryptionAlgorithm: 'RSA-2048',
        etcd: { local: { dataDir: '/var/lib/etcd' } },
        imageRepository: 'registry.k8s.io',
        kind: 'ClusterConfiguration',
        kubernetesVersion: version,
        networking: { dnsDomain: 'cluster.local', podSubnet, serviceSubnet: '10.96.0.0/12' },
        proxy: {},
        scheduler: {},
      }),
    },
  }
}
