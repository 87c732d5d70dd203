// A lab in play: the world built from the lab file, the student's main terminal session, progress
// per question, setups that run once at the right moment, and grading. The `lab` builtin, the CLI,
// tests and the browser store all drive a lab through this one object.
import { type Host, type World } from '../sim'
import { createSession, runLine, type Program, type SessionState, type Writer } from '../shell'
import { buildWorld } from './build'
import { evaluateCheck, type CommandOutput, type CommandRecord } from './checks'
import { gradeAnswer } from './questions'
import { initialProgress, LabUsageError, type LabStatus, type QuestionProgress } from './progress'
import { resolveText } from './schema/lang'
import type { Lab, Lang, Question, QuestionType } from './schema'

export interface LabRuntimeOptions {
  seed: number
  /** override the lab's virtual start time (ISO or epoch ms) */
  now?: string | number
  /** add programs to every session of this lab (the `lab` builtin is added by createLabRuntime) */
  programs?: Record<string, Program>
}

export interface RunOptions {
  /** 'auto' (CLI, tests): a waiting program advances the clock; 'external': the caller plays time */
  drive?: 'auto' | 'external'
  signal?: Parameters<typeof runLine>[3]['signal']
  columns?: number
  /** see runLine's yieldToHost (the interactive CLI) */
  yieldToHost?: Parameters<typeof runLine>[3]['yieldToHost']
  /** give up as Ctrl-C does when the line would pass this much virtual time (runLine's default: 6 h) */
  maxVirtualMs?: number
}

/** What a question looks like to a student, in the chosen language. */
export interface QuestionView {
  n: number
  id: string
  type: QuestionType
  title: string
  text: string
  /** choice questions: the options, in order (numbered from 1) */
  options?: string[]
  multiple?: boolean
  progress: QuestionProgress
}

export interface AnswerOutcome {
  correct: boolean
  /** shown once the answer is correct */
  explanation?: string
}

export interface CheckOutcome {
  correct: boolean
  failures: string[]
  explanation?: string
}

const LAB_LINE = /^\s*lab(\s|$)/

export class LabRuntime {
  world!: World
  session!: SessionState
  progress!: QuestionProgress[]
  /** the question `lab check` grades without a number */
  current = 1
  lang: Lang = 'en'
  /** the student's command lines, oldest first (`lab …` lines excluded) */
  commands: CommandRecord[] = []
  /** commands.length when each question's setup ran */
  private setupAt: number[] = []
  private listeners = new Set<() => void>()
  private extraPrograms: Record<string, Program> = {}

  constructor(
    readonly lab: Lab,
    readonly opts: LabRuntimeOptions,
  ) {
    this.build()
  }

  /** Programs every session of this lab has (the `lab` builtin among them). */
  setPrograms(programs: Record<string, Program>): void {
    this.extraPrograms = { ...this.extraPrograms, ...programs }
  }

  get mainHost(): string {
    const c = this.lab.world.clusters[0]
    return (c.nodes.find((n) => n.role === 'control-plane') ?? c.nodes[0]).name
  }

  private build(): void {
    this.world = buildWorld(this.lab, { seed: this.opts.seed, start: this.opts.now })
    this.session = createSession(this.world, { host: this.mainHost })
    this.progress = initialProgress(this.lab.questions.map((q) => q.id))
    this.current = 1
    this.commands = []
    this.setupAt = []
  }

  /** Called after every change of progress, language or world identity (reset). */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  private changed(): void {
    for (const l of this.listeners) l()
  }

  /** Run one command line in the main session, as the student typed it. */
  async runCommand(
    line: string,
    io: { stdout: Writer; stderr: Writer },
    opts: RunOptions = {},
  ): Promise<number> {
    const host = this.session.host
    const code = await runLine(this.world, this.session, line, {
      stdout: io.stdout,
      stderr: io.stderr,
      signal: opts.signal,
      drive: opts.drive ?? 'auto',
      columns: opts.columns,
      programs: this.extraPrograms,
      yieldToHost: opts.yieldToHost,
      maxVirtualMs: opts.maxVirtualMs,
    })
    if (line.trim() && !LAB_LINE.test(line))
      this.commands.push({ host, line: line.trim(), exitCode: code, seq: this.commands.length })
    return code
  }

  question(n: number): Question {
    if (!Number.isInteger(n) || n < 1 || n > this.lab.questions.length)
      throw new LabUsageError(
        `no question ${String(n)}: questions are numbered 1 to ${this.lab.questions.length}`,
      )
    return this.lab.questions[n - 1]
  }

  text(t: Parameters<typeof resolveText>[0]): string {
    return resolveText(t, this.lang)
  }

  setLang(lang: Lang): void {
    this.lang = lang
    this.changed()
  }

  /** Run question n's setup if it has not run yet (output discarded, in its own session). */
  async ensureSetup(n: number): Promise<void> {
    const q = this.question(n)
    const p = this.progress[n - 1]
    if (p.setupDone) return
    p.setupDone = true
    this.setupAt[n - 1] = this.commands.length
    if (q.setup?.length) {
      const s = createSession(this.world, { host: this.mainHost })
      const discard = () => {}
      for (const line of q.setup)
        await runLine(this.world, s, line, {
          stdout: discard,
          stderr: discard,
          drive: 'auto',
          programs: this.extraPrograms,
        })
    }
    this.changed()
  }

