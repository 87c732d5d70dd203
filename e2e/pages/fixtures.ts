// Fixture labs for e2e (e2e/fixtures/*.json): served with page.route so they never ship, opened
// with `?lab=<url>`.
import type { Page } from '@playwright/test'

/** Serve e2e/fixtures/<id>.json at /fixtures/<id>.json; returns the query that opens it. */
export async function serveFixtureLab(page: Page, id: string): Promise<string> {
  const path = `/fixtures/${id}.json`
  // match the path only: the page's own URL carries the fixture's path in its query
  await page.route(
    (url) => url.pathname === path,
    (route) => route.fulfill({ path: `e2e${path}`, contentType: 'application/json' }),
  )
  return `?lab=${path}`
}
