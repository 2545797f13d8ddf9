import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

describe.skipIf(!hasChromium)('the partner portal in a real browser', () => {
  let server: TestServer
  let browser: Browser
  const partnersOnlyTitle = 'Alleen voor partners: draaiboek ransomware bij de gemeente'

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'portal'), launchChromium()])
    const curator = await login(server.url, 'curator@weerbaar.test')
    const created = await api(server.url, '/api/interventions', {
      body: { _status: 'published', goal: 'Gemeenten oefenen een ransomware-aanval.', preventionLevel: ['secondary'], role: ['organisation'], summary: 'Draaiboek voor de crisisorganisatie.', title: partnersOnlyTitle, visibility: 'partners' },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    await eventually('the partners-only card to be indexed', async () => (await api(server.url, '/api/search?q=draaiboek%20ransomware', { session: curator })).body.total > 0)
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const open = async (path: string): Promise<Page> => {
    const page = await browser.newPage()
    const response = await page.goto(`${server.url}${path}`)
    expect(response?.status()).toBe(200)
    return page
  }

  const expectAccessible = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: screenshotPath(`portal-${name}`) })
    const violations = await seriousAccessibilityViolations(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  }

  it('shows the home page in Dutch, with themes and recent items, accessibly', async () => {
    const page = await open('/')
    expect(await page.getAttribute('html', 'lang')).toBe('nl')
    await page.getByRole('heading', { level: 1, name: 'Weerbaar' }).waitFor()
    await page.getByRole('heading', { name: "Thema's" }).waitFor()
    await page.getByRole('heading', { name: 'Recent gepubliceerd' }).waitFor()
    await expectAccessible(page, 'home')
  })

  it('switches to the English version of the page', async () => {
    const page = await open('/zoeken?q=phishing')
    await page.getByRole('link', { name: 'English' }).click()
    await page.waitForURL((url) => url.pathname === '/en/zoeken')
    expect(new URL(page.url()).searchParams.get('q')).toBe('phishing')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor()
    await expectAccessible(page, 'search-en')
  })

  it('finds phishing cards for older people despite a typo, as the visitor types', async () => {
    const page = await open('/zoeken')
    await page.getByLabel('Zoek in interventies').fill('phising ouderen')
    await page.waitForURL((url) => url.searchParams.get('q') === 'phising ouderen')
    const first = page.locator('.portal-results li h3').first()
    await first.waitFor()
    expect(await first.textContent()).toMatch(/phishing/i)
    expect(await first.textContent()).toMatch(/ouderen/i)
    await expectAccessible(page, 'search')
  })

  it('narrows the results with a facet, keeps the search in the address, and lets the filter be removed', async () => {
    const page = await open('/zoeken')
    const total = Number((await page.locator('#results').textContent())?.match(/\d+/)?.[0])
    await page.getByLabel(/^Ouderen \(\d+\)$/).check()
    await page.getByRole('button', { name: 'Filters toepassen' }).click()
    await page.waitForURL((url) => url.searchParams.get('targetGroup') === 'seniors')
    const narrowed = Number((await page.locator('#results').textContent())?.match(/\d+/)?.[0])
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(total)
    await page.getByRole('link', { name: /Filter verwijderen: Doelgroep: Ouderen/ }).click()
    await page.waitForURL((url) => !url.searchParams.has('targetGroup'))
  })

  it('does not show a partners-only card to an anonymous visitor', async () => {
    const page = await open('/zoeken?q=draaiboek%20ransomware')
    await page.locator('#results').waitFor()
    expect(await page.content()).not.toContain('Alleen voor partners')
    await page.getByText('Niets gevonden.').waitFor()
  })
})
