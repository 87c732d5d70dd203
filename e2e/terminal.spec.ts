// The terminal's screen-reader switch: off by default (xterm's screen-reader rows cost a forced
// layout per row on every output); on, the terminal's lines are in an accessible list; the choice
// survives a reload. And the characters it draws are measured before the first command needs them.
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

test('the screen-reader switch gives the terminal lines to assistive tech and is remembered', async ({
  page,
}) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  const sr = p.terminal.getByRole('button', { name: 'Screen reader' })
  const rows = page.locator('.xterm-accessibility-tree')
  await expect(sr).toHaveAttribute('aria-pressed', 'false')
  await expect(rows).toHaveCount(0)

  await sr.click()
  await expect(sr).toHaveAttribute('aria-pressed', 'true')
  await p.run('kubectl get nodes')
  // xterm fills the accessible rows a moment after the write: retrying assertions only
  await expect(rows).toContainText('node01')
  await expect(rows.getByRole('listitem').first()).toBeAttached()

  await page.reload()
  await p.waitReady()
  await expect(sr).toHaveAttribute('aria-pressed', 'true')
  await expect(rows).toContainText('controlplane')

  await sr.click()
  await expect(sr).toHaveAttribute('aria-pressed', 'false')
  await expect(rows).toHaveCount(0)
})

test("the terminal measures its characters' widths in idle time after it is up", async ({
  page,
}) => {
  // src/ui/terminal/warmGlyphs.ts reaches xterm's width cache through its internals: this fails
  // when an xterm upgrade moves it (the terminal still works; big drains get slower first frames)
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('cordon:glyphs-warm').length))
    .toBe(1)
  await p.run('kubectl get nodes')
  expect(await p.termText()).toContain('node01')
})
