// Page object of the lab list.
import { type Locator, type Page } from '@playwright/test'

export class PickerPage {
  readonly cards: Locator
  constructor(readonly page: Page) {
    this.cards = page.getByRole('list', { name: 'All labs' }).getByRole('link')
  }
  async goto(): Promise<void> {
    await this.page.goto('/')
  }
  card(title: string): Locator {
    return this.page.getByRole('link', { name: `Open lab: ${title}` })
  }
}
