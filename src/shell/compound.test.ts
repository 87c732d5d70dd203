// Loops and the driver: Ctrl-C stops an endless loop, loops yield to the clock player, sleeps in
// a loop pass virtual time; compounds with kubectl as the CKA drills type them; history entries
// of multi-line compounds (bash 5.2 cmdhist, recorded with `bash -i` reading the same lines).
import { describe, expect, it } from 'vitest'
import { kubeadmLab } from './programs/kubectl/testing/harness'
import { shellHarness } from './testing/shellHarness'
import { LOOP_YIELD_EVERY, LOOP_YIELD_MS } from './driver'
import { joinHistoryLines } from './parse/history'
import type { AbortSignalLike } from './types'

function ctrlC(): { signal: AbortSignalLike; press: () => void } {
  let fire!: () => void
  const signal = { aborted: false, promise: new Promise<void>((r) => (fire = r)) }
  return {
    signal,
    press: () => {
      signal.aborted = true
      fire()
    },
  }
}

describe('loops and Ctrl-C', () => {
  it('stops `while true; do echo y; done` on Ctrl-C with ^C and 130, and the session goes on', async () => {
    const { run, world } = shellHarness()
    const { signal, press } = ctrlC()
    const p = run('while true; do echo y; done', { drive: 'external', signal })
    // the loop sleeps LOOP_YIELD_MS once per LOOP_YIELD_EVERY idle iterations: the page's clock
    // player wakes it
    for (let frame = 0; frame < 3; frame++) {
      for (let n = 0; !world.clock.pending().length; n++) {
        if (n > 100_000) throw new Error('the loop never yielded')
        await Promise.resolve()
      }
      const at = world.clock.now() + LOOP_YIELD_MS
      expect(world.clock.pending()).toEqual([{ at, label: 'shell sleep' }])
      world.clock.advanceTo(at)
    }
    for (let n = 0; !world.clock.pending().length; n++) await Promise.resolve()
    press()
    const r = await p
    const lines = LOOP_YIELD_EVERY - 1 + 3 * LOOP_YIELD_EVERY
    expect(r).toEqual({ out: 'y\n'.repeat(lines) + '^C\n', err: '', code: 130 })
    expect(world.clock.pending()).toEqual([])
    expect(await run('echo $?; echo still here')).toEqual({
      out: '130\nstill here\n',
      err: '',
      code: 0,
    })
  })

  it('stops a busy loop at a Ctrl-C scheduled on the virtual clock (a replay) in drive auto', async () => {
    const { run, world } = shellHarness()
    const { signal, press } = ctrlC()
    const t0 = world.clock.now()
    world.clock.schedule(1000, press, 'replay ^C')
    const r = await run('i=0; while :; do i=$((i+1)); done', { signal })
    expect(r).toEqual({ out: '^C\n', err: '', code: 130 })
    expect(world.clock.now() - t0).toBe(1000)
    const yields = 1000 / LOOP_YIELD_MS
    expect(await run('echo $i')).toEqual({
      out: `${LOOP_YIELD_EVERY - 1 + (yields - 1) * LOOP_YIELD_EVERY}\n`,
      err: '',
      code: 0,
    })
  })

  it('gives up on an endless loop like Ctrl-C after maxVirtualMs in drive auto', async () => {
    const { run } = shellHarness()
    expect(await run('while true; do :; done', { maxVirtualMs: 2000 })).toEqual({
      out: '^C\n',
      err: '',
      code: 130,
    })
  })

  it('lets its host run now and then in drive auto, so a real Ctrl-C (a timer here) stops it', async () => {
    const { run, world } = shellHarness()
    const { signal, press } = ctrlC()
    const t0 = world.clock.now()
    setTimeout(press, 20)
    // without the host's turns the timer could not fire: the loop would run to maxVirtualMs
    const r = await run('while true; do :; done', {
      signal,
      maxVirtualMs: 600_000,
      yieldToHost: () => new Promise((resolve) => setImmediate(resolve)),
    })
    expect(r).toEqual({ out: '^C\n', err: '', code: 130 })
    expect(world.clock.now() - t0).toBeLessThan(600_000)
  })

  it('passes virtual time for the sleeps in a loop body, and only for them', async () => {
    const { run, world } = shellHarness()
    const t0 = world.clock.now()
    expect(await run('for i in 1 2 3; do sleep 5; done; date +%s')).toEqual({
      out: `${t0 / 1000 + 15}\n`,
      err: '',
      code: 0,
    })
    await run('for i in $(seq 1 50); do :; done')
    expect(world.clock.now() - t0).toBe(15_000)
  })

  it('interrupts `while true; do date; sleep 5; done` during a sleep', async () => {
    const { run, world } = shellHarness()
    const { signal, press } = ctrlC()
    const t0 = world.clock.now() / 1000
    world.clock.schedule(12_000, press, 'replay ^C')
    expect(await run('while true; do date +%s; sleep 5; done', { signal })).toEqual({
      out: `${t0}\n${t0 + 5}\n${t0 + 10}\n^C\n`,
      err: '',
      code: 130,
    })
  })
})

