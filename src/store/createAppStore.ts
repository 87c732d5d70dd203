// The app store: one zustand vanilla store with immer, built from slices; the lab runtime and the
// terminal stream live in this closure, outside immer state (class graphs do not belong in drafts).
import { createStore, type StoreApi } from 'zustand/vanilla'
import { immer } from 'zustand/middleware/immer'
import type { World } from '../sim'
import type { LabLoader } from './runtime'
import { TerminalStream } from './terminalStream'
import {
  labKey,
  loadSettings,
  memoryStorage,
  save,
  SETTINGS_KEY,
  type KeyValueStorage,
} from './persist'
import type { AppState, StoreContext } from './types'
import { createSettingsSlice } from './slices/settingsSlice'
import { createClockSlice } from './slices/clockSlice'
import { createLayoutSlice } from './slices/layoutSlice'
import { createTerminalSlice } from './slices/terminalSlice'
import { createLabSlice } from './slices/labSlice'

export interface AppStoreOptions {
  /** seed of the lab worlds (default 1: every student starts from the same world) */
  seed?: number
  /** builds a lab runtime from a lab file (default: the lab engine, loaded lazily) */
  loader?: LabLoader
  storage?: KeyValueStorage
  /** debounce of saves in real ms (default 300) */
  saveDelayMs?: number
  /** real time in ms, for the sim's per-frame budget (default performance.now) */
  realNow?: () => number
  /**
   * Where a frame's world changes are handed to the components: the browser posts them to a task
   * of their own, so the sim's share of a frame and the graph's re-render are two tasks, not one
   * long one. Default: at once, in the frame (tests, the CLI).
   */
  postTask?: (fn: () => void) => void
}

export interface AppStore extends StoreApi<AppState> {
  /**
   * One animation frame: advance virtual time by realMs × speed when playing (else only run what is
   * due), then bump worldRevision once if the world changed. Called by the clock player.
   */
  frame(realMs: number): void
  /** write the pending save now (page hide) */
  flush(): void
}

/** a slow frame (or a hidden tab) never turns into a huge jump of virtual time */
const MAX_FRAME_MS = 100
/**
 * Real ms one frame may spend running the sim. A busy moment at 60× (a drain: evictions,
 * replacements, scheduling, kubelets) stops at this budget and goes on in the next frame, so the
 * page never freezes; virtual time then trails the wall clock briefly and catches up.
 */
const SIM_BUDGET_MS = 12
/** how far virtual time may trail the clock's pace, in real ms of frames (then it is dropped) */
const MAX_BACKLOG_MS = 1000
const CLOCK_REDRAW_MS = 250

/** Subscribe to every change of a world's clusters and machines; returns the unsubscribers. */
function watchWorld(world: World, onChange: () => void): (() => void)[] {
  const out: (() => void)[] = []
  for (const c of world.clusters.values()) out.push(c.store.watch(onChange))
  for (const h of world.hosts.all()) out.push(h.onChange(onChange))
  return out
}

let labEngine: Promise<typeof import('./labLoader')> | undefined

/** Start fetching the lab engine chunk (zod, the engine) before a lab page asks for it. */
export function preloadLabEngine(): Promise<typeof import('./labLoader')> {
  labEngine ??= import('./labLoader')
  return labEngine
}

const defaultLoader: LabLoader = async (req) => (await preloadLabEngine()).loadLab(req)

