// The kubectl dispatcher: cobra's command lookup, kubectl's plugin check, help, parent commands and
// a host with no API server. Expected texts and exit codes were recorded from the real kubectl
// v1.32.4 with `KUBECONFIG=/nonexistent` (HELP_TEXTS were compared byte for byte with its output).
import { beforeAll, describe, expect, it } from 'vitest'
import { runLine } from '../../exec'
import { createSession } from '../../session'
import { HELP_TEXTS } from './help/texts'
import { kubeadmLab, type Lab, type Result } from './testing/harness'

let lab: Lab
beforeAll(() => {
  lab = kubeadmLab()
  lab.world.addHost({ name: 'jumpbox', ip: '192.168.100.9', packages: { kubectl: '1.32.4-1.1' } })
})

const run = (line: string): Promise<Result> => lab.run(line)

async function onJumpbox(line: string): Promise<Result> {
  const session = createSession(lab.world, { host: 'jumpbox' })
  const r: Result = { out: '', err: '', all: '', code: 0 }
  r.code = await runLine(lab.world, session, line, {
    drive: 'auto',
    stdout: (s) => ((r.out += s), (r.all += s)),
    stderr: (s) => ((r.err += s), (r.all += s)),
  })
  return r
}

const ROOT_USAGE = HELP_TEXTS[''].slice(HELP_TEXTS[''].indexOf('\n\nBasic Commands'))

function unknown(name: string, ...suggestions: string[]): string {
  const head = `Error: unknown command "${name}" for "kubectl"\n`
  if (!suggestions.length) return head
  return `${head}\nDid you mean this?\n${suggestions.map((s) => `\t${s}\n`).join('')}\n`
}

describe('help', () => {
  it.each([
    'kubectl',
    'kubectl --help',
    'kubectl -h',
    'kubectl help',
    'kubectl -n foo',
    'kubectl -- foo',
  ])('%s prints the root help on stdout and exits 0', async (line) => {
    expect(await run(line)).toEqual({ out: HELP_TEXTS[''], err: '', all: HELP_TEXTS[''], code: 0 })
  })

  it.each([
    ['kubectl drain --help', 'drain'],
    ['kubectl drain -h', 'drain'],
    ['kubectl drain node01 --force -h', 'drain'],
    ['kubectl help drain', 'drain'],
    ['kubectl help -n x drain', 'drain'],
    ['kubectl rollout status -h', 'rollout status'],
    ['kubectl help rollout status', 'rollout status'],
    ['kubectl create deploy -h', 'create deployment'],
    ['kubectl help create deploy', 'create deployment'],
    ['kubectl config -h', 'config'],
  ])('%s prints the help of %s', async (line, path) => {
    expect(await run(line)).toEqual({
      out: HELP_TEXTS[path],
      err: '',
      all: HELP_TEXTS[path],
      code: 0,
    })
  })

  it('answers an unknown help topic with the root usage on stderr and exit 0', async () => {
    const r = await run('kubectl help bogus x')
    expect(r).toEqual({
      out: '',
      err: `Unknown help topic [\`bogus\` \`x\`]\n${ROOT_USAGE}`,
      all: r.err,
      code: 0,
    })
  })

  it('reports a bad flag before a help request', async () => {
    expect((await run('kubectl cordon --help --bogus')).all).toBe(
      "Error: unknown flag: --bogus\nSee 'kubectl cordon --help' for usage.\n",
    )
    expect((await run('kubectl help drain --bogus')).all).toBe(
      "Error: unknown flag: --bogus\nSee 'kubectl help --help' for usage.\n",
    )
  })
})