describe('compounds with kubectl (the sim kubectl, whose texts are compared elsewhere)', () => {
  it('drains nodes in a for loop and uncordons behind an if', async () => {
    const lab = kubeadmLab()
    expect(await lab.run('for n in node01; do kubectl cordon $n; done')).toMatchObject({
      out: 'node/node01 cordoned\n',
      code: 0,
    })
    expect(
      await lab.run(
        'if kubectl get node node01 | grep -q SchedulingDisabled; then kubectl uncordon node01; fi',
      ),
    ).toMatchObject({ out: 'node/node01 uncordoned\n', err: '', code: 0 })
    expect(
      await lab.run('for n in $(kubectl get nodes -o name); do echo "[$n]"; done | sort'),
    ).toMatchObject({ out: '[node/controlplane]\n[node/node01]\n', err: '', code: 0 })
  })
})

describe('subshells', () => {
  it('keeps cd and variables of ( ) and of piped compounds inside them', async () => {
    const { run, session } = shellHarness()
    expect(await run('x=1; (cd /; x=2; export Y=3); echo $x $Y; pwd')).toEqual({
      out: '1\n/root\n',
      err: '',
      code: 0,
    })
    expect(session.cwd).toBe('/root')
    expect(await run('{ cd /; }; pwd')).toEqual({ out: '/\n', err: '', code: 0 })
  })
})

describe('history of multi-line compounds (bash 5.2 with cmdhist)', () => {
  // each expected entry is what `history` printed in `bash -i` after the same lines were typed
  it.each([
    ['for i in 1 2\ndo\necho $i\ndone', 'for i in 1 2; do echo $i; done'],
    ['if true\nthen\necho a\nfi', 'if true; then echo a; fi'],
    ['while false; do\n  echo x\ndone', 'while false; do   echo x; done'],
    ['{\necho g\n}', '{ echo g; }'],
    ['for i in a b; do\necho $i |\ncat\ndone', 'for i in a b; do echo $i | cat; done'],
    [
      'for i in 1; do cat <<EOF\nhi\nEOF\necho x\ndone',
      'for i in 1; do cat <<EOF\nhi\nEOF\n echo x; done',
    ],
    ['cat <<EOF |\nz\nEOF\nwc -l', 'cat <<EOF |\nz\nEOF\n wc -l'],
  ])('joins %j into one entry', (typed, entry) => {
    expect(joinHistoryLines(typed)).toBe(entry)
  })

  it('stores the joined entry in the session history', async () => {
    const { run, session } = shellHarness()
    await run('for i in 1 2\ndo\necho $i\ndone')
    expect(session.history).toEqual(['for i in 1 2; do echo $i; done'])
  })
})

describe('errors inside nested command lines', () => {
  // recorded from bash 5.2: `echo [$(echo $((1/0)))] after` prints the error and `[] after`
  it('ends only a command substitution on an arithmetic error', async () => {
    const { run } = shellHarness()
    expect(await run('echo [$(echo $((1/0)))] after')).toEqual({
      out: '[] after\n',
      err: 'bash: 1/0: division by 0 (error token is "0")\n',
      code: 0,
    })
  })
})
