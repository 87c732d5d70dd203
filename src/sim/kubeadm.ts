// A cluster as `kubeadm init` + `kubeadm join` leave it (cmd/kubeadm/app/cmd/phases/init, join):
// machines with packages, services, kubeconfigs, certificates and static pod manifests; the
// cluster's namespaces, Services, CoreDNS, kube-proxy, flannel and the control-plane taint.
import type { Cluster, ClusterConfig } from './cluster'
import type { Node } from './api/types'
import type { World } from './world'
import { controlPlaneManifests } from './kubeadm/manifests'
import { controlPlaneFiles, kubeletConfig, workerFiles } from './kubeadm/files'
import {
  coredns,
  flannel,
  kubeDnsService,
  kubeProxy,
  kubeadmConfig,
  kubernetesService,
  namespaces,
} from './kubeadm/addons'

export interface KubeadmNodeSpec {
  host: string
  ip: string
  role: 'control-plane' | 'worker'
  /** the kubelet package on this machine, when it differs from the cluster version ('v1.32.0') */
  kubeletVersion?: string
}

export interface KubeadmClusterSpec {
  name: string
  /** Kubernetes version of the control plane, e.g. 'v1.33.0' */
  version: string
  nodes: KubeadmNodeSpec[]
  /** kubeadm taints control planes NoSchedule (default true; the OS-upgrades lab sets false) */
  controlPlaneTaint?: boolean
  /** --pod-network-cidr (default 172.17.0.0/16) */
  podSubnet?: string
  config?: Partial<ClusterConfig>
}

export const CONTROL_PLANE_TAINT = 'node-role.kubernetes.io/control-plane'
const DEFAULT_POD_SUBNET = '172.17.0.0/16'

function bare(version: string): string {
  return version.replace(/^v/, '')
}

/**
 * Build a kubeadm cluster in a world. Nodes register at once; advance the clock (30m is plenty)
 * for every pod to be Running.
 * @example bootstrapKubeadmCluster(world, { name: 'kubernetes', version: 'v1.33.0', nodes: [{ host: 'controlplane', ip: '192.168.100.2', role: 'control-plane' }] })
 */
export function bootstrapKubeadmCluster(world: World, spec: KubeadmClusterSpec): Cluster {
  const podSubnet = spec.podSubnet ?? spec.config?.podSubnet ?? DEFAULT_POD_SUBNET
  const cp = spec.nodes.find((n) => n.role === 'control-plane')
  const endpoint = `${cp?.ip ?? spec.nodes[0]?.ip ?? '127.0.0.1'}:6443`
  for (const n of spec.nodes) {
    const files: Record<string, string> = {
      '/var/lib/kubelet/config.yaml': kubeletConfig(),
      ...(n.role === 'control-plane'
        ? controlPlaneFiles(spec.name, n.host, n.ip)
        : workerFiles(spec.name, n.host, `https://${endpoint}`)),
    }
    if (n.role === 'control-plane') {
      const manifests = controlPlaneManifests({
        nodeName: n.host,
        ip: n.ip,
        version: spec.version,
        podSubnet,
        clusterName: spec.name,
      })
      for (const [f, text] of Object.entries(manifests))
        files[`/etc/kubernetes/manifests/${f}`] = text
    }
    const v = bare(spec.version)
    const host = world.addHost({
      name: n.host,
      ip: n.ip,
      cluster: spec.name,
      role: n.role,
      files,
      packages: {
        kubeadm: v,
        kubelet: bare(n.kubeletVersion ?? spec.version),
        kubectl: v,
        containerd: '1.7.24',
      },
      services: {
        kubelet: { active: true, enabled: true },
        containerd: { active: true, enabled: true },
      },
    })
    host.fs.mkdirp('/etc/kubernetes/manifests')
    if (n.role === 'control-plane') host.fs.mkdirp('/var/lib/etcd/member')
  }
  const cluster = world.addCluster({
    name: spec.name,
    version: spec.version,
    config: { ...spec.config, podSubnet },
  })
  const { client } = cluster
  for (const ns of namespaces()) client.create(ns)
  client.create(kubernetesService())
  // the kubelets register their nodes and mirror pods
  world.settle()
  if (spec.controlPlaneTaint ?? true) {
    for (const n of spec.nodes.filter((x) => x.role === 'control-plane')) {
      client.patch<Node>('Node', undefined, n.host, (node) => {
        node.spec ??= {}
        node.spec.taints = [
          ...(node.spec.taints ?? []),
          { key: CONTROL_PLANE_TAINT, effect: 'NoSchedule' },
        ]
      })
    }
  }
  client.create(kubeadmConfig(spec.name, spec.version, endpoint, podSubnet))
  client.create(kubeDnsService())
  client.create(coredns(spec.version))
  client.create(kubeProxy(spec.version))
  client.create(flannel())
  return cluster
}
