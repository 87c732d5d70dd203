// Performance figures for the README: navigation → usable terminal on the preview build, and long
// tasks (> 50 ms) while a 50-node, 1,000-pod world drains a node. The fixture lab is served with
// page.route so it never ships. Speed is measured and reported (test-results/perf/*.json), never
// asserted: a loaded CI machine must not turn a measurement into a failure.
import { expect, test } from '@playwright/test'
import { mkdirSync, writeFileSync } from 'node:fs'
import { LabPage } from './pages/LabPage'

declare global {
  interface Window {
    __longTasks?: { start: number; duration: number }[]
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        window.__longTasks!.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
  })
})

test('measures navigation → usable terminal', async ({ page }, info) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const ms = await page.evaluate(
    () => performance.getEntriesByName('cordon:terminal-ready')[0]?.startTime ?? -1,
  )
  console.log(`navigation → usable terminal: ${ms.toFixed(0)} ms`)
  await info.attach('terminal-ready-ms', {
    body: String(Math.round(ms)),
    contentType: 'text/plain',
  })
  expect(ms).toBeGreaterThan(0)
  record('terminal-ready', { navigationToUsableTerminalMs: Math.round(ms) })
})

test('measures long tasks while a 50-node, 1,000-pod world drains a node', async ({
  page,
}, info) => {
  test.setTimeout(180_000)
  // match the path only: the page's own URL carries the fixture's path in its query
  await page.route(
    (url) => url.pathname === '/fixtures/big-cluster.json',
    (route) =>
      route.fulfill({ path: 'e2e/fixtures/big-cluster.json', contentType: 'application/json' }),
  )
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
  const p = new LabPage(page)
  await p.goto('big-cluster', '?lab=/fixtures/big-cluster.json')
  await expect(p.node('node49')).toBeAttached()
  await page.getByRole('button', { name: 'Speed 60×' }).click()
  await page.waitForTimeout(1000)
  const before = await page.evaluate(() => window.__longTasks!.length)
  await p.type('kubectl drain node01 --ignore-daemonsets')
  const t0 = Date.now()
  await expect(p.terminal).toHaveAttribute('data-busy', 'false', { timeout: 120_000 })
  const drainMs = Date.now() - t0
  await page.waitForTimeout(1000)
  const tasks = await page.evaluate((n) => window.__longTasks!.slice(n), before)
  const worst = Math.max(0, ...tasks.map((t) => t.duration))
  const figures = {
    drainRealMs: drainMs,
    longTasksOver50ms: tasks.length,
    worstLongTaskMs: Math.round(worst),
  }
  console.log(`50 nodes / 1,000 pods drain: ${JSON.stringify(figures)}`)
  await info.attach('drain-figures', {
    body: JSON.stringify(figures, null, 2),
    contentType: 'application/json',
  })
  await p.shot('big-cluster-drained')
  expect(await p.termText()).toContain('node/node01 drained')
  record('big-cluster-drain', figures)
})

function record(name: string, figures: Record<string, number>): void {
  mkdirSync('test-results/perf', { recursive: true })
  writeFileSync(`test-results/perf/${name}.json`, JSON.stringify(figures, null, 2) + '\n')
}
