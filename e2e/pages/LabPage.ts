// Page object of a lab page: the terminal (read through its buffer), the clock, the questions, the graph.
import { expect, type Locator, type Page } from '@playwright/test'

export class LabPage {
  readonly terminal: Locator
  readonly questions: Locator

  constructor(readonly page: Page) {
    this.terminal = page.getByRole('region', { name: 'Terminal' })
    this.questions = page.getByRole('region', { name: 'Questions' })
  }

  /** A fresh page load of the lab (a hash change alone would keep the running app). */
  async goto(id: string, query = ''): Promise<void> {
    await this.page.goto('about:blank')
    await this.page.goto(`/${query}#/lab/${id}`)
    await this.waitReady()
  }

  async waitReady(): Promise<void> {
    // building a lab's world runs its settle time (30 virtual minutes): slow on a loaded machine
    await expect(this.page.locator('.lab-page')).toHaveAttribute('aria-busy', 'false', {
      timeout: 30_000,
    })
    await expect(this.terminal).toHaveAttribute('data-busy', 'false', { timeout: 30_000 })
    await expect.poll(() => this.termText(), { timeout: 30_000 }).toMatch(/➜$/)
  }

  /** The whole terminal buffer, one line per row, trailing spaces trimmed. */
  termText(): Promise<string> {
    return this.page.evaluate(() => {
      const b = window.__term!.buffer.active
      const out: string[] = []
      for (let i = 0; i < b.length; i++) out.push(b.getLine(i)?.translateToString(true) ?? '')
      return out.join('\n').trimEnd()
    })
  }

  /** Type a command line into the terminal like a student and press Enter. */
  async type(line: string): Promise<void> {
    await this.page.locator('.xterm-helper-textarea').focus()
    await this.page.keyboard.type(line)
    await this.page.keyboard.press('Enter')
  }

  /** Type a command and wait until the prompt is back, fast-forwarding while it waits. */
  /** Type a command and wait until it has finished and the next prompt is shown. */
  async run(line: string): Promise<void> {
    const prompts = (await this.termText()).split('➜').length
    await this.type(line)
    // the busy flag may not be set yet right after Enter: wait for the next prompt as well
    await expect
      .poll(
        async () => {
          if ((await this.terminal.getAttribute('data-busy')) !== 'false') {
            await this.fastForward(1)
            return false
          }
          return (await this.termText()).split('➜').length > prompts
        },
        { timeout: 30_000 },
      )
      .toBe(true)
  }

  /** Paste text (several lines run in order) into the terminal. */
  async paste(text: string): Promise<void> {
    await this.page.locator('.xterm-helper-textarea').focus()
    await this.page.evaluate((t) => window.__term!.paste(t), text)
  }

  async waitIdle(): Promise<void> {
    for (let i = 0; i < 40; i++) {
      if ((await this.terminal.getAttribute('data-busy')) === 'false') return
      await this.fastForward(1)
      await this.page.waitForTimeout(100)
    }
    await expect(this.terminal).toHaveAttribute('data-busy', 'false')
  }

  async fastForward(minutes: 1 | 5): Promise<void> {
    await this.page
      .getByRole('button', { name: `Fast-forward ${minutes} minute${minutes > 1 ? 's' : ''}` })
      .click()
  }

  async openQuestion(n: number): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Questions' })
      .getByRole('button', { name: new RegExp(`^Question ${n}:`) })
      .click()
    await expect(this.page.locator('.question-kicker')).toContainText(`Question ${n} /`)
  }

  async questionState(n: number): Promise<string> {
    const name = await this.page
      .getByRole('navigation', { name: 'Questions' })
      .getByRole('button', { name: new RegExp(`^Question ${n}:`) })
      .getAttribute('aria-label')
    return /\((\w[\w ]*)\)$/.exec(name ?? '')?.[1] ?? ''
  }

  async chooseOption(label: string): Promise<void> {
    await this.questions
      .getByRole('radio', { name: label, exact: true })
      .or(this.questions.getByRole('checkbox', { name: label, exact: true }))
      .check()
  }

  async fillAnswer(text: string): Promise<void> {
    await this.questions.getByRole('textbox', { name: 'Answer' }).fill(text)
  }

  async check(): Promise<void> {
    await this.questions.getByRole('button', { name: 'Check' }).click()
  }

  node(name: string): Locator {
    return this.page.getByRole('button', { name: `Node ${name}`, exact: true })
  }

  pod(nsName: string): Locator {
    return this.page.getByRole('button', { name: `Pod ${nsName}`, exact: true })
  }

  /** Pick the UI language in the header's switch (its name is "Language" or "언어"). */
  async setLang(option: 'English' | '한국어'): Promise<void> {
    await this.page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(option)
  }

  /** waitReady for a page shown in Korean, where the terminal region is named "터미널". */
  async waitReadyKo(): Promise<void> {
    const terminal = this.page.getByRole('region', { name: '터미널' })
    await expect(this.page.locator('.lab-page')).toHaveAttribute('aria-busy', 'false', {
      timeout: 30_000,
    })
    await expect(terminal).toHaveAttribute('data-busy', 'false', { timeout: 30_000 })
    await expect.poll(() => this.termText(), { timeout: 30_000 }).toMatch(/➜$/)
  }

  async shot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screens/${name}.png` })
  }
}
