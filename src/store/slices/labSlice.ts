// Lab progress: open a lab (restoring a save), move between questions (each one's setup runs once,
// through the runtime), answer, check, hints, reset. The runtime grades and owns the progress;
// this slice mirrors it (so `lab check` typed in the terminal shows in the panel too).
import { loadLabSave } from '../persist'
import type { LabSave } from '../migrations'
import type { LoadedLab } from '../runtime'
import type { LabSlice, QuestionProgress, SliceCreator } from '../types'

const fresh = (): QuestionProgress => ({
  state: 'unanswered',
  answer: '',
  failures: [],
  hintShown: false,
  reached: false,
})

const message = (e: unknown) => (e instanceof Error ? e.message : String(e))

const idle = (): LabSlice['lab'] => ({
  id: undefined,
  status: 'idle',
  error: undefined,
  doc: undefined,
  current: 1,
  questions: [],
})

export const createLabSlice: SliceCreator<LabSlice> = (set, get, ctx) => {
  /** bumps when a lab is opened, closed or reset, so a slow load of an older request is ignored */
  let generation = 0

  ctx.onRuntimeChange = () => {
    const rt = ctx.loaded?.runtime
    if (!rt) return
    set((s) => {
      rt.progress.forEach((p, i) => {
        const q = s.lab.questions[i]
        if (!q) return
        q.state = p.state
        q.reached = p.setupDone
        if (p.failures) q.failures = [...p.failures]
        else if (p.state === 'correct') q.failures = []
      })
    })
    ctx.persistSoon()
  }

  async function load(save: LabSave | undefined): Promise<LoadedLab> {
    const req = { ...ctx.source!, seed: ctx.seed }
    if (save?.runtime === undefined) return ctx.loader(req)
    try {
      return await ctx.loader({ ...req, snapshot: save.runtime })
    } catch (e) {
      get().showNotice(
        `The saved cluster of this lab could not be restored (${message(e)}); it starts afresh.`,
      )
      return ctx.loader(req)
    }
  }

  async function start(save: LabSave | undefined, gen: number): Promise<void> {
    const loaded = await load(save)
    performance.mark('cordon:lab-built')
    if (gen !== generation) return
    ctx.detachWorld()
    ctx.loaded = loaded
    loaded.runtime.setLang(get().lang)
    ctx.attachWorld()
    const doc = loaded.lab
    const saved = save?.progress.questions
    const keep = saved?.length === doc.questions.length
    set((s) => {
      s.lab.doc = doc
      s.lab.current = keep ? Math.min(Math.max(1, save!.progress.current), doc.questions.length) : 1
      s.lab.questions = doc.questions.map((_, i) => (keep ? { ...saved[i] } : fresh()))
      s.layout.positions = save?.layout.positions ?? {}
      s.showSystemPods = save?.layout.showSystemPods ?? false
      s.terminal.history = save?.terminal.history ?? []
      s.clock.now = loaded.runtime.world.clock.now()
      s.worldRevision++
    })
    ctx.onRuntimeChange?.()
    ctx.stream.emit({ kind: 'replace', text: save?.terminal.scrollback ?? '' })
    await loaded.runtime.show(get().lab.current)
    if (gen !== generation) return
    // ready last: the terminal mounts now and draws the prompt once
    set((s) => {
      s.lab.status = 'ready'
    })
    ctx.markDirty()
    ctx.persistSoon()
  }

  async function guarded(gen: number, run: () => Promise<void>): Promise<void> {
    try {
      await run()
    } catch (e) {
      if (gen !== generation) return
      set((s) => {
        s.lab.status = 'error'
        s.lab.error = message(e)
      })
    }
  }

  return {
    lab: idle(),

    openLab: async (req) => {
      const gen = ++generation
      get().interrupt()
      ctx.source = req
      set((s) => {
        s.lab = { ...idle(), id: req.id, status: 'loading' }
      })
      const saved = loadLabSave(ctx.storage, req.id)
      if (!saved.ok)
        get().showNotice(
          `Your saved progress in this lab could not be loaded (${saved.reason}) and was reset.`,
        )
      await guarded(gen, () => start(saved.ok ? saved.value : undefined, gen))
    },

    closeLab: () => {
      generation++
      get().interrupt()
      ctx.detachWorld()
      ctx.loaded = undefined
      ctx.source = undefined
      set((s) => {
        s.lab = idle()
      })
    },

    failLab: (id, error) => {
      generation++
      set((s) => {
        s.lab = { ...idle(), id, status: 'error', error }
      })
    },

    selectQuestion: async (n) => {
      const rt = ctx.loaded?.runtime
      if (!rt || n < 1 || n > get().lab.questions.length) return
      set((s) => {
        s.lab.current = n
      })
      await rt.show(n)
      ctx.markDirty()
      ctx.persistSoon()
    },

    answerQuestion: (n, answer) => {
      set((s) => {
        const q = s.lab.questions[n - 1]
        if (q) q.answer = answer
      })
      ctx.persistSoon()
    },

    checkQuestion: async (n) => {
      const rt = ctx.loaded?.runtime
      const q = get().lab.questions[n - 1]
      const doc = get().lab.doc?.questions[n - 1]
      if (!rt || !q || !doc) return false
      let correct = false
      try {
        if (doc.type === 'choice' || doc.type === 'input')
          correct = (await rt.answer(n, q.answer)).correct
        else correct = (await rt.check(n)).correct
      } catch (e) {
        set((s) => {
          s.lab.questions[n - 1].failures = [message(e)]
        })
      }
      ctx.markDirty()
      ctx.persistSoon()
      return correct
    },

    showHint: (n) => {
      set((s) => {
        const q = s.lab.questions[n - 1]
        if (q) q.hintShown = true
      })
      ctx.persistSoon()
    },

    resetLab: async () => {
      if (!ctx.source) return
      const gen = ++generation
      get().interrupt()
      const s0 = get()
      set((s) => {
        s.lab.status = 'loading'
      })
      const save: LabSave = {
        version: 2,
        labId: ctx.source.id,
        progress: { current: 1, questions: [] },
        layout: { positions: s0.layout.positions, showSystemPods: s0.showSystemPods },
        terminal: { scrollback: '', history: s0.terminal.history },
      }
      await guarded(gen, () => start(save, gen))
    },

    getRuntime: () => ctx.loaded?.runtime,
  }
}
