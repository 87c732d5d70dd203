import { describe, expect, it } from 'vitest'
import { LAB_HELP, LAB_USAGE } from './program'
import { run, tinyRuntime } from './testing/fixtures'

describe('lab questions', () => {
  it('lists every question with its number, state and title', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab answer 3 2')
    await run(rt, 'lab answer 2 1')
    expect(await run(rt, 'lab questions')).toEqual({
      code: 0,
      stdout:
        '1  unanswered  Welcome\n' +
        '2  incorrect   Where web runs\n' +
        '3  correct     Nodes\n' +
        '4  unanswered  Cordon node01\n' +
        '5  unanswered  Label node01\n',
      stderr: '',
    })
  })
})

describe('lab show', () => {
  it('shows a choice question with numbered options and how to answer', async () => {
    expect(await run(tinyRuntime(), 'lab show 2')).toEqual({
      code: 0,
      stdout:
        'Question 2 of 5 (choice): Where web runs\n\nWhich statements are true?\n\n' +
        '1) web runs in namespace shop\n2) web runs in namespace default\n3) web has 2 replicas\n\n' +
        'Answer with: lab answer 2 <option numbers, e.g. 1,3>\n',
      stderr: '',
    })
  })

  it('shows a task with how to get it checked', async () => {
    expect((await run(tinyRuntime(), 'lab show 4')).stdout).toBe(
      'Question 4 of 5 (task): Cordon node01\n\nMark node01 unschedulable. A deployment named late appears first.\n\n' +
        'When you are done: lab check 4\n',
    )
  })

  it('refuses a question that does not exist', async () => {
    expect(await run(tinyRuntime(), 'lab show 9')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lab: no question 9: questions are numbered 1 to 5\n',
    })
  })
})

describe('lab answer', () => {
  it('says correct and explains once answered correctly', async () => {
    expect(await run(tinyRuntime(), 'lab answer 2 3,1')).toEqual({
      code: 0,
      stdout: 'Correct!\n\nweb is in shop, with 2 replicas.\n',
      stderr: '',
    })
  })

  it('says incorrect without giving the answer away', async () => {
    expect(await run(tinyRuntime(), 'lab answer 3 three')).toEqual({
      code: 1,
      stdout: 'Incorrect. Try again (lab hint 3 may help).\n',
      stderr: '',
    })
  })

  it('takes a multi-word answer and refuses an option that does not exist', async () => {
    const rt = tinyRuntime()
    expect((await run(rt, 'lab answer 3 two')).code).toBe(0)
    expect(await run(rt, 'lab answer 2 7')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lab: answer with option numbers from 1 to 3, separated by commas (e.g. 1,3)\n',
    })
  })

  it('sends a task to lab check', async () => {
    expect((await run(tinyRuntime(), 'lab answer 4 done')).stderr).toBe(
      'lab: question 4 is a task: do it in the terminal, then run: lab check 4\n',
    )
  })
})

describe('lab check', () => {
  it('says which condition failed, then correct after the fix', async () => {
    const rt = tinyRuntime()
    expect(await run(rt, 'lab check 4')).toEqual({
      code: 1,
      stdout: 'Question 4: not yet.\n- node01 is still schedulable\n',
      stderr: '',
    })
    await run(rt, 'kubectl cordon node01')
    expect(await run(rt, 'lab check')).toEqual({
      code: 0,
      stdout: 'Question 4: correct!\n\ncordon sets spec.unschedulable.\n',
      stderr: '',
    })
  })

  it('checks the current question when no number is given', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab show 5')
    expect((await run(rt, 'lab check')).stdout).toBe(
      'Question 5: not yet.\n- node01 has no label disk=ssd\n',
    )
  })

  it('tells how to answer a question that is not a task', async () => {
    expect((await run(tinyRuntime(), 'lab check 3')).stdout).toBe(
      'Question 3: not yet.\n- answer it with: lab answer 3 <answer>\n',
    )
  })
})

