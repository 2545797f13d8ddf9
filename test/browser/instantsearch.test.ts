import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, eventually, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

/** The InstantSearch demo page: InstantSearch's widgets in Chromium, through the Meilisearch-compatible API. */
describe.skipIf(!hasChromium)('the InstantSearch demo page in a real browser', () => {
  let server: TestServer
  let browser: Browser
  const partnersOnlyTitle = 'Alleen voor partners: oefening zandloperdraaiboek'

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({ MEILI_HOST: '' }, 'instantsearch'), launchChromium()])
    const curator = await login(server.url, 'curator@weerbaar.test')
    const created = await api(server.url, '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Gemeenten oefenen het zandloperdraaiboek.',
        preventionLevel: ['secondary'],
        role: ['organisation'],
        summary: 'Een oefening voor de crisisorganisatie.',
        title: partnersOnlyTitle,
        visibility: 'partners',
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    await eventually(
      'the partners-only card to be indexed',
      async () => (await api(server.url, '/api/search?q=zandloperdraaiboek', { session: curator })).body.total > 0,
    )
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
        .getByText(/resultaten?/)
        .first()
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

  it('searches with the signed-in reader’s session: a partners-only card for a member, not for a visitor', async () => {
    const visitor = await browser.newPage()
    await visitor.goto(`${server.url}/zoeken/instantsearch`)
    const box = visitor.getByLabel('Zoek in interventies, goede praktijken en lessen')
    // First a search with hits, so an empty list afterwards is the answer to the next one.
    await box.fill('phishing')
    await visitor.locator('.ais-Hits-item').first().waitFor()
    await box.fill('zandloperdraaiboek')
    await visitor.locator('.ais-Hits--empty').waitFor({ state: 'attached' })
    expect(await visitor.locator('.ais-Hits-item').count()).toBe(0)
    expect(await visitor.content()).not.toContain('Alleen voor partners')
    await visitor.close()

    const context = await browser.newContext({ locale: 'nl-NL' })
    const member = await context.newPage()
    await member.goto(`${server.url}/inloggen`)
    await member.getByLabel('E-mailadres').fill('member.leiden@weerbaar.test')
    await member.getByLabel('Wachtwoord').fill(demoPassword)
    await member.getByRole('button', { name: 'Inloggen' }).click()
    await member.getByText('Ingelogd als').waitFor()
    await member.goto(`${server.url}/zoeken/instantsearch`)
    await member.getByLabel('Zoek in interventies, goede praktijken en lessen').fill('zandloperdraaiboek')
    await member
      .locator('.ais-Hits-item h3')
      .getByText(/oefening/)
      .waitFor()
    await context.close()
  })

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
