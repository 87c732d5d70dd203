// kubectl version: client (the host's kubectl package), Kustomize and server (the kube-apiserver
// static pod's image tag) versions, -o json|yaml, --client and the skew warning.
// Upstream: kubectl pkg/cmd/version/version.go, skew_warning.go.
import type { Cluster, Pod } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { flagBool, flagString } from '../flags'
import { marshalYAML } from '../printers/yaml'

/** sigs.k8s.io/kustomize version vendored by each kubectl minor (kubectl go.mod). */
const KUSTOMIZE_BY_MINOR: Record<number, string> = {
  28: 'v5.0.4-0.20230601165947-6ce0bf390ce3',
  29: 'v5.0.4-0.20230601165947-6ce0bf390ce3',
  30: 'v5.0.4-0.20230601165947-6ce0bf390ce3',
  31: 'v5.4.2',
  32: 'v5.5.0',
  33: 'v5.6.0',
  34: 'v5.7.1',
}

/** Go release each Kubernetes minor is built with (its .go-version). */
const GO_BY_MINOR: Record<number, string> = {
  28: 'go1.20.4',
  29: 'go1.21.5',
  30: 'go1.22.2',
  31: 'go1.22.5',
  32: 'go1.23.3',
  33: 'go1.24.2',
  34: 'go1.24.6',
}

const SUPPORTED_MINOR_SKEW = 1

/** `v1.33.0` from a Debian package version like `1.33.0-1.1`, or undefined. */
export function versionFromPackage(pkg: string | undefined): string | undefined {
  const m = pkg && /^v?(\d+\.\d+\.\d+)/.exec(pkg)
  return m ? `v${m[1]}` : undefined
}

/** The version the kube-apiserver reports: its static pod's image tag, else the cluster's. */
export function serverVersion(cluster: Cluster): string {
  const pods = cluster.client.list<Pod>('Pod', { namespace: 'kube-system' })
  const api = pods.find((p) => p.metadata?.labels?.component === 'kube-apiserver')
  const image = api?.spec?.containers?.[0]?.image ?? ''
  const tag = /:(v\d+\.\d+\.\d+)$/.exec(image)
  return tag ? tag[1] : cluster.version
}

const minorOf = (v: string) => Number(/^v?\d+\.(\d+)/.exec(v)?.[1] ?? 0)

// divergence: gitCommit and buildDate are not those of the real release builds.
function info(gitVersion: string) {
  const minor = minorOf(gitVersion)
  return {
    major: '1',
    minor: String(minor),
    gitVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '1970-01-01T00:00:00Z',
    goVersion: GO_BY_MINOR[minor] ?? 'go1.24.2',
    compiler: 'gc',
    platform: 'linux/amd64',
  }
}

async function runVersion(inv: Invocation): Promise<number> {
  const output = flagString(inv.flags, 'output')
  if (output !== '' && output !== 'json' && output !== 'yaml')
    return fail(inv, "--output must be 'yaml' or 'json'")
  if (inv.args.length) return fail(inv, `extra arguments: [${inv.args.join(' ')}]`)
  const cluster = inv.cluster as Cluster | undefined
  const server = cluster ? serverVersion(cluster) : undefined
  const client = versionFromPackage(inv.ctx.host.packages.get('kubectl')) ?? server ?? 'v1.33.0'
  const kustomize = KUSTOMIZE_BY_MINOR[minorOf(client)] ?? 'v5.6.0'
  const clientOnly = flagBool(inv.flags, 'client')
  const showServer = !clientOnly && server !== undefined
  const doc: Record<string, unknown> = { clientVersion: info(client), kustomizeVersion: kustomize }
  if (showServer) doc.serverVersion = info(server)
  if (output === 'json') inv.out(JSON.stringify(doc, null, 2) + '\n')
  else if (output === 'yaml') inv.out(marshalYAML(doc) + '\n')
  else {
    inv.out(`Client Version: ${client}\nKustomize Version: ${kustomize}\n`)
    if (showServer) inv.out(`Server Version: ${server}\n`)
  }
  if (clientOnly) return 0
  if (!cluster) {
    inv.err(
      'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n',
    )
    return 1
  }
  const cm = minorOf(client)
  const sm = minorOf(server!)
  if (Math.abs(cm - sm) > SUPPORTED_MINOR_SKEW)
    inv.err(
      `WARNING: version difference between client (1.${cm}) and server (1.${sm}) exceeds the supported minor version skew of +/-${SUPPORTED_MINOR_SKEW}\n`,
    )
  return 0
}

export const versionCommand = defineKubectlCommand({
  name: 'version',
  short: 'Print the client and server version information',
  flags: [
    { name: 'client', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  offline: true,
  run: runVersion,
})
