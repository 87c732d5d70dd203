// The read builtin where the sim differs from `bash -c` or needs a world: the terminal as stdin
// (no keyboard: end of input, a prompt shown), -a refused, `type`/`which`, loops over kubectl
// output. Everything else is compared with bash 5.2 in testdata/bash-read.json.
import { describe, expect, it } from 'vitest'
import { kubeadmLab } from '../kubectl/testing/harness'
import { shellHarness } from '../../testing/shellHarness'

const ok = (out: string) => ({ out, err: '', code: 0 })

describe('read from the terminal (nothing piped or redirected in)', () => {
  it('returns 1 at once as at end of input and empties its variables', async () => {
    const { run } = shellHarness()
    expect(await run('x=old; read x; echo "$? [$x]"')).toEqual(ok('1 []\n'))
    expect(await run('read; echo "$? [$REPLY]"')).toEqual(ok('1 []\n'))
  })

  it('shows the -p prompt on stderr (the terminal), then finds no input', async () => {
    const { run } = shellHarness()
    expect(await run('read -p "Node? " n; echo " $?"')).toEqual({
      out: ' 1\n',
      err: 'Node? ',
      code: 0,
    })
    // not the terminal: no prompt, as bash
    expect(await run('echo node01 | { read -p "Node? " n; echo "$n"; }')).toEqual(ok('node01\n'))
  })

  it('says no input is waiting for -t 0 on the terminal, and some is on a pipe', async () => {
    const { run } = shellHarness()
    expect(await run('read -t 0; echo $?; echo x | read -t 0; echo $?')).toEqual(ok('1\n0\n'))
  })
})

describe('read options the sim refuses or ignores', () => {
  it('refuses -a plainly (no arrays) with status 2', async () => {
    const { run } = shellHarness()
    expect(await run('read -a parts <<< "a b"')).toEqual({
      out: '',
      err: 'cordon: bash: read: -a (arrays) is not simulated\n',
      code: 2,
    })
    expect(await run('read -ra parts <<< "a b"; echo $?')).toEqual({
      out: '2\n',
      err: 'cordon: bash: read: -a (arrays) is not simulated\n',
      code: 0,
    })
  })

  it('accepts -t with a timeout and -s, and reads at once', async () => {
    const { run } = shellHarness()
    expect(await run('read -s -t 2.5 x <<< "pw"; echo "$? $x"')).toEqual(ok('0 pw\n'))
  })
})

describe('read is a shell builtin', () => {
  it('is named as one by type, and which finds no binary for it', async () => {
    const { run } = shellHarness()
    expect(await run('type read; which read; echo $?')).toEqual(ok('read is a shell builtin\n1\n'))
  })

  it('sets variables of the shell itself, not of a subshell, outside a pipeline', async () => {
    const { run, session } = shellHarness()
    expect(await run('read a b <<< "x y z"')).toEqual(ok(''))
    expect(await run('echo "$a|$b"')).toEqual(ok('x|y z\n'))
    expect(session.env.has('a')).toBe(false)
  })
})

describe('stdin shared by the commands of a loop', () => {
  it('gives the next line to a read in the loop body and the rest to cat', async () => {
    const { run } = shellHarness({ '/root/list': 'a\nb\nc\nd\ne\n' })
    expect(
      await run('while read x; do read y; echo "$x+$y"; [ "$x" = c ] && cat; done < list'),
    ).toEqual(ok('a+b\nc+d\ne\n'))
  })

  it('leaves the input to the next read when a program in the body does not read its stdin', async () => {
    const { run } = shellHarness({
      '/root/list': 'one\ntwo\n',
      '/root/one': '1\n',
      '/root/two': '2\n',
    })
    expect(await run('while read f; do head -n 1 "$f"; grep -c . "$f"; done < list')).toEqual(
      ok('1\n1\n2\n1\n'),
    )
  })
})

describe('while-read loops over kubectl output', () => {
  // the node's name cut from `node/<name>` by cut, or by ${n#node/} (parse/paramOps.ts)
  it.each(['$(echo $n | cut -d/ -f2)', '${n#node/}'])(
    'cordons every node listed by kubectl get nodes -o name (%s)',
    async (nodeName) => {
      const lab = kubeadmLab()
      const r = await lab.run(
        `kubectl get nodes -o name | while read n; do kubectl cordon ${nodeName}; done`,
      )
      expect(r).toMatchObject({
        out: 'node/controlplane cordoned\nnode/node01 cordoned\n',
        err: '',
        code: 0,
      })
      for (const name of ['controlplane', 'node01']) {
        const node = lab.cluster.client.get<{ spec?: { unschedulable?: boolean } }>(
          'Node',
          undefined,
          name,
        )
        expect(node.spec?.unschedulable).toBe(true)
      }
    },
  )

  it('reads the columns of a table into names, the last one taking the rest', async () => {
    const lab = kubeadmLab()
    const r = await lab.run(
      'kubectl get nodes --no-headers | while read -r name status roles rest; do echo "$name $status $roles"; done',
    )
    expect(r).toMatchObject({
      out: 'controlplane Ready control-plane\nnode01 Ready <none>\n',
      err: '',
      code: 0,
    })
  })
})
