import { describe, expect, it } from 'vitest'
import { type Program } from '.'
import { shellHarness } from './testing/shellHarness'
import type { AbortSignalLike } from './types'

const setup = shellHarness

describe('runLine', () => {
  it('expands $((…)) but not inside single quotes (recorded from bash 5.2)', async () => {
    const { run } = setup()
    expect(await run("echo $((1+1)) '$((1+1))'")).toEqual({ out: '2 $((1+1))\n', err: '', code: 0 })
  })

  it('pipes one stage into the next', async () => {
    const { run } = setup()
    expect(await run("printf_missing 2>/dev/null; echo 'b a c' | tr ' ' '\\n' | sort")).toEqual({
      out: 'a\nb\nc\n',
      err: '',
      code: 0,
    })
  })

  it('runs && only after success and || only after failure', async () => {
    const { run } = setup()
    expect(await run('true && echo yes || echo no')).toEqual({ out: 'yes\n', err: '', code: 0 })
    expect(await run('false && echo yes || echo no')).toEqual({ out: 'no\n', err: '', code: 0 })
    expect(await run('false; echo $?')).toEqual({ out: '1\n', err: '', code: 0 })
  })

  it('redirects to files, appends, and reads them back', async () => {
    const { run, fs } = setup()
    await run('echo one > out.txt; echo two >> out.txt')
    expect(fs.read('/root/out.txt')).toBe('one\ntwo\n')
    expect(await run('cat < out.txt | wc -l')).toEqual({ out: '2\n', err: '', code: 0 })
    expect(await run('cat nope 2>err.txt; cat err.txt')).toEqual({
      out: 'cat: nope: No such file or directory\n',
      err: '',
      code: 0,
    })
    expect(await run('cat nope > all.txt 2>&1; cat all.txt')).toEqual({
      out: 'cat: nope: No such file or directory\n',
      err: '',
      code: 0,
    })
    expect(await run('echo x > /no/dir/f')).toEqual({
      out: '',
      err: 'bash: /no/dir/f: No such file or directory\n',
      code: 1,
    })
  })

  it('writes a here-document to a file, expanding variables unless the delimiter is quoted', async () => {
    const { run, fs } = setup()
    await run('NAME=web\ncat <<EOF > a.yaml\nname: $NAME\nhome: ~\nEOF')
    expect(fs.read('/root/a.yaml')).toBe('name: web\nhome: ~\n')
    await run("cat <<'EOF' > b.yaml\nname: $NAME\nEOF")
    expect(fs.read('/root/b.yaml')).toBe('name: $NAME\n')
    await run('cat <<-EOF > c.txt\n\t\tindented\n\tEOF')
    expect(fs.read('/root/c.txt')).toBe('indented\n')
  })

  it('warns about a here-document ended by end of input and still runs it', async () => {
    const { run } = setup()
    expect(await run('cat <<EOF\nhello')).toEqual({
      out: 'hello\n',
      err: "bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n",
      code: 0,
    })
  })

  it('answers an unknown command like interactive bash with status 127', async () => {
    const { run, session } = setup()
    expect(await run('foo --bar')).toEqual({ out: '', err: 'foo: command not found\n', code: 127 })
    expect(session.lastStatus).toBe(127)
    expect(await run('echo $?')).toEqual({ out: '127\n', err: '', code: 0 })
  })

  it('reports syntax errors as bash does, status 2', async () => {
    const { run } = setup()
    expect(await run('ls |')).toEqual({
      out: '',
      err: 'bash: syntax error: unexpected end of file\n',
      code: 2,
    })
    expect(await run('| ls')).toEqual({
      out: '',
      err: "bash: syntax error near unexpected token `|'\n",
      code: 2,
    })
    expect(await run("echo 'abc")).toEqual({
      out: '',
      err: "bash: unexpected EOF while looking for matching `''\n",
      code: 2,
    })
    expect(await run('cat <')).toEqual({
      out: '',
      err: "bash: syntax error near unexpected token `newline'\n",
      code: 2,
    })
  })

  it('keeps VAR=x cmd to one command and bare assignments in the shell', async () => {
    const { run, session } = setup()
    expect(await run('FOO=1 printenv FOO; printenv FOO; echo "[$FOO]"')).toEqual({
      out: '1\n[]\n',
      err: '',
      code: 0,
    })
    expect(await run('BAR=2; echo $BAR ${BAR}x; printenv BAR')).toEqual({
      out: '2 2x\n',
      err: '',
      code: 1,
    })
    expect(await run('export BAR; printenv BAR')).toEqual({ out: '2\n', err: '', code: 0 })
    expect(session.env.get('BAR')).toBe('2')
  })

  it('expands command substitutions, tilde and globs', async () => {
    const { run } = setup({ '/root/m/a.yaml': '', '/root/m/b.yaml': '', '/root/m/c.txt': '' })
    expect(await run('echo $(echo hi) ~ ~/x "~"')).toEqual({
      out: 'hi /root /root/x ~\n',
      err: '',
      code: 0,
    })
    expect(await run('echo m/*.yaml; echo "m/*.yaml"; echo m/*.none')).toEqual({
      out: 'm/a.yaml m/b.yaml\nm/*.yaml\nm/*.none\n',
      err: '',
      code: 0,
    })
  })

  it('appends non-empty lines to the history', async () => {
    const { run, session } = setup()
    await run('echo a')
    await run('   ')
    await run('history')
    expect(session.history).toEqual(['echo a', 'history'])
  })

  it('advances the virtual clock exactly by sleep', async () => {
    const { run, world } = setup()
    const t0 = world.clock.now()
    expect(await run('sleep 10; date +%s')).toEqual({
      out: `${t0 / 1000 + 10}\n`,
      err: '',
      code: 0,
    })
    expect(world.clock.now() - t0).toBe(10_000)
    await run('sleep 1m 0.5')
    expect(world.clock.now() - t0).toBe(70_500)
  })

  it('lets timers scheduled by the world fire while a command sleeps', async () => {
    const { run, world } = setup()
    const seen: number[] = []
    world.clock.schedule(3000, () =>
      seen.push(world.clock.now() - Date.parse('2026-11-25T10:00:00Z')),
    )
    await run('sleep 5')
    expect(seen).toEqual([3000])
  })

  it('interrupts a sleeping command on Ctrl-C with ^C and status 130', async () => {
    const { run, world } = setup()
    let fire!: () => void
    const signal = {
      aborted: false,
      promise: new Promise<void>((r) => (fire = r)),
    } satisfies AbortSignalLike
    const p = run('sleep 100; echo after', {
      drive: 'external',
      signal,
    })
    await Promise.resolve()
    ;(signal as { aborted: boolean }).aborted = true
    fire()
    expect(await p).toEqual({ out: '^C\n', err: '', code: 130 })
    expect(world.clock.pending()).toEqual([])
  })

  it('gives up like Ctrl-C when a line would pass maxVirtualMs', async () => {
    const { run, world } = setup()
    const t0 = world.clock.now()
    expect(await run('sleep 2h; echo no', { maxVirtualMs: 3_600_000 })).toEqual({
      out: '^C\n',
      err: '',
      code: 130,
    })
    expect(world.clock.now() - t0).toBe(3_600_000)
  })

  it('reports a program that throws as an internal error with status 1', async () => {
    const { run } = setup()
    const boom: Program = async () => {
      throw new Error('kaput')
    }
    expect(await run('boom', { programs: { boom } })).toEqual({
      out: '',
      err: 'bash: boom: internal error: kaput\n',
      code: 1,
    })
  })

  it('runs extra programs supplied by the caller and ctx.exec', async () => {
    const { run } = setup()
    const twice: Program = async (ctx) => {
      await ctx.exec(`echo ${ctx.argv[1]}`)
      return ctx.exec(`echo ${ctx.argv[1]} | tr a-z A-Z`)
    }
    expect(await run('twice hi', { programs: { twice } })).toEqual({
      out: 'hi\nHI\n',
      err: '',
      code: 0,
    })
  })

  it('says plainly that a known program is not simulated', async () => {
    const { run } = setup()
    expect(await run('nano /etc/hosts')).toEqual({
      out: '',
      err: 'cordon: nano: not simulated in this lab yet\n',
      code: 127,
    })
  })

  it('negates a pipeline status with !', async () => {
    const { run } = setup()
    expect(await run('! false; echo $?')).toEqual({ out: '0\n', err: '', code: 0 })
  })

  it('says plainly that case, select, [[ ]] and functions are not simulated', async () => {
    const { run } = setup()
    const refused = (what: string) => ({
      out: '',
      err: `cordon: bash: ${what} not simulated in this lab yet\n`,
      code: 2,
    })
    expect(await run('case a in a) echo a;; esac')).toEqual(
      refused("'case' (compound commands) is"),
    )
    expect(await run('for i in 1; do select x in a; do :; done; done')).toEqual(
      refused("'select' (compound commands) is"),
    )
    expect(await run('[[ -n a ]] && echo y')).toEqual(refused("'[[' (compound commands) is"))
    expect(await run('f() { echo hi; }; f')).toEqual(refused('function definitions are'))
    expect(await run('function f { echo; }')).toEqual(refused("'function' (compound commands) is"))
  })
})