describe('lab hint, solution, status, intro', () => {
  it('prints the hint, or says there is none', async () => {
    const rt = tinyRuntime()
    expect((await run(rt, 'lab hint 4')).stdout).toBe('kubectl cordon\n')
    expect((await run(rt, 'lab hint 3')).stdout).toBe('There is no hint for question 3.\n')
  })

  it('prints the solution without running it', async () => {
    const rt = tinyRuntime()
    expect((await run(rt, 'lab solution 4')).stdout).toBe('kubectl cordon node01\n')
    expect((await run(rt, 'lab solution 2')).stdout).toBe('lab answer 2 1,3\n')
    expect((await rt.check(4)).correct).toBe(false)
  })

  it('prints the score, and exactly the documented JSON', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab answer 3 2')
    expect((await run(rt, 'lab status')).stdout).toBe(
      'Score: 1/5 (correct 1, incorrect 0, unanswered 4)\n',
    )
    expect((await run(rt, 'lab status --json')).stdout).toBe(
      '{"score":1,"total":5,"questions":[{"n":1,"id":"welcome","state":"unanswered"},{"n":2,"id":"where","state":"unanswered"},{"n":3,"id":"count","state":"correct"},{"n":4,"id":"cordon","state":"unanswered"},{"n":5,"id":"label","state":"unanswered"}]}\n',
    )
  })

  it('prints the introduction with its suggested commands', async () => {
    expect((await run(tinyRuntime(), 'lab intro')).stdout).toBe(
      'Introduction: Tiny lab\n\n1. Look around\nSee the nodes.\n    kubectl get nodes\n',
    )
  })
})

describe('lab time, node, lang, reset', () => {
  it('advances the virtual clock', async () => {
    const rt = tinyRuntime()
    const r = await run(rt, 'lab time +6m')
    expect(r).toEqual({
      code: 0,
      stdout: 'Advanced the clock by 6m: it is now 2026-11-24T09:16:00Z.\n',
      stderr: '',
    })
  })

  it('powers a node off and on', async () => {
    const rt = tinyRuntime()
    expect((await run(rt, 'lab node power-off node01')).stdout).toBe(
      'node01 is powered off: its kubelet no longer posts node status.\n',
    )
    expect(rt.world.hosts.get('node01')!.powered).toBe(false)
    expect((await run(rt, 'lab node power-on node01')).stdout).toBe(
      'node01 is powered on: its kubelet starts and registers again.\n',
    )
    expect(await run(rt, 'lab node power-off node09')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'lab: no node or host named "node09"\n',
    })
  })

  it('switches the language of the texts', async () => {
    const rt = tinyRuntime()
    expect((await run(rt, 'lab lang ko')).stdout).toBe('언어: 한국어\n')
    expect((await run(rt, 'lab questions')).stdout.split('\n')[1]).toBe(
      '2  unanswered  web이 실행되는 곳',
    )
    expect((await run(rt, 'lab answer 3 2')).stdout).toBe(
      '정답입니다!\n\ncontrolplane and node01.\n',
    )
  })

  it('resets the lab', async () => {
    const rt = tinyRuntime()
    await run(rt, 'lab answer 3 2')
    expect((await run(rt, 'lab reset')).stdout).toBe(
      'The lab was reset: a fresh cluster, every question unanswered.\n',
    )
    expect(rt.status().score).toBe(0)
  })
})

describe('usage errors', () => {
  it('print a usage line and exit 2', async () => {
    const rt = tinyRuntime()
    for (const [line, usage] of [
      ['lab', LAB_USAGE],
      ['lab bogus', LAB_USAGE],
      ['lab toString', LAB_USAGE],
      ['lab show', 'usage: lab show <n>'],
      ['lab show one', 'usage: lab show <n>'],
      ['lab answer 2', 'usage: lab answer <n> <answer>'],
      ['lab check 1 2', 'usage: lab check [<n>]'],
      ['lab status --yaml', 'usage: lab status [--json]'],
      ['lab time soon', 'usage: lab time +<duration> (e.g. +30s, +6m)'],
      ['lab node reboot node01', 'usage: lab node power-off|power-on <node>'],
      ['lab lang fr', 'usage: lab lang en|ko'],
    ]) {
      expect(await run(rt, line), line).toEqual({ code: 2, stdout: '', stderr: `${usage}\n` })
    }
  })

  it('lab help prints every command', async () => {
    expect(await run(tinyRuntime(), 'lab help')).toEqual({ code: 0, stdout: LAB_HELP, stderr: '' })
  })
})
