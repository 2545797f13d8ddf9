import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPassword, eventually } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

const cardTitle = 'Nazorgtafel voor slachtoffers van online oplichting'
const cardPath = '/interventies/nazorgtafel-online-oplichting'
const questionTitle = 'Hoe ging de uitrol bij senioren?'

describe.skipIf(!hasChromium)('asking the region and answering in a real browser', () => {
  let server: TestServer
  let browser: Browser
  let questionPath = ''

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'conversation-browser'), launchChromium()])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const expectAccessible = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: screenshotPath(`conversation-${name}`) })
    const violations = await seriousAccessibilityViolations(page)
    expect(violations, JSON.stringify(violations, null, 2)).toEqual([])
  }

  /** The page's scripts have taken over its forms: a click before that can be lost while the page hydrates. */
  const hydrated = (page: Page) => page.locator('.portal-message-field[data-enhanced]').first().waitFor()

  const signIn = async (email: string, viewport: { width: number; height: number }, javaScriptEnabled = true) => {
    const context = await browser.newContext({ javaScriptEnabled, locale: 'nl-NL', viewport })
    const page = await context.newPage()
    await page.goto(`${server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByLabel('Wachtwoord').fill(demoPassword)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.getByText('Ingelogd als').waitFor()
    return page
  }

  it('lets a member of Zoetermeer ask about a partners card, mentioning Gemeente Leiden with a suggestion', async () => {
    const page = await signIn('member.zoetermeer@weerbaar.test', viewports[0])
    await page.goto(`${server.url}${cardPath}`)
    await page.getByRole('heading', { level: 2, name: 'Gesprek (0)' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Vragen over dit item' }).waitFor()
    await page.getByRole('link', { name: 'Stel een vraag' }).click()
    await page.getByRole('heading', { level: 2, name: `Stel een vraag over “${cardTitle}”` }).waitFor()
    await page.getByLabel('Uw vraag').fill(questionTitle)
    const body = page.getByLabel('Toelichting')
    await hydrated(page)
    await body.fill('Wij willen de nazorgtafel starten. ')
    await body.pressSequentially('@Gemeente Lei')
    await page.getByRole('button', { name: '@Gemeente Leiden' }).click()
    await body.pressSequentially('hoe ging het bij jullie?')
    expect(await body.inputValue()).toBe('Wij willen de nazorgtafel starten. @Gemeente Leiden hoe ging het bij jullie?')
    await page.getByRole('group', { name: "Thema's" }).getByLabel('Online fraude en oplichting').check()
    await page.getByRole('button', { name: 'Vraag stellen' }).click()
    await page.getByRole('heading', { level: 1, name: questionTitle }).waitFor()
    await page.getByRole('link', { name: cardTitle }).waitFor()
    questionPath = new URL(page.url()).pathname
    await expectAccessible(page, 'question')
    // Checked on a fresh page: the check's screenshot leaves the page unable to take a real click afterwards.
    await page.goto(`${server.url}/vragen`)
    await page.getByRole('heading', { level: 2, name: 'Stel een vraag' }).waitFor()
    await expectAccessible(page, 'questions')
    await page.context().close()
  })

  it('brings the mention to Leiden on a phone, who answers; the asker accepts; a curator turns it into an experience', async () => {
    expect(questionPath).toMatch(/^\/vragen\//)
    const leiden = await signIn('member.leiden@weerbaar.test', viewports[1])
    await eventually('the mention to arrive', async () => {
      await leiden.goto(`${server.url}/meldingen`)
      return (await leiden.getByRole('link', { name: /noemde u of uw organisatie/ }).count()) > 0
    })
    await leiden.getByRole('link', { name: /Sanne Bakker \(Gemeente Zoetermeer\) noemde u of uw organisatie/ }).click()
    await leiden.getByRole('heading', { level: 1, name: questionTitle }).waitFor()
    await hydrated(leiden)
    await leiden.getByLabel('Uw reactie').fill('Goed: we begonnen met twee buurthuizen en 40 deelnemers per maand.')
    await leiden.getByRole('button', { name: 'Plaatsen' }).click()
    await leiden.locator('.portal-comment__body').getByText('40 deelnemers per maand').waitFor()
    await expectAccessible(leiden, 'answered-phone')
    const width = await leiden.evaluate(() => document.documentElement.scrollWidth)
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(viewports[1].width)
    await leiden.context().close()

    const asker = await signIn('member.zoetermeer@weerbaar.test', viewports[0])
    await asker.goto(`${server.url}${questionPath}`)
    await hydrated(asker)
    await asker.getByRole('button', { name: 'Accepteren als antwoord' }).click()
    await asker.getByText('✓ Geaccepteerd antwoord').waitFor()
    await asker.getByText('Beantwoord ·', { exact: false }).first().waitFor()
    await asker.context().close()

    const curator = await signIn('curator@weerbaar.test', viewports[0])
    await curator.goto(`${server.url}${questionPath}`)
    await hydrated(curator)
    await curator.getByRole('button', { name: 'Maak er een ervaring van' }).click()
    await curator.waitForURL((url) => /^\/admin\/collections\/experiences\/[\w-]+$/.test(url.pathname))
    await curator.goto(`${server.url}${questionPath}`)
    await curator.getByText('✓ Omgezet in een concept').waitFor()
    await curator.goto(`${server.url}/admin`)
    await curator.locator('#conversation-queues').getByText('Gemelde reacties (0)').waitFor()
    await curator.getByRole('heading', { name: /^Vragen zonder antwoord na 14 dagen/ }).waitFor()
    await curator.screenshot({ fullPage: true, path: screenshotPath('conversation-admin-dashboard') })
    await curator.context().close()
  })

  it('reads and posts without JavaScript, and gives a refused comment back with its text and the finding', async () => {
    const page = await signIn('member.leiden@weerbaar.test', viewports[1], false)
    await page.goto(`${server.url}${cardPath}`)
    await page.getByLabel('Uw reactie').fill('Ons nummer voor de tafel is 06 12 34 56 78.')
    await page.getByRole('button', { name: 'Plaatsen' }).first().click()
    await page.getByRole('alert').filter({ hasText: 'telefoonnummer' }).waitFor()
    expect(await page.getByLabel('Uw reactie').first().inputValue()).toBe('Ons nummer voor de tafel is 06 12 34 56 78.')
    expect(await page.getByRole('alert').first().innerText()).not.toContain('12 34 56')
    await page.getByLabel('Uw reactie').first().fill('Bel het algemene nummer van de gemeente, 14 071.')
    await page.getByRole('button', { name: 'Plaatsen' }).first().click()
    await page.locator('.portal-comment__body').getByText('Bel het algemene nummer van de gemeente, 14 071.').waitFor()
    // Axe needs scripts to run; the same page was checked with them on.
    await page.screenshot({ fullPage: true, path: screenshotPath('conversation-thread-without-javascript') })
    await page.context().close()

    const anonymous = await browser.newContext({ locale: 'nl-NL', viewport: viewports[0] })
    const visitor = await anonymous.newPage()
    await visitor.goto(`${server.url}/interventies/phishing-voorlichting-ouderen`)
    await visitor.getByRole('link', { name: 'Log in om het gesprek te lezen en mee te praten.' }).waitFor()
    expect(await visitor.locator('.portal-comment').count(), 'anonymous visitors see no comments').toBe(0)
    await anonymous.close()
  })
})
