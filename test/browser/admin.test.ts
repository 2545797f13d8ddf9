import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

describe.skipIf(!hasChromium)('the admin panel in a real browser', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'browser'), launchChromium()])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the sign-in page and lets a curator in to the review queue and the knowledge collections', async () => {
    const member = await login(server.url, 'member.denhaag@weerbaar.test')
    const submitted = await api(server.url, '/api/interventions', {
      body: {
        goal: 'Doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Samenvatting.',
        title: 'Kaart die wacht op de curator',
        visibility: 'partners',
        workflowStatus: 'in-review',
      },
      method: 'POST',
      session: member,
    })
    expect(submitted.status).toBe(201)

    const page = await browser.newPage()
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.locator('input[name="email"]').waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-login') })

    await page.fill('input[name="email"]', 'curator@weerbaar.test')
    await page.fill('input[name="password"]', demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page
      .getByText(/Interventiekaarten|Intervention cards/)
      .filter({ visible: true })
      .first()
      .waitFor()
    await page.getByRole('heading', { name: /Ter beoordeling/ }).waitFor()
    await page.getByRole('link', { name: 'Kaart die wacht op de curator' }).waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-dashboard') })

    await page.goto(`${server.url}/admin/collections/interventions?limit=50`)
    await page.getByText('Phishing-voorlichting voor ouderen in buurthuizen').filter({ visible: true }).first().waitFor()
    expect(await page.title()).toMatch(/Weerbaar/)
  })

  it('lets a curator check a spreadsheet, see the bad row, and import the fixed file from the admin page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'curator@weerbaar.test')
    await page.fill('input[name="password"]', demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    expect(await page.locator('a#nav-import[href="/admin/import"]').count()).toBeGreaterThan(0)
    await page.goto(`${server.url}/admin/import`)
    await page.getByRole('heading', { name: /Importeren/ }).waitFor()

    const header = 'Titel;Samenvatting;Doel;Gericht op (rol);Preventieniveau'
    const file = (rows: string[]) => ({ buffer: Buffer.from([header, ...rows].join('\n')), mimeType: 'text/csv', name: 'kaarten.csv' })
    await page.setInputFiles(
      '#import-file',
      file(['Browserimport een;Kort.;Doel.;Slachtoffer;Primair', 'Browserimport twee;Kort.;Doel.;Marsbewoner;Primair']),
    )
    await page.getByRole('button', { name: /Importeren \/ Import/ }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: /nothing was written/ })
      .waitFor()
    const problem = page.getByRole('row').filter({ hasText: 'Marsbewoner' })
    expect(await problem.locator('td').allTextContents()).toEqual([
      '3',
      'Gericht op (rol)',
      'D3',
      expect.stringContaining('"Marsbewoner" is not known'),
    ])
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-import-problems') })

    await page.setInputFiles(
      '#import-file',
      file(['Browserimport een;Kort.;Doel.;Slachtoffer;Primair', 'Browserimport twee;Kort.;Doel.;Dader;Primair']),
    )
    await page.getByRole('button', { name: /Importeren \/ Import/ }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /2 nieuw \/ new/ })
      .waitFor()
    const curator = await login(server.url, 'curator@weerbaar.test')
    const { body } = await api(server.url, '/api/interventions?where[title][like]=Browserimport&draft=true&limit=10', { session: curator })
    expect(body.totalDocs).toBe(2)
    await context.close()
  })
})
