import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

/** The InstantSearch demo page: InstantSearch's widgets in Chromium, through the Meilisearch-compatible API. */
describe.skipIf(!hasChromium)('the InstantSearch demo page in a real browser', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ MEILI_HOST: '' }, 'instantsearch'), launchChromium()])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const statsCount = async (page: Page) => Number((await page.locator('.ais-Stats').textContent())?.match(/\d+/)?.[0])

  for (const viewport of viewports) {
    it(`finds, highlights and refines as the visitor types and ticks (${viewport.name})`, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', viewport })
      const page = await context.newPage()
      const response = await page.goto(`${server.url}/zoeken/instantsearch`)
      expect(response?.status()).toBe(200)
      expect(await page.getAttribute('html', 'lang')).toBe('nl')
      await page.getByRole('heading', { level: 1, name: 'Zoeken met InstantSearch' }).waitFor()

      await page.getByLabel('Zoek in interventies, goede praktijken en lessen').fill('phisihng')
      const first = page.locator('.ais-Hits-item h3').first()
      await first
        .getByText(/phishing/i)
        .first()
        .waitFor()
      expect(await page.locator('.ais-Hits-item mark').count(), 'the typo-corrected word is highlighted').toBeGreaterThan(0)
      await page
        .locator('.ais-Stats')
        .getByText(/resultaten? in/)
        .waitFor()
      const before = await statsCount(page)
      expect(before).toBeGreaterThan(1)

      // The type facet, labelled in Dutch: tick the kind with the fewest hits.
      const typeList = page.locator('fieldset', { has: page.getByText('Soort', { exact: true }) })
      const options = typeList.locator('.ais-RefinementList-item')
      await options.first().waitFor()
      const counts = await options.locator('.ais-RefinementList-count').allTextContents()
      const labels = await options.locator('.ais-RefinementList-labelText').allTextContents()
      expect(
        labels.some((label) => ['Interventiekaart', 'Goede praktijk'].includes(label.trim())),
        labels.join(', '),
      ).toBe(true)
      const fewest = counts.map(Number).indexOf(Math.min(...counts.map(Number)))
      const expected = Number(counts[fewest])
      expect(expected).toBeLessThan(before)
      await options.nth(fewest).locator('input[type="checkbox"]').check()
      await page.waitForFunction(
        (want) => Number(document.querySelector('.ais-Stats')?.textContent?.match(/\d+/)?.[0]) === want,
        expected,
        { timeout: 30_000 },
      )
      expect(await page.locator('.ais-Hits-item').count()).toBe(Math.min(expected, 10))

      await page.screenshot({ fullPage: true, path: screenshotPath(`instantsearch-${viewport.name}`) })
      const violations = await seriousAccessibilityViolations(page)
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
      if (viewport.width < 500) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
        expect(overflow, 'nothing wider than the phone').toBeLessThanOrEqual(0)
      }
      await context.close()
    })
  }

  it('searches in English on the English page', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/en/zoeken/instantsearch`)
    await page.getByLabel('Search interventions, good practices and lessons').fill('older peopel')
    await page
      .locator('.ais-Hits-item h3')
      .first()
      .getByText(/older people/i)
      .waitFor()
    const hrefs = await page.locator('.ais-Hits-item h3 a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    expect(hrefs.every((href) => href?.startsWith('/en/'))).toBe(true)
    await page.close()
  })
})
