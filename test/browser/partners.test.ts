import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPassword } from '../helpers/api'
import { hasChromium, launchChromium, screenshotPath, seriousAccessibilityViolations, viewports } from '../helpers/browser'
import { startServer, type TestServer } from '../helpers/server'

const cardTitle = 'Belscript en waarschuwingskaart tegen bankhelpdeskfraude'

describe.skipIf(!hasChromium)('working together in a real browser: regional map, directory, groups, recommendations', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'partners-browser'), launchChromium()])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const expectAccessible = async (page: Page, name: string) => {
    await page.screenshot({ fullPage: true, path: screenshotPath(`partners-${name}`) })
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

  for (const viewport of viewports) {
    it(`a policy officer of Zoetermeer finds, from the card, the Haaglanden municipalities that run it and whom to call (${viewport.width} px)`, async () => {
      const page = await signIn('member.zoetermeer@weerbaar.test', viewport)
      await page.goto(`${server.url}/interventies/waarschuwingskaart-bankhelpdeskfraude`)
      await page.getByRole('link', { name: /Welke gemeenten in de regio werken hiermee/ }).click()
      await page.getByRole('heading', { level: 2, name: new RegExp(`${cardTitle}.*van de 27 gemeenten werken ermee`) }).waitFor()
      await page.getByLabel('District').selectOption('haaglanden')
      await page.getByRole('button', { name: 'Tonen' }).click()
      await page.getByRole('heading', { level: 2, name: /3 van de 9 gemeenten werken ermee/ }).waitFor()
      // The municipalities, each with its contact people in a list of their own.
      const running = page.getByRole('region', { name: 'Gemeenten die ermee werken, en wie u kunt bellen' }).locator(':scope > ul > li')
      const entryOf = (municipality: string) => running.filter({ has: page.getByRole('link', { name: municipality, exact: true }) })
      expect(await running.count()).toBe(3)
      expect(await entryOf('Gemeente Rijswijk').innerText()).toMatch(/Youssef El Amrani[\s\S]*member\.rijswijk@weerbaar\.test/)
      expect(await entryOf('Gemeente Den Haag').innerText()).toMatch(/Daan de Vries/)
      expect(await entryOf('Gemeente Delft').innerText()).toMatch(/Nog geen contactpersoon/)
      const table = page.getByRole('table')
      expect(await table.getByRole('row', { name: /Gemeente Rijswijk/ }).innerText()).toMatch(/Ja/)
      expect(await table.getByRole('row', { name: /Gemeente Zoetermeer/ }).innerText()).toMatch(/Nee/)
      // The tiles say it in words too, not in colour alone.
      const tile = page.locator('.portal-tile', { hasText: 'Rijswijk' })
      expect(await tile.innerText()).toContain('Ja')
      await expectAccessible(page, `coverage-${viewport.width}`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, 'nothing wider than the screen').toBeLessThanOrEqual(viewport.width)
      await page.context().close()
    })
  }

  it('the directory finds the chain partners; an organisation page names its contact people and groups', async () => {
    const page = await signIn('member.leiden@weerbaar.test', viewports[0])
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Partnergids' }).click()
    await page.getByLabel('Soort').selectOption('chain-partner')
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.getByRole('link', { name: 'CCV' }).waitFor()
    await expectAccessible(page, 'directory')
    await page.getByRole('link', { name: 'CCV' }).click()
    await page.getByRole('heading', { level: 1, name: 'CCV' }).waitFor()
    await page.getByText('Fatima Ouali').waitFor()
    await page.getByRole('link', { name: 'Cyberweerbare wijken' }).click()
    await page.getByRole('heading', { level: 1, name: 'Cyberweerbare wijken' }).waitFor()
    await page.getByText('Rob Verbeek').waitFor()
    await page.getByRole('link', { name: 'Werf digitale ambassadeurs via bestaande vrijwilligersnetwerken' }).waitFor()
    // Leiden is not in the project group: its group-only lesson is not among the documents.
    expect(await page.getByText('Laat wijkambassadeurs en wijkagent samen spreekuur houden').count()).toBe(0)
    await expectAccessible(page, 'group')

    // Lotte becomes the contact for online fraud and shows her address; the directory says so.
    await page.goto(`${server.url}/volgend`)
    await page.getByRole('group', { name: 'Ik ben aanspreekpunt voor' }).getByLabel('Online fraude en oplichting').check()
    await page.getByLabel('Mijn e-mailadres tonen aan andere deelnemers').check()
    await page.getByRole('region', { name: 'In de partnergids' }).getByRole('button', { name: 'Opslaan voor de partnergids' }).click()
    await page.getByRole('region', { name: 'In de partnergids' }).getByRole('status').waitFor()
    await page.goto(`${server.url}/organisaties/gemeente-leiden`)
    const contacts = page.getByRole('region', { name: 'Contactpersonen' })
    expect(await contacts.innerText()).toMatch(/Lotte Jansen[\s\S]*Online fraude en oplichting[\s\S]*member\.leiden@weerbaar\.test/)
    await page.context().close()
  })

  it('a member asks the project group a question from its page; outside the group it cannot be opened', async () => {
    const page = await signIn('ccv@weerbaar.test', viewports[1])
    await page.goto(`${server.url}/groepen/cyberweerbare-wijken`)
    await page.getByRole('link', { name: /Stel de groep een vraag/ }).click()
    await page.getByLabel('Alleen de groep Cyberweerbare wijken').waitFor()
    expect(await page.getByLabel('Alleen de groep Cyberweerbare wijken').isChecked()).toBe(true)
    await page.getByLabel('Uw vraag').fill('Wie neemt het spreekuur in december over?')
    await page.locator('.portal-message-field[data-enhanced]').first().waitFor()
    await page.getByLabel('Toelichting').fill('De wijkagent is met verlof; kan iemand van de gemeente aanschuiven?')
    await page.getByRole('button', { name: 'Vraag stellen' }).click()
    await page.getByRole('heading', { level: 1, name: 'Wie neemt het spreekuur in december over?' }).waitFor()
    const questionPath = new URL(page.url()).pathname
    await expectAccessible(page, 'group-question')
    await page.context().close()

    const outsider = await signIn('member.leiden@weerbaar.test', viewports[0])
    const response = await outsider.goto(`${server.url}${questionPath}`)
    expect(response?.status()).toBe(404)
    await outsider.context().close()
  })

  it('the police, owner of an overdue workshop recommendation, records its follow-up on a phone', async () => {
    const page = await signIn('politie@weerbaar.test', viewports[1])
    await page.goto(`${server.url}/aanbevelingen`)
    const item = page.getByRole('listitem').filter({ hasText: 'Leg vast wanneer de wijkagent' })
    expect(await item.innerText()).toMatch(/Over de termijn[\s\S]*Eigenaar: Politie eenheid Den Haag/)
    await item.getByText('Opvolging bijwerken').click()
    await item.getByLabel('Opvolging', { exact: true }).selectOption('in-progress')
    await item.getByLabel('Stand van de opvolging').fill('Werkinstructie voor wijkagenten ligt ter bespreking bij de districtschef.')
    await item.getByRole('button', { name: 'Opvolging opslaan' }).click()
    await page.getByRole('status').filter({ hasText: 'Opvolging opgeslagen.' }).waitFor()
    const saved = page.getByRole('listitem').filter({ hasText: 'Leg vast wanneer de wijkagent' })
    expect(await saved.innerText()).toMatch(/Opvolging: In uitvoering[\s\S]*Werkinstructie voor wijkagenten/)
    // Zoetermeer's own recommendation is not the police's business.
    expect(await page.getByText('Wijs per wijk één regievoerder aan').count()).toBe(0)
    await expectAccessible(page, 'recommendations')
    const width = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(viewports[1].width)
    await page.context().close()
  })

  it('the City Deal overview lists the 18 projects by round, the invented ones marked as examples', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: viewports[1] })
    const page = await context.newPage()
    await page.goto(`${server.url}/city-deal`)
    await page.getByText('8 gemeenten, 3 ministeries').waitFor()
    expect(await page.locator('main a[href^="/groepen/"]').count()).toBe(18)
    expect(await page.getByText('Voorbeeld (verzonnen voor de demo)').count()).toBe(17)
    await expectAccessible(page, 'city-deal')
    await context.close()
  })
})
