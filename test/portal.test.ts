import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/** The portal's pages over plain HTTP: what a browser gets before any JavaScript runs. */
describe('the portal over HTTP', () => {
  let server: TestServer
  let curator: Session
  const url = () => server.url
  const page = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${url()}${path}`, { redirect: 'manual', ...init })
    return { html: await response.text(), response }
  }

  beforeAll(async () => {
    server = await startServer({}, 'portal-http')
    curator = await login(url(), 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('serves Dutch at the root and English under /en, and sends /nl/... to the root', async () => {
    const dutch = await page('/zoeken?q=phishing')
    expect(dutch.response.status).toBe(200)
    expect(dutch.html).toContain('<html class="utrecht-theme"')
    expect(dutch.html).toMatch(/lang="nl"/)
    const english = await page('/en/zoeken?q=phishing')
    expect(english.html).toMatch(/lang="en"/)
    expect(english.html).toContain('href="/zoeken?q=phishing"')
    const old = await page('/nl/zoeken?q=phishing')
    expect(old.response.status).toBe(308)
    expect(old.response.headers.get('location')).toMatch(/\/zoeken\?q=phishing$/)
  })

  it('answers 404 for an item that does not exist or is not published', async () => {
    expect((await page('/interventies/bestaat-niet')).response.status).toBe(404)
    expect((await page('/goede-praktijken/bestaat-niet')).response.status).toBe(404)
    expect((await page('/onbekende-sectie/iets')).response.status).toBe(404)
  })

  it('explains a bad search address instead of failing', async () => {
    const { html, response } = await page('/zoeken?targetGroup=aliens')
    expect(response.status).toBe(200)
    expect(html).toContain('role="alert"')
    expect(html).toMatch(/targetGroup|aliens/)
    const matrix = await page('/interventies/matrix?rows=colour')
    expect(matrix.response.status).toBe(200)
    expect(matrix.html).toContain('role="alert"')
  })

  it('shows markup in a title as text, never as markup (stored XSS)', async () => {
    const title = 'Voorlichting <img src=x onerror=alert(1)> over oplichting'
    const created = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Samenvatting <script>alert(2)</script>.',
        title,
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    await eventually('the card to be indexed', async () => (await api(url(), '/api/search?q=onerror')).body.total > 0)
    for (const path of ['/zoeken?q=onerror', '/zoeken?q=voorlichting%20oplichting', `/interventies/${created.body.doc.slug}`, '/']) {
      const { html } = await page(path)
      expect(html, path).not.toContain('<img src=x')
      expect(html, path).not.toContain('<script>alert(2)')
    }
  })
})
