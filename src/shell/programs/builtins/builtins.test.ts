import { describe, expect, it } from 'vitest'
import { shellHarness } from '../../testing/shellHarness'
import { promptFor } from '../../session'

const ok = (out: string) => ({ out, err: '', code: 0 })

describe('builtins (texts recorded from bash 5.2 and GNU coreutils, C locale)', () => {
  it('cd moves, cd - goes back and prints, errors name the directory', async () => {
    const { run, session } = shellHarness({
      '/etc/kubernetes/manifests/etcd.yaml': '',
      '/root/file': '',
    })
    expect(promptFor(session)).toBe('controlplane ~ ➜  ')
    expect(await run('cd /etc/kubernetes && pwd')).toEqual(ok('/etc/kubernetes\n'))
    expect(promptFor(session)).toBe('controlplane /etc/kubernetes ➜  ')
    expect(await run('cd manifests; cd -')).toEqual(ok('/etc/kubernetes\n'))
    expect(await run('cd; pwd')).toEqual(ok('/root\n'))
    expect(await run('cd nodir')).toEqual({
      out: '',
      err: 'bash: cd: nodir: No such file or directory\n',
      code: 1,
    })
    expect(await run('cd file')).toEqual({
      out: '',
      err: 'bash: cd: file: Not a directory\n',
      code: 1,
    })
    expect(await run('cd a b')).toEqual({ out: '', err: 'bash: cd: too many arguments\n', code: 1 })
    await run('mkdir -p ~/x/y; cd ~/x/y')
    expect(promptFor(session)).toBe('controlplane ~/x/y ➜  ')
  })

  it('echo handles -n, -e and prints unknown options', async () => {
    const { run } = shellHarness()
    expect(await run("echo -n a; echo -e 'b\\tc'; echo -x -n a; echo 'd\\n'")).toEqual(
      ok('ab\tc\n-x -n a\nd\\n\n'),
    )
  })

  it('export, unset, env and printenv', async () => {
    const { run } = shellHarness()
    expect(await run('export A=1 B="x y"; printenv A B; export -p | grep " [AB]="')).toEqual(
      ok('1\nx y\ndeclare -x A="1"\ndeclare -x B="x y"\n'),
    )
    expect(await run('unset A; printenv A')).toEqual({ out: '', err: '', code: 1 })
    expect(await run('env | grep ^HOME=')).toEqual(ok('HOME=/root\n'))
    expect(await run('export -z')).toEqual({
      out: '',
      err: 'bash: export: -z: invalid option\nexport: usage: export [-fn] [name[=value] ...] or export -p\n',
      code: 2,
    })
    expect(await run('export 1x=2')).toEqual({
      out: '',
      err: "bash: export: `1x=2': not a valid identifier\n",
      code: 1,
    })
  })

  it('history numbers entries like bash', async () => {
    const { run } = shellHarness()
    await run('echo a')
    expect(await run('history')).toEqual(ok('    1  echo a\n    2  history\n'))
    expect(await run('history 1')).toEqual(ok('    3  history 1\n'))
  })

  it('clear, hostname, whoami, true, false', async () => {
    const { run } = shellHarness()
    expect(await run('clear')).toEqual(ok('\x1b[H\x1b[2J\x1b[3J'))
    expect(await run('hostname; hostname -i; whoami')).toEqual(
      ok('controlplane\n192.168.100.2\nroot\n'),
    )
    expect(await run('true; echo $?; false; echo $?')).toEqual(ok('0\n1\n'))
    expect(await run('whoami x')).toEqual({
      out: '',
      err: "whoami: extra operand 'x'\nTry 'whoami --help' for more information.\n",
      code: 1,
    })
  })

  it('type and which know builtins and programs', async () => {
    const { run } = shellHarness()
    expect(await run('type cd kubectl ls')).toEqual(
      ok('cd is a shell builtin\nkubectl is /usr/bin/kubectl\nls is /usr/bin/ls\n'),
    )
    expect(await run('type foo')).toEqual({ out: '', err: 'bash: type: foo: not found\n', code: 1 })
    expect(await run('which ls cd')).toEqual({ out: '/usr/bin/ls\n', err: '', code: 1 })
  })

  it('exit prints logout and keeps the lab terminal, with the status asked for', async () => {
    const { run } = shellHarness()
    expect(await run('exit 3')).toEqual({ out: '', err: 'logout\n', code: 3 })
  })

  it('sleep validates intervals like GNU sleep', async () => {
    const { run } = shellHarness()
    expect(await run('sleep')).toEqual({
      out: '',
      err: "sleep: missing operand\nTry 'sleep --help' for more information.\n",
      code: 1,
    })
    expect(await run('sleep x')).toEqual({
      out: '',
      err: "sleep: invalid time interval 'x'\nTry 'sleep --help' for more information.\n",
      code: 1,
    })
  })

  it('date prints the virtual clock in UTC', async () => {
    const { run, world } = shellHarness()
    world.clock.advance('1h46m42s')
    expect(await run('date; date -u; date +%s')).toEqual(
      ok('Wed Nov 25 11:46:42 UTC 2026\nWed Nov 25 11:46:42 UTC 2026\n1795607202\n'),
    )
    expect(await run("date '+%Y-%m-%d %H:%M:%S %j %A %B %e'")).toEqual(
      ok('2026-11-25 11:46:42 329 Wednesday November 25\n'),
    )
    expect(await run('date -d @1795517202')).toEqual(ok('Tue Nov 24 10:46:42 UTC 2026\n'))
    expect(await run('date +%Q')).toEqual(ok('%Q\n'))
  })
})
