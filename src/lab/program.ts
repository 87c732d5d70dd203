// The `lab` builtin: the student's handle on the practice test from any terminal (CLI or browser).
// Its interface is fixed (tests and the browser rely on it); see src/lab/README.md.
import { parseDurationMs, rfc3339 } from '../sim'
import type { Program, ProgramContext } from '../shell'
import { formatCheck, formatIntro, formatQuestion, formatQuestions, formatStatus } from './format'
import { messages } from './messages'
import { LabUsageError } from './progress'
import type { LabRuntime } from './runtime'
import { LANGS } from './schema/lang'
import type { Lang } from './schema'

export const LAB_USAGE =
  'usage: lab questions|intro|show|answer|check|hint|solution|status|reset|time|node|lang (lab help)'

export const LAB_HELP = `Usage: lab <command> [arguments]

Commands:
  questions               list the questions and their state
  intro                   the introduction (not graded)
  show <n>                show question n
  answer <n> <answer>     answer a choice or input question
  check [<n>]             grade a task on the cluster as it is now
  hint <n>                a hint for question n
  solution <n>            the solution (printed, not run)
  status [--json]         your score
  reset                   start again from a fresh cluster
  time +<duration>        let virtual time pass (+30s, +6m)
  node power-off <node>   switch a node's machine off
  node power-on <node>    switch it on again
  lang en|ko              the language of the lab texts
`

class Usage extends Error {}

function num(arg: string | undefined, usage: string): number {
  if (arg === undefined || !/^\d+$/.test(arg)) throw new Usage(usage)
  return Number(arg)
}

function only(args: string[], count: number, usage: string): void {
  if (args.length !== count) throw new Usage(usage)
}

type Sub = (rt: LabRuntime, args: string[], ctx: ProgramContext) => Promise<number>

const SUBCOMMANDS: Record<string, Sub> = {
  help: async (_rt, _args, ctx) => (ctx.stdout(LAB_HELP), 0),
  questions: async (rt, args, ctx) => {
    only(args, 0, 'usage: lab questions')
    ctx.stdout(formatQuestions(rt))
    return 0
  },
  intro: async (rt, args, ctx) => {
    only(args, 0, 'usage: lab intro')
    ctx.stdout(formatIntro(rt))
    return 0
  },
  show: async (rt, args, ctx) => {
    only(args, 1, 'usage: lab show <n>')
    ctx.stdout(formatQuestion(rt, await rt.show(num(args[0], 'usage: lab show <n>'))))
    return 0
  },
  answer: async (rt, args, ctx) => {
    const usage = 'usage: lab answer <n> <answer>'
    if (args.length < 2) throw new Usage(usage)
    const n = num(args[0], usage)
    const r = await rt.answer(n, args.slice(1).join(' '))
    const m = messages(rt.lang)
    if (!r.correct) return (ctx.stdout(`${m.incorrect(n)}\n`), 1)
    ctx.stdout(`${m.correct}\n${r.explanation ? `\n${r.explanation}\n` : ''}`)
    return 0
  },
  check: async (rt, args, ctx) => {
    const usage = 'usage: lab check [<n>]'
    if (args.length > 1) throw new Usage(usage)
    const n = args.length ? num(args[0], usage) : rt.current
    const r = await rt.check(n)
    ctx.stdout(formatCheck(rt, n, r))
    return r.correct ? 0 : 1
  },
  hint: async (rt, args, ctx) => {
    only(args, 1, 'usage: lab hint <n>')
    const n = num(args[0], 'usage: lab hint <n>')
    ctx.stdout(`${rt.hint(n) ?? messages(rt.lang).noHint(n)}\n`)
    return 0
  },
  solution: async (rt, args, ctx) => {
    only(args, 1, 'usage: lab solution <n>')
    const n = num(args[0], 'usage: lab solution <n>')
    const q = rt.question(n)
    const lines =
      q.type === 'choice' || q.type === 'input'
        ? [`lab answer ${n} ${q.solution.join(',')}`]
        : q.solution
    ctx.stdout(lines.map((l) => `${l}\n`).join(''))
    return 0
  },
  status: async (rt, args, ctx) => {
    if (args.length > 1 || (args.length === 1 && args[0] !== '--json'))
      throw new Usage('usage: lab status [--json]')
    const s = rt.status()
    ctx.stdout(args.length ? `${JSON.stringify(s)}\n` : formatStatus(rt, s))
    return 0
  },
  reset: async (rt, args, ctx) => {
    only(args, 0, 'usage: lab reset')
    rt.reset()
    ctx.stdout(`${messages(rt.lang).reset}\n`)
    return 0
  },
  time: async (rt, args, ctx) => {
    const usage = 'usage: lab time +<duration> (e.g. +30s, +6m)'
    only(args, 1, usage)
    const d = args[0].replace(/^\+/, '')
    let ms: number
    try {
      ms = parseDurationMs(d)
    } catch {
      throw new Usage(usage)
    }
    rt.advance(ms)
    ctx.stdout(`${messages(rt.lang).time(d, rfc3339(rt.world.clock.now()))}\n`)
    return 0
  },
  node: async (rt, args, ctx) => {
    const usage = 'usage: lab node power-off|power-on <node>'
    only(args, 2, usage)
    const m = messages(rt.lang)
    if (args[0] === 'power-off') rt.powerOff(args[1])
    else if (args[0] === 'power-on') rt.powerOn(args[1])
    else throw new Usage(usage)
    ctx.stdout(`${args[0] === 'power-off' ? m.poweredOff(args[1]) : m.poweredOn(args[1])}\n`)
    return 0
  },
  lang: async (rt, args, ctx) => {
    if (args.length > 1 || (args.length === 1 && !LANGS.includes(args[0] as Lang)))
      throw new Usage('usage: lab lang en|ko')
    if (args.length) rt.setLang(args[0] as Lang)
    ctx.stdout(`${messages(rt.lang).lang}\n`)
    return 0
  },
}

/** The `lab` program bound to a running lab; pass it to runLine's `programs`. */
export function createLabProgram(rt: LabRuntime): Program {
  return async (ctx) => {
    const [, sub, ...args] = ctx.argv
    const run =
      sub === '--help' || sub === '-h'
        ? SUBCOMMANDS.help
        : sub && Object.hasOwn(SUBCOMMANDS, sub)
          ? SUBCOMMANDS[sub]
          : undefined
    try {
      if (!run) throw new Usage(LAB_USAGE)
      return await run(rt, args, ctx)
    } catch (e) {
      if (e instanceof Usage) return (ctx.stderr(`${e.message}\n`), 2)
      if (e instanceof LabUsageError) return (ctx.stderr(`lab: ${e.message}\n`), 2)
      throw e
    }
  }
}