  view(n: number): QuestionView {
    const q = this.question(n)
    return {
      n,
      id: q.id,
      type: q.type,
      title: this.text(q.title),
      text: this.text(q.text),
      options: q.type === 'choice' ? q.options.map((o) => this.text(o)) : undefined,
      multiple: q.type === 'choice' ? (q.multiple ?? false) : undefined,
      progress: { ...this.progress[n - 1] },
    }
  }

  /** Show question n (runs its setup the first time). Reading an info question completes it. */
  async show(n: number): Promise<QuestionView> {
    const q = this.question(n)
    await this.ensureSetup(n)
    this.current = n
    if (q.type === 'info' && this.progress[n - 1].state !== 'correct') await this.complete(n, true)
    this.changed()
    return this.view(n)
  }

  /** Answer a choice or input question. Throws LabUsageError for a task or a malformed answer. */
  async answer(n: number, answer: string): Promise<AnswerOutcome> {
    const q = this.question(n)
    await this.ensureSetup(n)
    this.current = n
    const g = gradeAnswer(q, answer)
    if ('notAnswerable' in g)
      throw new LabUsageError(
        `question ${n} is a task: do it in the terminal, then run: lab check ${n}`,
      )
    if (g.invalid !== undefined) throw new LabUsageError(g.invalid)
    const p = this.progress[n - 1]
    p.answer = answer.trim()
    await this.complete(n, g.correct)
    return { correct: g.correct, explanation: g.correct ? this.explanation(q) : undefined }
  }

  /** Grade question n (default: the current one) on the world as it is now. */
  async check(n: number = this.current): Promise<CheckOutcome> {
    const q = this.question(n)
    await this.ensureSetup(n)
    this.current = n
    const p = this.progress[n - 1]
    if (q.type === 'info') {
      await this.complete(n, true)
      return { correct: true, failures: [] }
    }
    if (q.type !== 'task') {
      if (p.state === 'correct')
        return { correct: true, failures: [], explanation: this.explanation(q) }
      const form = q.type === 'choice' ? '<option number>' : '<answer>'
      return { correct: false, failures: [`answer it with: lab answer ${n} ${form}`] }
    }
    const r = await evaluateCheck(q.check, {
      world: this.world,
      lang: this.lang,
      defaultHost: this.mainHost,
      commands: this.commands.slice(q.setup?.length ? (this.setupAt[n - 1] ?? 0) : 0),
      run: (host, line) => this.runReadOnly(host, line),
    })
    p.failures = r.ok ? undefined : r.failures
    await this.complete(n, r.ok)
    return {
      correct: r.ok,
      failures: r.failures,
      explanation: r.ok ? this.explanation(q) : undefined,
    }
  }

  private explanation(q: Question): string | undefined {
    return q.explanation === undefined ? undefined : this.text(q.explanation)
  }

  /** Record a graded attempt; completing a question readies the next one (its setup runs). */
  private async complete(n: number, correct: boolean): Promise<void> {
    const p = this.progress[n - 1]
    p.attempts++
    p.state = correct ? 'correct' : 'incorrect'
    if (correct && n < this.lab.questions.length) {
      this.current = n + 1
      await this.ensureSetup(n + 1)
    }
    this.changed()
  }

  /**
   * Run a check's command in a fresh session. Checks never write: a command that changes any
   * cluster's objects is reported as a failed check (the lab file is wrong, not the student).
   */
  private async runReadOnly(host: string, line: string): Promise<CommandOutput> {
    if (!this.world.hosts.get(host))
      return { stdout: '', stderr: `no host "${host}"\n`, exitCode: 127 }
    const versions = () => [...this.world.clusters.values()].map((c) => c.store.resourceVersion)
    const before = versions().join()
    const s = createSession(this.world, { host })
    let stdout = ''
    let stderr = ''
    const exitCode = await runLine(this.world, s, line, {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      drive: 'auto',
    })
    if (versions().join() !== before)
      throw new Error(`the check command \`${line}\` changed the cluster; checks must be read-only`)
    return { stdout, stderr, exitCode }
  }

  hint(n: number): string | undefined {
    const q = this.question(n)
    return q.hint === undefined ? undefined : this.text(q.hint)
  }

  /** The commands (task) or the answer (choice/input) that solve question n; nothing is run. */
  solution(n: number): string[] {
    return [...this.question(n).solution]
  }

  status(): LabStatus {
    return {
      score: this.progress.filter((p) => p.state === 'correct').length,
      total: this.progress.length,
      questions: this.progress.map((p) => ({ n: p.n, id: p.id, state: p.state })),
    }
  }

  /** Start again: a fresh world from the same seed, progress cleared. */
  reset(): void {
    this.build()
    this.changed()
  }

  /** Advance virtual time ('30s', '6m' or ms), running every controller on the way. */
  advance(duration: string | number): void {
    this.world.clock.advance(duration)
  }

  private host(node: string): Host {
    const h = this.world.hosts.get(node)
    if (!h) throw new LabUsageError(`no node or host named "${node}"`)
    return h
  }

  /** Stop a machine: its kubelet stops heartbeating. */
  powerOff(node: string): void {
    this.host(node)
    this.world.setPower(node, false)
    this.world.settle()
  }

  /** Start a machine again: its services start and the kubelet re-registers. */
  powerOn(node: string): void {
    this.host(node)
    this.world.setPower(node, true)
    this.world.settle()
  }
}
