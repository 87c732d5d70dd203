import { describe, expect, it } from 'vitest'
import { shellHarness } from '../../testing/shellHarness'

const K = 'NAME STATUS AGE\nnode01 Ready 5d\ncontrolplane Ready,SchedulingDisabled 10d\n'
const files = {
  '/root/f': 'a b\nc d\n',
  '/root/g': 'x\ny z\n',
  '/root/k': K,
  '/root/s': 'b 2\na 10\nc 1\na 10\n',
}
const ok = (out: string) => ({ out, err: '', code: 0 })

describe('coreutils (outputs recorded from GNU coreutils 9 / mawk, C locale)', () => {
  it('cat concatenates, numbers lines and reports missing files', async () => {
    const { run } = shellHarness(files)
    expect(await run('cat f g')).toEqual(ok('a b\nc d\nx\ny z\n'))
    expect(await run('cat -n f')).toEqual(ok('     1\ta b\n     2\tc d\n'))
    expect(await run('cat nofile')).toEqual({
      out: '',
      err: 'cat: nofile: No such file or directory\n',
      code: 1,
    })
    expect(await run('cat -z')).toEqual({
      out: '',
      err: "cat: invalid option -- 'z'\nTry 'cat --help' for more information.\n",
      code: 1,
    })
    expect(await run('cat --zz')).toEqual({
      out: '',
      err: "cat: unrecognized option '--zz'\nTry 'cat --help' for more information.\n",
      code: 1,
    })
  })

  it('grep matches with -i -v -c -n -w -o -E -F and context', async () => {
    const { run } = shellHarness({ '/root/t': 'alpha\nbeta\ngamma\ndelta\nepsilon\nzeta\n' })
    expect(await run('grep -n eta t')).toEqual(ok('2:beta\n6:zeta\n'))
    expect(await run('grep -c a t')).toEqual(ok('5\n'))
    expect(await run('grep -v a t')).toEqual(ok('epsilon\n'))
    expect(await run("grep -E '^(al|ep)' t")).toEqual(ok('alpha\nepsilon\n'))
    expect(await run("grep 'a\\|z' t | head -2")).toEqual(ok('alpha\nbeta\n'))
    expect(await run('grep -o -i "ET" t')).toEqual(ok('et\net\n'))
    expect(await run('grep -A1 gamma t')).toEqual(ok('gamma\ndelta\n'))
    expect(await run('grep -B1 -n zeta t')).toEqual(ok('5-epsilon\n6:zeta\n'))
    expect(await run('grep -C0 -e alpha -e delta t')).toEqual(ok('alpha\n--\ndelta\n'))
    expect(await run('grep -w bet t')).toEqual({ out: '', err: '', code: 1 })
    expect(await run('grep x nofile')).toEqual({
      out: '',
      err: 'grep: nofile: No such file or directory\n',
      code: 2,
    })
    expect(await run('grep')).toEqual({
      out: '',
      err: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      code: 2,
    })
  })

  it('grep -r names files under a directory', async () => {
    const { run } = shellHarness({
      '/etc/k/a.yaml': 'image: etcd:3.5\n',
      '/etc/k/b.yaml': 'image: kube\n',
    })
    expect(await run('grep -r etcd /etc/k')).toEqual(ok('/etc/k/a.yaml:image: etcd:3.5\n'))
    expect(await run('grep -rl image /etc/k')).toEqual(ok('/etc/k/a.yaml\n/etc/k/b.yaml\n'))
  })

  it('wc pads like GNU wc for files and pipes', async () => {
    const { run } = shellHarness(files)
    expect(await run('wc f')).toEqual(ok('2 4 8 f\n'))
    expect(await run('wc f f')).toEqual(ok(' 2  4  8 f\n 2  4  8 f\n 4  8 16 total\n'))
    expect(await run('cat f | wc')).toEqual(ok('      2       4       8\n'))
    expect(await run('cat f | wc -l')).toEqual(ok('2\n'))
    expect(await run('cat f | wc -lw')).toEqual(ok('      2       4\n'))
    expect(await run('wc -l f g')).toEqual(ok(' 2 f\n 2 g\n 4 total\n'))
  })

  it('head and tail take -n N, -N and +N', async () => {
    const { run } = shellHarness({ '/root/n': '1\n2\n3\n4\n5\n' })
    expect(await run('head -2 n; tail -n 2 n; tail -n +4 n')).toEqual(ok('1\n2\n4\n5\n4\n5\n'))
    expect(await run('head -n x n')).toEqual({
      out: '',
      err: "head: invalid number of lines: 'x'\n",
      code: 1,
    })
    expect(await run('head nofile')).toEqual({
      out: '',
      err: "head: cannot open 'nofile' for reading: No such file or directory\n",
      code: 1,
    })
  })

  it('sort and uniq', async () => {
    const { run } = shellHarness(files)
    expect(await run('sort s')).toEqual(ok('a 10\na 10\nb 2\nc 1\n'))
    expect(await run('sort -k2 -n s')).toEqual(ok('c 1\nb 2\na 10\na 10\n'))
    expect(await run("sort -t' ' -k2,2 s")).toEqual(ok('c 1\na 10\na 10\nb 2\n'))
    expect(await run('sort -u s')).toEqual(ok('a 10\nb 2\nc 1\n'))
    expect(await run('sort -rn -k2 s')).toEqual(ok('a 10\na 10\nb 2\nc 1\n'))
    expect(await run('sort s | uniq -c')).toEqual(ok('      2 a 10\n      1 b 2\n      1 c 1\n'))
    expect(await run('sort s | uniq -d')).toEqual(ok('a 10\n'))
    expect(await run('sort nofile')).toEqual({
      out: '',
      err: 'sort: cannot read: nofile: No such file or directory\n',
      code: 2,
    })
  })

  it('awk runs real programs', async () => {
    const { run } = shellHarness(files)
    expect(await run("awk '{print $1}' k")).toEqual(ok('NAME\nnode01\ncontrolplane\n'))
    expect(await run("awk 'NR>1 {print $1, $3}' k")).toEqual(ok('node01 5d\ncontrolplane 10d\n'))
    expect(await run("awk -F, '{print $2}' <<< 'a,b,c'")).toEqual(ok('b\n'))
    expect(await run("awk '/Disabled/ {print $2}' k")).toEqual(ok('Ready,SchedulingDisabled\n'))
    expect(await run("awk '{print NF}' g")).toEqual(ok('1\n2\n'))
    expect(await run("awk 'END{print NR}' k")).toEqual(ok('3\n'))
    expect(await run("awk '{s+=$2} END {print s, s/4}' s")).toEqual(ok('23 5.75\n'))
    expect(await run("awk '{c[$1]++} END {for (k in c) print k, c[k]}' s")).toEqual(
      ok('b 1\na 2\nc 1\n'),
    )
    expect(await run('awk \'$2 > 5 {printf "%-3s|%5.1f\\n", $1, $2}\' s')).toEqual(
      ok('a  | 10.0\na  | 10.0\n'),
    )
    expect(await run("awk '{' f")).toEqual({
      out: '',
      err: 'awk: line 2: missing } near end of file\n',
      code: 2,
    })
    expect(await run("awk '{print $1}' nofile")).toEqual({
      out: '',
      err: 'awk: cannot open nofile (No such file or directory)\n',
      code: 2,
    })
  })

  it('cut, tr, column -t, base64, seq, tee', async () => {
    const { run, fs } = shellHarness(files)
    expect(await run("cut -d' ' -f1,3 k")).toEqual(ok('NAME AGE\nnode01 5d\ncontrolplane 10d\n'))
    expect(await run('cut -c1-4 k')).toEqual(ok('NAME\nnode\ncont\n'))
    expect(await run('cut f')).toEqual({
      out: '',
      err: "cut: you must specify a list of bytes, characters, or fields\nTry 'cut --help' for more information.\n",
      code: 1,
    })
    expect(await run('tr a-z A-Z < f; tr -d a <<< banana; tr -s " " <<< "a   b"')).toEqual(
      ok('A B\nC D\nbnn\na b\n'),
    )
    expect(await run('column -t k')).toEqual(
      ok(
        'NAME          STATUS                    AGE\nnode01        Ready                     5d\ncontrolplane  Ready,SchedulingDisabled  10d\n',
      ),
    )
    expect(await run('base64 <<< hello; echo aGVsbG8K | base64 -d')).toEqual(
      ok('aGVsbG8K\nhello\n'),
    )
    expect(await run("base64 -d <<< '!!!'")).toEqual({
      out: '',
      err: 'base64: invalid input\n',
      code: 1,
    })
    expect(await run('seq 3; seq 1 2 7')).toEqual(ok('1\n2\n3\n1\n3\n5\n7\n'))
    expect(await run('seq x')).toEqual({
      out: '',
      err: "seq: invalid floating point argument: 'x'\nTry 'seq --help' for more information.\n",
      code: 1,
    })
    expect(await run('echo hi | tee t1 /nodir/x')).toEqual({
      out: 'hi\n',
      err: 'tee: /nodir/x: No such file or directory\n',
      code: 1,
    })
    expect(fs.read('/root/t1')).toBe('hi\n')
  })

  it('xargs runs the command with the input words', async () => {
    const { run } = shellHarness()
    expect(await run("xargs echo <<< 'a b\nc'")).toEqual(ok('a b c\n'))
    expect(await run('echo a b | xargs -n1 echo')).toEqual(ok('a\nb\n'))
    expect(await run('echo x | xargs -I{} echo got {}')).toEqual(ok('got x\n'))
  })

  it('ls, mkdir, touch, rm, cp, mv on the host filesystem', async () => {
    const { run, fs } = shellHarness(files)
    expect(await run('ls')).toEqual(ok('f  g  k  s\n'))
    expect(await run('ls | cat')).toEqual(ok('f\ng\nk\ns\n'))
    expect(await run('ls nofile k')).toEqual({
      out: 'k\n',
      err: "ls: cannot access 'nofile': No such file or directory\n",
      code: 2,
    })
    expect(await run('mkdir a/b')).toEqual({
      out: '',
      err: "mkdir: cannot create directory 'a/b': No such file or directory\n",
      code: 1,
    })
    expect(await run('mkdir -p a/b && touch a/b/c && ls a/b')).toEqual(ok('c\n'))
    expect(await run('mkdir f')).toEqual({
      out: '',
      err: "mkdir: cannot create directory 'f': File exists\n",
      code: 1,
    })
    expect(await run('cp f f2 && mv g a/ && ls -1 . a')).toEqual(
      ok('.:\na\nf\nf2\nk\ns\n\na:\nb\ng\n'),
    )
    expect(fs.read('/root/a/g')).toBe('x\ny z\n')
    expect(await run('rm a')).toEqual({
      out: '',
      err: "rm: cannot remove 'a': Is a directory\n",
      code: 1,
    })
    expect(await run('rm -r a; rm nofile')).toEqual({
      out: '',
      err: "rm: cannot remove 'nofile': No such file or directory\n",
      code: 1,
    })
    expect(fs.exists('/root/a/b/c')).toBe(false)
    expect(await run('rm -f nofile; cp nofile x')).toEqual({
      out: '',
      err: "cp: cannot stat 'nofile': No such file or directory\n",
      code: 1,
    })
    expect(await run('ls -l f')).toEqual(ok('-rw-r--r-- 1 root root 8 Nov 25 10:00 f\n'))
  })

  it('ls lays names out in columns on a terminal', async () => {
    const { run } = shellHarness({ '/d/alpha': '', '/d/beta': '', '/d/gamma': '' })
    let out = ''
    const write = (t: string) => void (out += t)
    await run('ls /d', { stdout: write, columns: 80 })
    expect(out).toBe('alpha  beta  gamma\n')
  })
})
