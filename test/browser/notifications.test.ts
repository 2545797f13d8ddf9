import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, demoPassword, eventually, login, type Session } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, signedInToAdmin, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

describe.skipIf(!hasChromium)('following a theme and reading notifications in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let curator: Session
  const cardTitle = 'Sms van de bank? Eerst bellen'

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'notify-browser'), launchChromium()])
    curator = await login(server.url, 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const expectAccessible = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: screenshotPath(`notify-${name}`) })
    const violations = await seriousAccessibilityViolations(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  }

  const signIn = async (email: string, viewport: { width: number; height: number }) => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport })
    const page = await context.newPage()
    await page.goto(`${server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord').fill(demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByText('Ingelogd als').waitFor()
    return page
  }

  it('lets a member of Leiden follow cybercrime from a card, and tells them when a card on online fraud is published', async () => {
    const page = await signIn('member.leiden@weerbaar.test', viewports[0])
    await page.goto(`${server.url}/zoeken?q=phishing%20ouderen`)
    await page.getByRole('link', { name: 'Phishing-voorlichting voor ouderen in buurthuizen' }).first().click()
    await page.getByRole('link', { name: 'Cybercrime en gedigitaliseerde criminaliteit' }).first().click()
    await page.waitForURL((url) => url.pathname === '/themas/cybercrime')
    await page.getByRole('heading', { level: 1, name: 'Cybercrime en gedigitaliseerde criminaliteit' }).waitFor()
    await page.getByText("Krijg een melding van nieuwe items in dit thema en zijn subthema's.").waitFor()
    await page.getByRole('button', { name: 'Volgen' }).click()
    await page.getByText('U volgt dit').waitFor()
    await expectAccessible(page, 'theme-followed')

    const created = await api(server.url, '/api/interventions', {
      body: {
        goal: 'Inwoners bellen hun bank zelf terug.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Een campagne tegen bankhelpdeskfraude.',
        themes: [(await api(server.url, '/api/themes?where[slug][equals]=online-fraude&depth=0')).body.docs[0].id],
        title: cardTitle,
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect((await api(server.url, `/api/interventions/${created.body.doc.id}/publish`, { method: 'POST', session: curator })).status).toBe(
      200,
    )

    await eventually('the bell to count the new notification', async () => {
      await page.goto(`${server.url}/`)
      return (await page.locator('.portal-bell__count').count()) > 0
    })
    await page.getByRole('link', { name: /Meldingen \d+ ongelezen/ }).click()
    await page.waitForURL((url) => url.pathname === '/meldingen')
    const notification = page.getByRole('link', { name: `“${cardTitle}” is gepubliceerd in wat u volgt.` })
    await notification.waitFor()
    await expectAccessible(page, 'notifications')
    await page.getByRole('button', { name: 'Alles als gelezen markeren' }).click()
    await page.getByText('Alle meldingen zijn als gelezen gemarkeerd.').waitFor()
    expect(await page.locator('.portal-bell__count').count()).toBe(0)
    await notification.click()
    await page.getByRole('heading', { level: 1, name: cardTitle }).waitFor()
    await page.context().close()
  })

  it('shows what a member follows and lets them choose their mail, in Dutch on a phone', async () => {
    const page = await signIn('member.leiden@weerbaar.test', viewports[1])
    await page.getByRole('link', { name: 'Wat ik volg' }).click()
    await page.waitForURL((url) => url.pathname === '/volgend')
    await page.getByRole('link', { name: 'Cybercrime en gedigitaliseerde criminaliteit' }).waitFor()
    await page.getByLabel('Dagelijks').check()
    await page.getByLabel('Engels').check()
    await page.getByRole('button', { name: 'Instellingen opslaan' }).click()
    await page.getByText('Uw instellingen zijn opgeslagen.').waitFor()
    expect(await page.getByLabel('Dagelijks').isChecked()).toBe(true)
    await expectAccessible(page, 'follows-phone')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(viewports[1].width)

    await page.goto(`${server.url}/organisaties/gemeente-den-haag`)
    await page.getByRole('heading', { level: 1, name: 'Gemeente Den Haag' }).waitFor()
    await page.getByRole('button', { name: 'Volgen' }).click()
    await page.getByText('U volgt dit').waitFor()
    await expectAccessible(page, 'organisation-phone')
    await page.goto(`${server.url}/en/volgend`)
    await page.getByRole('heading', { level: 1, name: 'What I follow' }).waitFor()
    await page.getByRole('button', { name: 'Unfollow Gemeente Den Haag' }).click()
    await page.getByRole('button', { name: 'Unfollow Gemeente Den Haag' }).waitFor({ state: 'detached' })
    expect(await page.getByRole('link', { name: 'Gemeente Den Haag' }).count()).toBe(0)
    await page.goto(`${server.url}/volgend`)
    await page.getByRole('button', { name: 'Cybercrime en gedigitaliseerde criminaliteit niet meer volgen' }).click()
    await page.getByText("U volgt nog niets. Volg een thema, organisatie of item met de knop 'Volgen' op de pagina ervan.").waitFor()
    await page.context().close()
  })

  it('asks before it unsubscribes from a mail link, and does it without signing in', async () => {
    const preview = await api(server.url, '/api/users/me', { session: await login(server.url, 'member.denhaag@weerbaar.test') })
    const denHaagId = preview.body.user.id
    const context = await browser.newContext({ locale: 'nl-NL', viewport: viewports[1] })
    const page = await context.newPage()
    await page.goto(`${server.url}/afmelden?token=${encodeURIComponent(`${denHaagId}.digest.forged`)}`)
    await page.getByText('Deze afmeldlink is niet geldig').waitFor()
    await expectAccessible(page, 'unsubscribe-invalid')
    await context.close()
  })

  it('shows a curator their notifications on the admin dashboard', async () => {
    const leiden = await login(server.url, 'member.leiden@weerbaar.test')
    const created = await api(server.url, '/api/lessons-learned', {
      body: {
        context: 'Spreekuren in de bibliotheek.',
        project: 'Digitale spreekuren',
        lesson: 'Plan spreekuren na schooltijd.',
        observation: 'Weinig bezoekers in de ochtend.',
        summary: 'Wat we leerden van digitale spreekuren.',
        title: 'Spreekuren na schooltijd',
        visibility: 'partners',
      },
      method: 'POST',
      session: leiden,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const submitted = await api(server.url, `/api/lessons-learned/${created.body.doc.id}/submit`, { method: 'POST', session: leiden })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    await eventually('the curator’s notification', async () => {
      const { body } = await api(server.url, '/api/notifications?limit=0&where[kind][equals]=submitted', { session: curator })
      return body.totalDocs > 0
    })
    for (const viewport of viewports) {
      const { context, page } = await signedInToAdmin(browser, server.url, 'curator@weerbaar.test', demoPassword, viewport)
      const section = page.getByRole('region', { name: /Mijn ongelezen meldingen/ })
      await section.getByRole('link', { name: /diende “Spreekuren na schooltijd” in ter beoordeling/ }).waitFor()
      await page.screenshot({ fullPage: true, path: screenshotPath(`notify-admin-dashboard-${viewport.name}`) })
      expect(await seriousAccessibilityViolations(page, ['section[aria-labelledby="my-notifications"]'])).toEqual([])
      await context.close()
    }
  })
})