export function createAppStore(opts: AppStoreOptions = {}): AppStore {
  let dirty = false
  let carryMs = 0
  /** virtual time the frames have asked for but the budget has not reached yet */
  let backlogMs = 0
  const now = opts.realNow ?? (() => performance.now())
  let publishPosted = false
  /**
   * set while a task that ran the sim (and its microtasks: resumed commands) is going on; cleared
   * by a task posted behind it, or at once when a student's action starts a task
   */
  let simTaskOpen = false
  let sinceBumpMs = 0
  let saveTimer: ReturnType<typeof setTimeout> | undefined
  let unwatch: (() => void)[] = []

  const ctx: StoreContext = {
    loaded: undefined,
    source: undefined,
    stream: new TerminalStream(),
    loader: opts.loader ?? defaultLoader,
    storage: opts.storage ?? memoryStorage(),
    seed: opts.seed ?? 1,
    columns: 80,
    markDirty: () => {
      dirty = true
    },
    publishWorld: () => {
      const world = ctx.loaded?.runtime.world
      if (!dirty || !world) return
      // a command that ends inside a frame's sim task (a drain's last eviction) hands its changes
      // over in a task of its own, as the frame does: the sim and the re-render never share one
      if (simTaskOpen) publishSoon()
      else publish(world.clock.now())
    },
    enterUserTask: () => {
      simTaskOpen = false
    },
    persistSoon: () => {
      if (saveTimer !== undefined) return
      saveTimer = setTimeout(flush, opts.saveDelayMs ?? 300)
    },
    detachWorld: () => {
      for (const u of unwatch) u()
      unwatch = []
    },
    attachWorld: () => {
      backlogMs = 0
      const rt = ctx.loaded?.runtime
      if (!rt) return
      let world = rt.world
      let watches = watchWorld(world, () => ctx.markDirty())
      const offChange = rt.onChange(() => {
        // reset() builds a new world: follow it
        if (rt.world !== world) {
          backlogMs = 0
          for (const u of watches) u()
          world = rt.world
          watches = watchWorld(world, () => ctx.markDirty())
        }
        ctx.markDirty()
        ctx.onRuntimeChange?.()
      })
      unwatch.push(() => {
        offChange()
        for (const u of watches) u()
      })
    },
  }

  const store = createStore<AppState>()(
    immer((set, get) => ({
      ...createSettingsSlice(set, get, ctx),
      ...createClockSlice(set, get, ctx),
      ...createLayoutSlice(set, get, ctx),
      ...createTerminalSlice(set, get, ctx),
      ...createLabSlice(set, get, ctx),
    })),
  )

  function flush(): void {
    if (saveTimer !== undefined) clearTimeout(saveTimer)
    saveTimer = undefined
    const s = store.getState()
    save(ctx.storage, SETTINGS_KEY, {
      lang: s.lang,
      speed: s.clock.speed,
      screenReader: s.screenReader,
    })
    const id = s.lab.id
    if (!id || s.lab.status !== 'ready' || !ctx.loaded) return
    const ok = save(ctx.storage, labKey(id), {
      labId: id,
      progress: { current: s.lab.current, questions: s.lab.questions },
      layout: { positions: s.layout.positions, showSystemPods: s.showSystemPods },
      terminal: { scrollback: ctx.stream.scrollback(), history: s.terminal.history },
      runtime: ctx.loaded.snapshot?.(),
    })
    if (!ok)
      s.showNotice('Your progress could not be saved in this browser (storage full or disabled).')
  }

  /** Mark the current task as one that runs the sim, until a task posted now runs. */
  function enterSimTask(): void {
    if (simTaskOpen || !opts.postTask) return
    simTaskOpen = true
    opts.postTask(() => {
      simTaskOpen = false
    })
  }

  /**
   * Run the sim toward the backlog until the deadline. A command waiting in sleep resumes at its
   * wake-up time, as in a replay (drive 'auto'): the clock stops after that instant so the
   * command's continuation runs first; in the browser the rest of the budget follows in a task of
   * its own right after (a command polling every 100 ms still gets a whole frame's time).
   */

  function advanceSim(world: World, deadline: number): void {
    enterSimTask()
    const from = world.clock.now()
    const wakes = world.clock.wakes
    world.clock.advanceTo(
      from + backlogMs,
      undefined,
      () => world.clock.wakes !== wakes || now() > deadline,
    )
    backlogMs -= world.clock.now() - from
    if (world.clock.wakes === wakes || backlogMs <= 0 || !opts.postTask) return
    opts.postTask(() => {
      const same = ctx.loaded?.runtime.world === world && store.getState().clock.playing
      if (same && backlogMs > 0 && now() <= deadline) advanceSim(world, deadline)
    })
  }

  function frame(realMs: number): void {
    const world = ctx.loaded?.runtime.world
    if (!world) return
    enterSimTask()
    const { playing, speed } = store.getState().clock
    if (playing && realMs > 0) {
      carryMs += Math.min(realMs, MAX_FRAME_MS) * speed
      const step = Math.floor(carryMs)
      carryMs -= step
      backlogMs = Math.min(backlogMs + step, MAX_BACKLOG_MS * speed)
      if (backlogMs > 0) advanceSim(world, now() + SIM_BUDGET_MS)
      else world.clock.runDue()
    } else {
      backlogMs = 0
      world.clock.runDue()
    }
    const at = world.clock.now()
    const prev = store.getState().clock.now
    const secondChanged = Math.floor(at / 1000) !== Math.floor(prev / 1000)
    sinceBumpMs += realMs
    // clock-only changes (countdowns, ages) redraw at most CLOCK_REDRAW_MS apart; world changes every frame
    if (!dirty && (!secondChanged || sinceBumpMs < CLOCK_REDRAW_MS)) return
    // a new second moves countdowns and ages: the graph re-reads the world
    publishSoon()
  }

  /** publish in a task of its own, posted now (once, however often it is asked for meanwhile); without postTask at once */
  function publishSoon(): void {
    if (!opts.postTask) {
      const w = ctx.loaded?.runtime.world
      if (w) publish(w.clock.now())
      return
    }
    if (publishPosted) return
    publishPosted = true
    opts.postTask(() => {
      publishPosted = false
      const w = ctx.loaded?.runtime.world
      if (w) publish(w.clock.now())
    })
  }

  /** one worldRevision bump: the graph and the panels re-read the world */
  function publish(now: number): void {
    sinceBumpMs = 0
    dirty = false
    store.setState((s) => {
      s.worldRevision++
      s.clock.now = now
    })
  }

  // settings are global to the browser, not per lab
  const settings = loadSettings(ctx.storage)
  if (settings.ok && settings.value) {
    const { lang, speed, screenReader } = settings.value
    store.setState((s) => {
      s.lang = lang
      s.clock.speed = speed
      s.screenReader = screenReader ?? false
    })
  } else if (!settings.ok) {
    store
      .getState()
      .showNotice(`Your saved settings could not be loaded (${settings.reason}) and were reset.`)
  }

  return Object.assign(store, { frame, flush })
}
