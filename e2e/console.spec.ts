// No console errors or page errors on any page.
import { expect, test } from '@playwright/test'
import { LabPage } from './pages/LabPage'
import { PickerPage } from './pages/PickerPage'

test('the lab list and the lab page log no console errors', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`)
  })
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`))
  const picker = new PickerPage(page)
  await picker.goto()
  await expect(picker.card('OS Upgrades')).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/picker.png' })
  await picker.card('OS Upgrades').click()
  const lab = new LabPage(page)
  await lab.waitReady()
  await lab.run('kubectl get nodes')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await expect(page.getByRole('button', { name: '1분 빨리 감기' })).toBeVisible()
  await page.screenshot({ path: 'test-results/screens/lab-ko.png' })
  await page.getByRole('combobox', { name: '언어' }).selectOption('en')
  await page.goto('/#/lab/no-such-lab')
  await expect(page.getByRole('alert')).toContainText('There is no lab named "no-such-lab"')
  expect(errors).toEqual([])
})

test('a link straight to a lab logs no warnings: the chunks and styles it preloads are used', async ({
  page,
}) => {
  const warnings: string[] = []
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') warnings.push(`${m.type()}: ${m.text()}`)
  })
  const lab = new LabPage(page)
  await lab.goto('os-upgrades')
  await lab.run('kubectl get nodes')
  expect(warnings).toEqual([])
})

test('a stored state that no longer loads is dropped with a notice, not a blank page', async ({
  page,
}) => {
  await page.goto('/')
  await page.evaluate(() =>
    localStorage.setItem('cordon.lab.os-upgrades', '{"version":2,"labId":"os-upgrades"}'),
  )
  const lab = new LabPage(page)
  await lab.goto('os-upgrades')
  await expect(page.getByRole('alert')).toContainText('could not be loaded')
  await expect(lab.node('node01')).toBeVisible()
})
