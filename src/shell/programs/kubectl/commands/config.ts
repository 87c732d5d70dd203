// kubectl config current-context | get-contexts | use-context | view over the simulated
// kubeconfig: one kubeadm-style admin context per cluster in the world.
// Upstream: kubectl pkg/cmd/config/{current_context,get_contexts,use_context,view}.go.
import type { Cluster, World } from '../../../../sim'
import { defineKubectlCommand, fail, type Invocation } from '../command'
import { loadHelpTexts } from '../help'
import { flagBool, flagString } from '../flags'
import { KUBECTL_TABLE, tabwrite } from '../printers/tabwriter'
import { marshalYAML } from '../printers/yaml'

const ADMIN_USER = 'kubernetes-admin'

/** kubeadm's admin.conf context name: `kubernetes-admin@<cluster>`. */
export function contextName(cluster: Cluster): string {
  return `${ADMIN_USER}@${cluster.name}`
}

/** The cluster a context (or a bare cluster name) designates. */
export function resolveContext(world: World, name: string): Cluster | undefined {
  for (const c of world.clusters.values()) if (contextName(c) === name || c.name === name) return c
  return undefined
}

function currentCluster(inv: Invocation): Cluster | undefined {
  const name = inv.ctx.session.cluster ?? inv.ctx.host.cluster
  return name ? inv.ctx.world.cluster(name) : undefined
}

function apiServer(inv: Invocation, c: Cluster): string {
  for (const h of inv.ctx.world.hosts.all()) {
    if (h.cluster === c.name && h.role === 'control-plane') return `https://${h.ip}:6443`
  }
  return 'https://127.0.0.1:6443'
}

const currentContext = defineKubectlCommand({
  name: 'current-context',
  flags: [],
  offline: true,
  run: async (inv) => {
    const c = currentCluster(inv)
    if (!c) return fail(inv, 'current-context is not set')
    inv.out(contextName(c) + '\n')
    return 0
  },
})

const getContexts = defineKubectlCommand({
  name: 'get-contexts',
  flags: [
    { name: 'no-headers', type: 'bool' },
    { name: 'output', short: 'o', type: 'string' },
  ],
  offline: true,
  run: async (inv) => {
    const output = flagString(inv.flags, 'output')
    if (output !== '' && output !== 'name')
      return fail(
        inv,
        `--output ${output} is not available in kubectl config get-contexts; resetting to default output format`,
      )
    const clusters = [...inv.ctx.world.clusters.values()]
    const missing = inv.args.find((a) => !clusters.some((c) => contextName(c) === a))
    const shown = clusters
      .filter((c) => !inv.args.length || inv.args.includes(contextName(c)))
      .sort((a, b) => (contextName(a) < contextName(b) ? -1 : 1))
    if (output === 'name') {
      inv.out(shown.map((c) => contextName(c) + '\n').join(''))
      return 0
    }
    const cur = currentCluster(inv)
    const lines = flagBool(inv.flags, 'no-headers')
      ? []
      : ['CURRENT\tNAME\tCLUSTER\tAUTHINFO\tNAMESPACE']
    for (const c of shown)
      lines.push(`${c === cur ? '*' : ''}\t${contextName(c)}\t${c.name}\t${ADMIN_USER}\t`)
    inv.out(tabwrite(lines.map((l) => l + '\n').join(''), KUBECTL_TABLE))
    return missing === undefined ? 0 : fail(inv, `context ${missing} not found`)
  },
})

const useContext = defineKubectlCommand({
  name: 'use-context',
  aliases: ['use'],
  flags: [],
  offline: true,
  run: async (inv) => {
    if (inv.args.length !== 1) {
      inv.out((await loadHelpTexts())['config use-context'] ?? '')
      return fail(inv, `Unexpected args: [${inv.args.join(' ')}]`)
    }
    const c = resolveContext(inv.ctx.world, inv.args[0])
    if (!c || (contextName(c) !== inv.args[0] && c.name !== inv.args[0]))
      return fail(inv, `no context exists with the name: "${inv.args[0]}"`)
    inv.ctx.session.cluster = c.name
    inv.out(`Switched to context "${inv.args[0]}".\n`)
    return 0
  },
})

const view = defineKubectlCommand({
  name: 'view',
  flags: [
    { name: 'output', short: 'o', type: 'string', default: 'yaml' },
    { name: 'minify', type: 'bool' },
    { name: 'raw', type: 'bool' },
    { name: 'flatten', type: 'bool' },
  ],
  offline: true,
  run: async (inv) => {
    const output = flagString(inv.flags, 'output')
    const cur = currentCluster(inv)
    let clusters = [...inv.ctx.world.clusters.values()].sort((a, b) => (a.name < b.name ? -1 : 1))
    if (flagBool(inv.flags, 'minify')) {
      if (!cur) return fail(inv, 'current-context must exist in order to minify')
      clusters = [cur]
    }
    // divergence: certificate data is always shown as DATA+OMITTED, even with --raw (there is none).
    const data = 'DATA+OMITTED'
    const cl = clusters.map((c) => ({ name: c.name, server: apiServer(inv, c) }))
    const current = cur ? contextName(cur) : ''
    if (output === 'json') {
      // clientcmd/api/v1 Config struct order, as json.MarshalIndent prints it
      const doc = {
        kind: 'Config',
        apiVersion: 'v1',
        preferences: {},
        clusters: cl.map((c) => ({
          name: c.name,
          cluster: { server: c.server, 'certificate-authority-data': data },
        })),
        users: cl.length
          ? [
              {
                name: ADMIN_USER,
                user: { 'client-certificate-data': data, 'client-key-data': data },
              },
            ]
          : [],
        contexts: cl.map((c) => ({
          name: `${ADMIN_USER}@${c.name}`,
          context: { cluster: c.name, user: ADMIN_USER },
        })),
        'current-context': current,
      }
      inv.out(JSON.stringify(doc, null, 4) + '\n')
    } else if (output === 'yaml') {
      const doc = {
        apiVersion: 'v1',
        clusters: cl.length
          ? cl.map((c) => ({
              cluster: { 'certificate-authority-data': data, server: c.server },
              name: c.name,
            }))
          : null,
        contexts: cl.length
          ? cl.map((c) => ({
              context: { cluster: c.name, user: ADMIN_USER },
              name: `${ADMIN_USER}@${c.name}`,
            }))
          : null,
        'current-context': current,
        kind: 'Config',
        preferences: {},
        users: cl.length
          ? [
              {
                name: ADMIN_USER,
                user: { 'client-certificate-data': data, 'client-key-data': data },
              },
            ]
          : null,
      }
      inv.out(marshalYAML(doc))
    } else return fail(inv, `-o ${output} is not simulated for kubectl config view`)
    return 0
  },
})

export const configCommand = defineKubectlCommand({
  name: 'config',
  short: 'Modify kubeconfig files',
  flags: [],
  subcommands: [currentContext, getContexts, useContext, view],
  offline: true,
})
