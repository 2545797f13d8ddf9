import type { Browser } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, signedInToAdmin, viewports } from '../helpers/browser'
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

    const page = await browser.newPage({ locale: 'nl-NL' })
    await page.goto(`${server.url}/admin`)
    await page.waitForURL(/\/admin\/login/)
    await page.locator('input[name="email"]').waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-login') })

    await page.fill('input[name="email"]', 'curator@weerbaar.test')
    await page.fill('input[name="password"]', demoPassword)
    await page.click('button[type="submit"]')
    await page.waitForURL((url) => url.pathname === '/admin')
    await page.getByText('Interventiekaarten').filter({ visible: true }).first().waitFor()
    await page.locator('#editorial-queues', { hasText: 'Ter beoordeling' }).waitFor()
    await page.locator('.editorial-queues').getByRole('link', { name: 'Kaart die wacht op de curator' }).waitFor()
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-dashboard') })
    const dashboardViolations = await seriousAccessibilityViolations(page, ['.editorial-queues', '.organisation-work'])
    expect(dashboardViolations, JSON.stringify(dashboardViolations, null, 2)).toEqual([])

    await page.goto(`${server.url}/admin/collections/interventions?limit=50`)
    await page.getByText('Phishing-voorlichting voor ouderen in buurthuizen').filter({ visible: true }).first().waitFor()
    expect(await page.title()).toMatch(/Weerbaar/)
  })

  it('lets a curator check a spreadsheet, see the bad row, and import the fixed file from the admin page', async () => {
    const { context, page } = await signedInToAdmin(browser, server.url, 'curator@weerbaar.test', demoPassword)
    expect(await page.locator('a#nav-import[href="/admin/import"]').count()).toBeGreaterThan(0)
    await page.goto(`${server.url}/admin/import`)
    await page.getByRole('heading', { name: /Importeren/ }).waitFor()

    const header = 'Titel;Samenvatting;Doel;Gericht op (rol);Preventieniveau'
    const file = (rows: string[]) => ({ buffer: Buffer.from([header, ...rows].join('\n')), mimeType: 'text/csv', name: 'kaarten.csv' })
    await page.setInputFiles(
      '#import-file',
      file(['Browserimport een;Kort.;Doel.;Slachtoffer;Primair', 'Browserimport twee;Kort.;Doel.;Marsbewoner;Primair']),
    )
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: /er is niets geschreven/ })
      .waitFor()
    const problem = page.getByRole('row').filter({ hasText: 'Marsbewoner' })
    expect(await problem.locator('td').allTextContents()).toEqual([
      '3',
      'Gericht op (rol)',
      'D3',
      expect.stringContaining('"Marsbewoner" is not known'),
    ])
    await page.screenshot({ fullPage: true, path: screenshotPath('admin-import-problems') })
    const importViolations = await seriousAccessibilityViolations(page, ['.weerbaar-import'])
    expect(importViolations, JSON.stringify(importViolations, null, 2)).toEqual([])

    await page.setInputFiles(
      '#import-file',
      file(['Browserimport een;Kort.;Doel.;Slachtoffer;Primair', 'Browserimport twee;Kort.;Doel.;Dader;Primair']),
    )
    await page.getByRole('button', { name: 'Importeren', exact: true }).click()
    await page
      .getByRole('status')
      .filter({ hasText: /2 nieuw/ })
      .waitFor()
    const curator = await login(server.url, 'curator@weerbaar.test')
    const { body } = await api(server.url, '/api/interventions?where[title][like]=Browserimport&draft=true&limit=10', { session: curator })
    expect(body.totalDocs).toBe(2)
    await context.close()
  })

  it('lets a curator pick a theme and an owner organisation by name, save, and publish a card', async () => {
    const member = await login(server.url, 'member.denhaag@weerbaar.test')
    const submitted = await api(server.url, '/api/interventions', {
      body: {
        goal: 'Slachtoffers van online fraude doen vaker aangifte.',
        preventionLevel: ['secondary'],
        role: ['victim'],
        summary: 'Een aangifteloket in de bibliotheek.',
        title: 'Aangifteloket online fraude',
        visibility: 'partners',
        workflowStatus: 'in-review',
      },
      method: 'POST',
      session: member,
    })
    expect(submitted.status).toBe(201)
    const id = submitted.body.doc.id

    for (const viewport of viewports) {
      const { context, page } = await signedInToAdmin(browser, server.url, 'curator@weerbaar.test', demoPassword, viewport)
      await page.goto(`${server.url}/admin/collections/interventions/${id}`)

      const owner = page.locator('#field-ownerOrganisation')
      await owner.getByText(viewport.name === 'desktop' ? 'Gemeente Den Haag' : 'Gemeente Leiden').waitFor()
      expect(await page.getByText(/Untitled|Naamloos/).count(), 'related items show their names, not their ids').toBe(0)

      const theme = viewport.name === 'desktop' ? 'Online fraude en oplichting' : 'Cyberaanvallen op organisaties'
      const themes = page.locator('#field-themes')
      // Typing into the select, as a curator does: a click on the control could land on its edit button.
      await themes.locator('input.rs__input').focus()
      await page.keyboard.type(theme.split(' ')[0]!)
      await page.locator('.rs__option', { hasText: theme }).click()
      await themes.locator('.rs__multi-value', { hasText: theme }).waitFor()

      const organisation = viewport.name === 'desktop' ? 'Gemeente Leiden' : 'Gemeente Delft'
      await owner.locator('input.rs__input').focus()
      await page.keyboard.type(organisation.split(' ')[1]!)
      await page.locator('.rs__option', { hasText: organisation }).click()
      await owner.locator('.rs__single-value', { hasText: organisation }).waitFor()
      await page.screenshot({ fullPage: true, path: screenshotPath(`admin-edit-card-${viewport.name}`) })

      const saved = (response: import('playwright-core').Response) =>
        response.url().includes(`/api/interventions/${id}`) && response.request().method() === 'PATCH'
      const [draftSave] = await Promise.all([page.waitForResponse(saved), page.getByRole('button', { name: 'Bewaar concept' }).click()])
      expect(draftSave.status(), await draftSave.text()).toBe(200)
      // The first time the card goes live, the button says so; after that it publishes changes.
      const [publish] = await Promise.all([
        page.waitForResponse(
          (response) => response.url().includes(`/api/interventions/${id}/publish`) && response.request().method() === 'POST',
        ),
        page.getByRole('button', { exact: true, name: viewport.name === 'desktop' ? 'Publiceer' : 'Publiceer wijzigingen' }).click(),
      ])
      expect(publish.status(), await publish.text()).toBe(200)
      await page.locator('.workflow-header-status').getByText('Gepubliceerd').waitFor()
      await page.screenshot({ fullPage: true, path: screenshotPath(`admin-published-card-${viewport.name}`) })

      const curator = await login(server.url, 'curator@weerbaar.test')
      const { body: card } = await api(server.url, `/api/interventions/${id}?depth=1&locale=nl`, { session: curator })
      expect(card._status).toBe('published')
      expect(card.workflowStatus).toBe('published')
      expect(card.themes.map((each: { name: string }) => each.name)).toContain(theme)
      expect(card.ownerOrganisation.name).toBe(organisation)
      const anonymousRead = await api(server.url, `/api/interventions/${id}?depth=1&locale=nl`)
      expect(anonymousRead.status, 'a partners card is not public').toBe(404)
      await context.close()
    }
  })

  it('lets an admin make an API key: the key shown before saving is the one that works afterwards', async () => {
    for (const viewport of viewports) {
      const { context, page } = await signedInToAdmin(browser, server.url, 'admin@weerbaar.test', demoPassword, viewport)
      await page.goto(`${server.url}/admin/collections/api-keys/create`)
      await page.locator('#api-key-value[value^="wb_"]').waitFor()
      const shownKey = await page.locator('#api-key-value').inputValue()
      expect(shownKey).toMatch(/^wb_[\w-]{40,}$/)
      expect(await page.getByText('Ingetrokken op').count(), 'nothing about using or revoking a key that does not exist yet').toBe(0)

      // Changing other fields reloads the form from the server: the key shown must survive that.
      await page.fill('#field-name', `Intranet gemeente (${viewport.name})`)
      const account = page.locator('#field-user')
      await account.locator('input.rs__input').focus()
      // Accounts are named as colleagues know them.
      await page.keyboard.type('Lotte')
      await page.locator('.rs__option', { hasText: 'Lotte Jansen' }).click()
      await account.locator('.rs__single-value', { hasText: 'Lotte Jansen' }).waitFor()
      expect(await page.locator('#api-key-value').inputValue()).toBe(shownKey)
      await page.screenshot({ fullPage: true, path: screenshotPath(`admin-api-key-create-${viewport.name}`) })

      const [created] = await Promise.all([
        page.waitForResponse((response) => response.url().includes('/api/api-keys') && response.request().method() === 'POST'),
        page.getByRole('button', { name: 'Bewaar', exact: true }).click(),
      ])
      expect(created.status(), await created.text()).toBe(201)
      await page.getByText('Begint met').waitFor()
      expect(await page.locator('#field-shown').inputValue(), 'the saved key begins like the one shown').toBe(`${shownKey.slice(0, 9)}…`)
      await page.screenshot({ fullPage: true, path: screenshotPath(`admin-api-key-saved-${viewport.name}`) })

      const asPartner = await fetch(`${server.url}/api/users/me`, { headers: { Authorization: `Bearer ${shownKey}` } })
      expect((await asPartner.json()).user?.email).toBe('member.leiden@weerbaar.test')
      await context.close()
    }
  })
})
