import type { Browser, Page, Response } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, eventually, login } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, signedInToAdmin, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

const [desktop, phone] = viewports
const memberEmail = 'member.denhaag@weerbaar.test'
const curatorEmail = 'curator@weerbaar.test'
const title = 'Buurtapp-waarschuwing bij phishinggolven'
const comment = 'Beschrijf hoe de buurtapp-beheerders zijn geworven.'
/** Names only the code knows: a step or a message that shows one has leaked an internal. */
const technicalNames = /workflowStatus|reviewComment|reviewHistory|_status|overrideReason|in-review|sent-back/

describe.skipIf(!hasChromium)('the editorial journey in the admin panel, in Dutch', { timeout: 180_000 }, () => {
  let server: TestServer
  let browser: Browser
  let id = ''

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'journey'), launchChromium()])
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const step = (path: string) => (response: Response) =>
    response.url().includes(`/api/good-practices/${id}/${path}`) && response.request().method() === 'POST'

  /** Clicks a workflow button and returns the server's answer to it. */
  const take = async (page: Page, path: string, button: string) => {
    const [response] = await Promise.all([
      page.waitForResponse(step(path)),
      page.getByRole('button', { exact: true, name: button }).click(),
    ])
    return response
  }

  const statusInHeader = (page: Page) => page.locator('.workflow-header-status')

  /** Once the page has settled (panels slide in while it loads), nothing is wider than the phone. */
  const expectToFitThePhone = async (page: Page) => {
    const fits = await page
      .waitForFunction(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth, undefined, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false)
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 8)
        .map((element) => `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 80)}`),
    )
    expect(fits, `the page fits a phone; wider: ${wide.join(', ')}`).toBe(true)
  }

  const expectNoTechnicalNames = async (page: Page, where: string) => {
    const text = await page.locator('body').innerText()
    expect(text.match(technicalNames)?.[0], `${where} shows a technical name`).toBeUndefined()
  }

  /** Our own parts of the admin panel: the workflow's status, notice, buttons and dialog, and the dashboard's lists. */
  const ours = [
    '.workflow-header-status',
    '.workflow-notice',
    '#action-workflow-submit',
    '#action-workflow-send-back',
    '.workflow-send-back',
    '.organisation-work',
    '.editorial-queues',
  ]

  const expectAccessible = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: screenshotPath(name) })
    const violations = await seriousAccessibilityViolations(page, ours)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  }

  it('a member writes a good practice and submits it; publishing is not offered to them', async () => {
    const { context, page } = await signedInToAdmin(browser, server.url, memberEmail, demoPassword, desktop)
    await page.goto(`${server.url}/admin/collections/good-practices/create`)
    await page.getByText('Sla eerst een concept op. Daarna kun je het ter beoordeling aanbieden.').waitFor()
    await page.locator('#field-title').fill(title)
    await page.locator('#field-summary').fill('Buurtapp-beheerders waarschuwen hun buurt zodra de politie een phishinggolf meldt.')
    await page.locator('#field-problem').fill('Ouderen krijgen golven van phishingberichten die op hun bank lijken.')
    await page.locator('#field-approach').fill('De gemeente zet de waarschuwing van de politie door naar de beheerders van buurtapps.')
    const themes = page.locator('#field-themes')
    await themes.locator('input.rs__input').focus()
    await page.keyboard.type('Online')
    await page.locator('.rs__option', { hasText: 'Online fraude en oplichting' }).click()
    await themes.locator('.rs__multi-value', { hasText: 'Online fraude en oplichting' }).waitFor()
    expect(await page.getByRole('button', { name: /^Publiceer/ }).count(), 'a member is never offered publishing').toBe(0)

    const [created] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/api/good-practices?') && response.request().method() === 'POST'),
      page.getByRole('button', { name: 'Bewaar concept' }).click(),
    ])
    expect(created.status(), await created.text()).toBe(201)
    id = String((await created.json()).doc.id)
    await page.waitForURL((url) => url.pathname.endsWith(`/good-practices/${id}`))
    await statusInHeader(page).getByText('Concept').waitFor()

    const submitted = await take(page, 'submit', 'Bied aan ter beoordeling')
    expect(submitted.status(), await submitted.text()).toBe(200)
    await page
      .locator('[data-sonner-toast]')
      .getByText(/^Aangeboden ter beoordeling: een redacteur/)
      .waitFor()
    await statusInHeader(page).getByText('Ter beoordeling').waitFor()
    await page.getByText('Dit item wacht op een redacteur.').waitFor()
    expect(await page.getByRole('button', { exact: true, name: 'Bied aan ter beoordeling' }).count(), 'submitted once').toBe(0)
    await expectNoTechnicalNames(page, 'the submitted item')
    await expectAccessible(page, 'journey-member-submitted')

    // Closing the tab lets go of the item: the curator is not met by a lock.
    await page.locator('#field-summary').fill('Buurtapp-beheerders waarschuwen hun buurt bij elke phishinggolf die de politie meldt.')
    await eventually('the member to hold the edit lock', async () => (await locksOn(id)).length > 0)
    await page.close({ runBeforeUnload: true })
    await eventually('the lock to be released when the tab closes', async () => (await locksOn(id)).length === 0)
    await context.close()
  })

  it('a curator finds it on the dashboard, cannot send it back without a comment, and sends it back with one', async () => {
    const { context, page } = await signedInToAdmin(browser, server.url, curatorEmail, demoPassword, desktop)
    await page.getByRole('link', { name: title }).first().click()
    await page.waitForURL((url) => url.pathname.endsWith(`/good-practices/${id}`))
    await statusInHeader(page).getByText('Ter beoordeling').waitFor()
    expect(await page.getByText('Document vergrendeld').count(), 'no leftover lock').toBe(0)

    await page.getByRole('button', { exact: true, name: 'Stuur terug' }).click()
    const dialog = page.getByRole('dialog', { name: 'Terugsturen met een opmerking' })
    await dialog.waitFor()
    await dialog.getByRole('button', { exact: true, name: 'Stuur terug' }).click()
    await dialog.getByRole('alert').getByText('Schrijf eerst wat er moet veranderen.').waitFor()
    expect(await dialog.getByLabel(/Wat moet er veranderen/).getAttribute('aria-invalid')).toBe('true')
    await expectAccessible(page, 'journey-curator-send-back-dialog')

    await dialog.getByLabel(/Wat moet er veranderen/).fill(comment)
    const [sentBack] = await Promise.all([
      page.waitForResponse(step('send-back')),
      dialog.getByRole('button', { exact: true, name: 'Stuur terug' }).click(),
    ])
    expect(sentBack.status(), await sentBack.text()).toBe(200)
    await statusInHeader(page).getByText('Teruggestuurd').waitFor()
    await page.locator('.workflow-notice--sent-back').getByText(comment).waitFor()
    await expectNoTechnicalNames(page, 'the sent-back item')
    await context.close()
  })

  it('the member sees the comment on the dashboard on a phone, fixes the item and resubmits it', async () => {
    const { context, page } = await signedInToAdmin(browser, server.url, memberEmail, demoPassword, phone)
    const sentBackList = page.locator('section[aria-labelledby="work-sent-back"]')
    await sentBackList.getByText(comment).waitFor()
    await expectAccessible(page, 'journey-member-dashboard-phone')
    await expectToFitThePhone(page)
    await sentBackList.getByRole('link', { name: title }).click()
    await page.waitForURL((url) => url.pathname.endsWith(`/good-practices/${id}`))
    const notice = page.locator('.workflow-notice--sent-back')
    await notice.getByText(comment).waitFor()
    await notice.getByText('Pas het item aan en bied het opnieuw aan ter beoordeling.').waitFor()
    await expectToFitThePhone(page)

    const approach = page.locator('#field-approach')
    await approach.fill('Beheerders zijn geworven via de wijkagent en het buurtcentrum.')
    const resubmitted = await take(page, 'submit', 'Bied aan ter beoordeling')
    expect(resubmitted.status(), await resubmitted.text()).toBe(200)
    await statusInHeader(page).getByText('Ter beoordeling').waitFor()
    expect(await page.locator('.workflow-notice--sent-back').count(), 'the comment is dealt with').toBe(0)
    await context.close()
  })

  it('a curator publishes it, and it appears on the portal under its theme with its review history kept', async () => {
    const { context, page } = await signedInToAdmin(browser, server.url, curatorEmail, demoPassword, desktop)
    await page.goto(`${server.url}/admin/collections/good-practices/${id}`)
    const published = await take(page, 'publish', 'Publiceer')
    expect(published.status(), await published.text()).toBe(200)
    await statusInHeader(page).getByText('Gepubliceerd').waitFor()

    await page.goto(`${server.url}/admin/collections/good-practices`)
    const row = page.locator('tr', { hasText: title })
    await row.locator('.workflow-status', { hasText: 'Gepubliceerd' }).waitFor()
    await expectNoTechnicalNames(page, 'the list')
    await context.close()

    const curator = await login(server.url, curatorEmail)
    const { body } = await api(server.url, `/api/good-practices/${id}`, { session: curator })
    expect(body.reviewHistory.map((entry: { move: string }) => entry.move)).toEqual(['submit', 'send-back', 'submit', 'publish'])
    expect(body.reviewHistory[1].comment).toBe(comment)

    // Another municipality's policy officer finds it under the theme (it is for partners, not the public).
    const portal = await browser.newContext({ locale: 'nl-NL' })
    const reader = await portal.newPage()
    await reader.goto(`${server.url}/inloggen`)
    await reader.getByLabel('E-mailadres').fill('member.leiden@weerbaar.test')
    await reader.getByLabel('Wachtwoord').fill(demoPassword)
    await reader.getByRole('button', { name: 'Inloggen' }).click()
    await reader
      .getByRole('link', { name: 'Uitloggen' })
      .or(reader.getByRole('button', { name: 'Uitloggen' }))
      .first()
      .waitFor()
    await eventually('the published practice to be listed under its theme', async () => {
      await reader.goto(`${server.url}/zoeken?theme=online-fraude`)
      return (await reader.getByRole('link', { name: title }).count()) > 0
    })
    await portal.close()
  })

  it('shows why the server refused a step at the field it concerns and in the toast, in Dutch, on a phone', async () => {
    const member = await login(server.url, memberEmail)
    const lesson = await api(server.url, '/api/lessons-learned', {
      body: {
        lesson: 'Spreek vooraf af wie de buurt informeert.',
        observation: 'De wijkagent gaf zijn nummer 06-12345678 aan alle bewoners.',
        project: 'Cyberweerbare wijken',
        summary: 'Wat we leerden van de eerste buurtavonden.',
        title: 'Buurtavonden over online oplichting',
      },
      method: 'POST',
      session: member,
    })
    expect(lesson.status, JSON.stringify(lesson.body)).toBe(201)
    const lessonId = lesson.body.doc.id
    const { context, page } = await signedInToAdmin(browser, server.url, memberEmail, demoPassword, phone)
    await page.goto(`${server.url}/admin/collections/lessons-learned/${lessonId}`)
    const [refused] = await Promise.all([
      page.waitForResponse((response) => response.url().includes(`/api/lessons-learned/${lessonId}/submit`)),
      page.getByRole('button', { exact: true, name: 'Bied aan ter beoordeling' }).click(),
    ])
    expect(refused.status()).toBe(400)
    const field = page.locator('.field-type.error', { has: page.locator('#field-observation') })
    await field
      .locator('.tooltip--show')
      .getByText(/^Persoonsgegevens: telefoonnummer "06•+78" in Observatie\. Verwijder of anonimiseer dit/)
      .waitFor()
    await page
      .locator('[data-sonner-toast]')
      .getByText(/Persoonsgegevens gevonden; verwijder of anonimiseer ze/)
      .waitFor()
    const messages = (await page.locator('.field-error, [data-sonner-toast]').allInnerTexts()).join('\n')
    expect(messages, 'the messages never repeat the number itself').not.toContain('12345678')
    await statusInHeader(page).getByText('Concept').waitFor()
    await expectToFitThePhone(page)
    await page.screenshot({ fullPage: true, path: screenshotPath('journey-refused-at-field-phone') })
    await expectNoTechnicalNames(page, 'the refusal')
    await context.close()
  })

  it('names the colleague who is editing an item instead of an account id', async () => {
    const curatorSide = await signedInToAdmin(browser, server.url, curatorEmail, demoPassword, desktop)
    await curatorSide.page.goto(`${server.url}/admin/collections/good-practices/${id}`)
    await curatorSide.page.locator('#field-summary').fill('Een redacteur werkt aan deze samenvatting.')
    await eventually('the curator to hold the edit lock', async () => (await locksOn(id)).length > 0)

    const memberSide = await signedInToAdmin(browser, server.url, memberEmail, demoPassword, phone)
    await memberSide.page.goto(`${server.url}/admin/collections/good-practices/${id}`)
    await memberSide.page.getByText('Chris Redactie (RSIV)').first().waitFor()
    expect(await memberSide.page.getByText(/Gebruiker: [0-9a-f-]{8,}/).count()).toBe(0)
    await memberSide.page.screenshot({ fullPage: true, path: screenshotPath('journey-lock-named-phone') })
    await Promise.all([curatorSide.context.close(), memberSide.context.close()])
  })

  async function locksOn(document: string): Promise<unknown[]> {
    const admin = await login(server.url, 'admin@weerbaar.test')
    const { body } = await api(server.url, `/api/payload-locked-documents?where[document.value][equals]=${document}&depth=0`, {
      session: admin,
    })
    return body.docs ?? []
  }
})
