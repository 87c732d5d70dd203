// Bash compound commands in the browser terminal: a loop typed over two lines (the continuation
// prompt), its commands reaching the cluster graph, and an endless loop that Ctrl-C stops while
// the page stays responsive.
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => localStorage.clear())
})

test('a for loop typed over two lines cordons both nodes', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await page.locator('.xterm-helper-textarea').focus()
  await page.keyboard.type('for n in node01 controlplane')
  await page.keyboard.press('Enter')
  // not complete yet: bash's continuation prompt
  await expect.poll(() => p.termText()).toMatch(/for n in node01 controlplane\n>$/)
  await p.run('do kubectl cordon $n; done')
  const text = await p.termText()
  expect(text).toContain(
    '> do kubectl cordon $n; done\nnode/node01 cordoned\nnode/controlplane cordoned\n',
  )
  await expect(p.node('node01')).toContainText('SchedulingDisabled')
  await expect(p.node('controlplane')).toContainText('SchedulingDisabled')
  // the loop is one history entry: ↑ brings it back on one line
  await page.keyboard.press('ArrowUp')
  await expect
    .poll(() => p.termText())
    .toMatch(/➜ {2}for n in node01 controlplane; do kubectl cordon \$n; done$/)
})

test('Ctrl-C stops an endless loop and the terminal goes on', async ({ page }) => {
  const p = new LabPage(page)
  await p.goto('os-upgrades')
  await p.type('while true; do echo y; done')
  await expect(p.terminal).toHaveAttribute('data-busy', 'true')
  await expect.poll(async () => (await p.termText()).split('\ny').length).toBeGreaterThan(20)
  // the page answers while the loop runs: the clock's pause button responds
  const pause = page.getByRole('button', { name: /^(Pause|Play)$/ })
  await pause.click()
  await pause.click()
  await page.locator('.xterm-helper-textarea').focus()
  await page.keyboard.press('Control+C')
  await expect(p.terminal).toHaveAttribute('data-busy', 'false')
  await expect.poll(() => p.termText()).toMatch(/\^C\n.*➜$/)
  await p.run('echo $((6 * 7))')
  expect(await p.termText()).toMatch(/echo \$\(\(6 \* 7\)\)\n42\n/)
})
