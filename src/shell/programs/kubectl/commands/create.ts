// kubectl create deployment NAME --image=… [--replicas] [--port], kubectl create namespace NAME.
// Mirrors k8s.io/kubectl pkg/cmd/create (create_deployment.go, create_namespace.go).
import { isApiError, type KObject } from '../../../../sim'
import { defineKubectlCommand, fail, usageError, type Invocation } from '../command'
import { flagInt, flagList, flagString } from '../flags'
import { requiredFlagMissing } from '../util/klog'
import { DRY_RUN_FLAG, DryRunError, dryRunStrategy, type DryRunStrategy } from '../util/dryRun'
import { printCreated } from './createOutput'
import { ManifestError, readManifests } from './applyManifest'

const OUTPUT_FLAGS = [
  DRY_RUN_FLAG,
  { name: 'output', short: 'o', type: 'string' as const },
  { name: 'save-config', type: 'bool' as const },
  { name: 'validate', type: 'string' as const, default: 'strict', noOptDefault: 'strict' },
  { name: 'field-manager', type: 'string' as const, default: 'kubectl-create' },
]

function strategy(inv: Invocation): DryRunStrategy | number {
  try {
    return dryRunStrategy(inv.ctx, inv.flags)
  } catch (e) {
    if (e instanceof DryRunError) return fail(inv, e.message)
    throw e
  }
}

/** Create (unless a client dry run) and print. */
function createAndPrint(inv: Invocation, obj: KObject): number {
  const dryRun = strategy(inv)
  if (typeof dryRun === 'number') return dryRun
  if (dryRun !== 'client') inv.client.create(obj, { dryRun: dryRun === 'server' })
  return printCreated(inv, obj, flagString(inv.flags, 'output'), dryRun)
}

/** The container name kubectl derives from an image: last path part, without tag or digest. */
function containerName(image: string): string {
  const base = image.split('/').at(-1)!.split('@')[0].split(':')[0]
  return base.replace(/[^a-z0-9-]/g, '-')
}

const createDeployment = defineKubectlCommand({
  name: 'deployment',
  aliases: ['deploy'],
  flags: [
    ...OUTPUT_FLAGS,
    { name: 'image', type: 'stringSlice' },
    { name: 'port', type: 'int32', default: -1 },
    { name: 'replicas', short: 'r', type: 'int32', default: 1 },
  ],
  run: async (inv) => {
    if (!inv.flags.changed.has('image')) return requiredFlagMissing(inv.ctx, 'image')
    // NameFromCommandArgs counts the arguments before a `--` (cmd.ArgsLenAtDash)
    const named = inv.flags.dashAt < 0 ? inv.args.length : inv.flags.dashAt
    if (named !== 1) return usageError(inv, `exactly one NAME is required, got ${named}`)
    const name = inv.args[0]
    const port = flagInt(inv.flags, 'port')
    const labels = { app: name }
    const obj = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        creationTimestamp: null,
        labels,
        name,
        ...(inv.namespaceExplicit ? { namespace: inv.namespace } : {}),
      },
      spec: {
        replicas: flagInt(inv.flags, 'replicas'),
        selector: { matchLabels: { ...labels } },
        strategy: {},
        template: {
          metadata: { creationTimestamp: null, labels: { ...labels } },
          spec: {
            containers: flagList(inv.flags, 'image').map((image) => ({
              image,
              name: containerName(image),
              ...(port >= 0 ? { ports: [{ containerPort: port }] } : {}),
              resources: {},
            })),
          },
        },
      },
      status: {},
    } as unknown as KObject
    return createAndPrint(inv, obj)
  },
})

const createNamespace = defineKubectlCommand({
  name: 'namespace',
  aliases: ['ns'],
  flags: OUTPUT_FLAGS,
  run: async (inv) => {
    const named = inv.flags.dashAt < 0 ? inv.args.length : inv.flags.dashAt
    if (named !== 1) return usageError(inv, `exactly one NAME is required, got ${named}`)
    const obj = {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { creationTimestamp: null, name: inv.args[0] },
      spec: {},
      status: {},
    } as unknown as KObject
    return createAndPrint(inv, obj)
  },
})

export const createCommand = defineKubectlCommand({
  name: 'create',
  short: 'Create a resource from a file or from stdin',
  flags: [...OUTPUT_FLAGS, { name: 'filename', short: 'f', type: 'stringSlice' }],
  subcommands: [createDeployment, createNamespace],
  run: async (inv) => {
    if (inv.args.length) return usageError(inv, `Unexpected args: [${inv.args.join(' ')}]`)
    if (!flagList(inv.flags, 'filename').length) return fail(inv, 'must specify one of -f and -k')
    let objs
    try {
      objs = readManifests(inv, flagList(inv.flags, 'filename'))
    } catch (e) {
      if (e instanceof ManifestError) return fail(inv, e.message)
      throw e
    }
    let code = 0
    for (const o of objs) {
      const source = o.__source
      delete o.__source
      try {
        const r = createAndPrint(inv, o)
        if (r) return r
      } catch (e) {
        if (!isApiError(e)) throw e
        inv.err(`Error from server (${e.reason}): error when creating "${source}": ${e.message}\n`)
        code = 1
      }
    }
    return code
  },
})