describe('unknown commands', () => {
  it.each([
    ['drian node01', unknown('drian', 'drain')],
    ['cordn x', unknown('cordn', 'cordon')],
    ['lable', unknown('lable', 'label')],
    ['sacle', unknown('sacle', 'scale')],
    ['rollou', unknown('rollou', 'rollout')],
    ['versio', unknown('versio', 'version')],
    ['optins', unknown('optins', 'options')],
    ['get2', unknown('get2', 'set', 'get')],
    ['Get', unknown('Get', 'set', 'get')],
    ['GET pods', unknown('GET', 'set', 'get')],
    ['gte', unknown('gte', 'get')],
    ['dr', unknown('dr', 'drain', 'cp')],
    ['d', unknown('d', 'delete', 'drain', 'describe', 'cp', 'debug', 'diff')],
    ['de', unknown('de', 'set', 'get', 'delete', 'describe', 'cp', 'debug')],
    ['con', unknown('con', 'run', 'top', 'cp', 'config')],
    [
      'c',
      unknown('c', 'create', 'certificate', 'cluster-info', 'cordon', 'cp', 'completion', 'config'),
    ],
    [
      'a',
      unknown(
        'a',
        'autoscale',
        'attach',
        'cp',
        'auth',
        'apply',
        'annotate',
        'api-versions',
        'api-resources',
      ),
    ],
    ['e', unknown('e', 'expose', 'set', 'explain', 'get', 'edit', 'exec', 'cp', 'events')],
    ['ap', unknown('ap', 'top', 'cp', 'apply', 'api-versions', 'api-resources')],
    ['hlp', unknown('hlp', 'top', 'cp')],
    ['h', unknown('h', 'cp')],
    ['alph', unknown('alph', 'auth')],
    ['xyz', unknown('xyz')],
    ['delete-all', unknown('delete-all')],
    ['foo -n x', unknown('foo', 'top')],
    ['foo --bogus', unknown('foo', 'top')],
  ])('kubectl %s', async (args, err) => {
    expect(await run(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
  })

  it('never suggests the help command, nor anything for an exact name', async () => {
    expect((await run('kubectl hel')).err).toBe(unknown('hel', 'set', 'get'))
    expect(await run('kubectl drain')).toMatchObject({
      err: "error: USAGE: drain NODE [flags]\nSee 'kubectl drain -h' for help and examples\n",
      code: 1,
    })
  })

  it.each([
    ['-n x foo', '-n'],
    ['--namespace x foo', '--namespace'],
    ['-n=x foo', '-n=x'],
    ['-nx foo', '-nx'],
    ['--bogus=1 foo', '--bogus=1'],
    ['--insecure-skip-tls-verify foo', '--insecure-skip-tls-verify'],
    ['--bogus get pods', '--bogus'],
    ['-A get pods', '-A'],
    ['-v 3 get2', '-v'],
    ['--bogus foo bar', '--bogus'],
  ])('kubectl %s: flags cannot be placed before plugin name: %s', async (args, flag) => {
    const err = `Error: flags cannot be placed before plugin name: ${flag}\n`
    expect(await run(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
  })

  it.each(['--bogus', '--bogus foo'])(
    'kubectl %s: the root command rejects the flag',
    async (args) => {
      const err = "Error: unknown flag: --bogus\nSee 'kubectl --help' for usage.\n"
      expect(await run(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
    },
  )

  it.each([
    ['-n', "Error: flag needs an argument: 'n' in -n\nSee 'kubectl --help' for usage.\n"],
    [
      '--namespace',
      "Error: flag needs an argument: --namespace\nSee 'kubectl --help' for usage.\n",
    ],
  ])('kubectl %s alone needs its value', async (args, err) => {
    expect(await run(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
  })

  it('finds the command after global flags and their values', async () => {
    const out = 'deployment.apps/coredns\n'
    for (const line of [
      'kubectl -n kube-system get deploy -o name',
      'kubectl --namespace kube-system get deploy -o name',
      'kubectl --namespace=kube-system get deploy -o name',
      'kubectl -nkube-system --insecure-skip-tls-verify get deploy -o name',
    ])
      expect({ line, ...(await run(line)) }).toEqual({ line, out, err: '', all: out, code: 0 })
  })
})

describe('parent commands', () => {
  it('kubectl rollout prints its help on stdout and exits 1', async () => {
    expect(await run('kubectl rollout')).toEqual({
      out: HELP_TEXTS.rollout,
      err: '',
      all: HELP_TEXTS.rollout,
      code: 1,
    })
  })

  it('kubectl config prints its help on stderr and exits 1', async () => {
    expect(await run('kubectl config')).toEqual({
      out: '',
      err: HELP_TEXTS.config,
      all: HELP_TEXTS.config,
      code: 1,
    })
  })

  it.each([
    ['create', 'error: must specify one of -f and -k\n'],
    [
      'rollout bogus x',
      'error: unknown command "bogus x"\nSee \'kubectl rollout -h\' for help and examples\n',
    ],
    [
      'config bogus x',
      'error: unknown command "bogus x"\nSee \'kubectl config -h\' for help and examples\n',
    ],
    ['config --bogus', "Error: unknown flag: --bogus\nSee 'kubectl config --help' for usage.\n"],
    [
      'create bogus',
      "error: Unexpected args: [bogus]\nSee 'kubectl create -h' for help and examples\n",
    ],
    ['rollout status', 'error: required resource not specified\n'],
    ['rollout restart', 'error: required resource not specified\n'],
    [
      'create deploy --image=x -- a',
      "error: exactly one NAME is required, got 0\nSee 'kubectl create deployment -h' for help and examples\n",
    ],
  ])('kubectl %s', async (args, err) => {
    expect(await run(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
  })
})

describe('a host with no API server', () => {
  const memcache = (n: number) =>
    Array.from(
      { length: n },
      (_, i) =>
        `E1124 09:22:44.00${i}000    6466 memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"http://localhost:8080/api?timeout=32s\\": dial tcp 127.0.0.1:8080: connect: connection refused"\n`,
    ).join('')
  const REFUSED =
    'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n'

  it.each([
    ['get nodes', 5],
    ['describe node node01', 5],
    ['delete pod x', 5],
    ['scale deploy x --replicas=1', 5],
    ['label node x a=b', 5],
    ['drain node01', 4],
    ['cordon node01', 4],
    ['uncordon node01', 4],
    ['rollout status deploy/x', 4],
    ['taint node x a=b:NoSchedule', 2],
    ['run x --image=nginx', 1],
    ['create namespace x', 0],
  ])('kubectl %s logs %i failed discoveries, then the refused connection', async (args, n) => {
    const err = memcache(n) + REFUSED
    expect(await onJumpbox(`kubectl ${args}`)).toEqual({ out: '', err, all: err, code: 1 })
  })

  it('still reports flag errors, which need no server', async () => {
    const err =
      'Error: invalid argument "abc" for "--grace-period" flag: strconv.ParseInt: parsing "abc": invalid syntax\n' +
      "See 'kubectl drain --help' for usage.\n"
    expect(await onJumpbox('kubectl drain x --grace-period=abc')).toEqual({
      out: '',
      err,
      all: err,
      code: 1,
    })
  })
})
