import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, login, type Session } from './helpers/api'
import { hasChromium, launchChromium, seriousAccessibilityViolations, viewports } from './helpers/browser'
import { startServer, type TestServer } from './helpers/server'

type Entry = {
  title: string
  id: string
  link: string
  summary: string
  updated: string
  published: string
  author: string
  categories: string[]
}
type ParsedFeed = { error?: string; namespace?: string; root?: string; title?: string; updated?: string; entries: Entry[] }

describe.skipIf(!hasChromium)('Atom feeds of public items, per collection, theme and organisation', () => {
  let server: TestServer
  let browser: Browser
  let parser: Page
  let curator: Session
  const url = () => server.url
  let subTheme: { id: string; slug: string }
  let mainTheme: { id: string; slug: string }
  let organisation: { id: string; slug: string; name: string }
  let publicCard: { id: string; slug: string; title: string }

  /** The feed as a feed reader parses it: a strict XML parser (Chromium's), then the Atom elements. */
  const parse = (xml: string): Promise<ParsedFeed> =>
    parser.evaluate((text) => {
      const atom = 'http://www.w3.org/2005/Atom'
      const doc = new DOMParser().parseFromString(text, 'application/xml')
      const failure = doc.getElementsByTagName('parsererror')[0]
      if (failure) return { entries: [], error: failure.textContent ?? 'parse error' }
      const child = (element: Element, name: string) => element.getElementsByTagNameNS(atom, name)[0]
      const root = doc.documentElement
      const entries = [...root.getElementsByTagNameNS(atom, 'entry')].map((entry) => ({
        author: child(child(entry, 'author') ?? entry, 'name')?.textContent ?? '',
        categories: [...entry.getElementsByTagNameNS(atom, 'category')].map((category) => category.getAttribute('term') ?? ''),
        id: child(entry, 'id')?.textContent ?? '',
        link: child(entry, 'link')?.getAttribute('href') ?? '',
        published: child(entry, 'published')?.textContent ?? '',
        summary: child(entry, 'summary')?.textContent ?? '',
        title: child(entry, 'title')?.textContent ?? '',
        updated: child(entry, 'updated')?.textContent ?? '',
      }))
      return {
        entries,
        namespace: root.namespaceURI ?? '',
        root: root.localName,
        title: [...root.children].find((element) => element.localName === 'title')?.textContent ?? '',
        updated: [...root.children].find((element) => element.localName === 'updated')?.textContent ?? '',
      }
    }, xml)

  const fetchFeed = async (path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url()}${path}`, { headers })
    return { headers: response.headers, status: response.status, text: await response.text() }
  }

  const titlesIn = async (path: string) => {
    const feed = await fetchFeed(path)
    expect(feed.status, feed.text).toBe(200)
    const parsed = await parse(feed.text)
    expect(parsed.error).toBeUndefined()
    return parsed.entries.map((entry) => entry.title)
  }

  const createCard = async (title: string, extra: Record<string, unknown>) => {
    const created = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Doel van de toets.',
        ownerOrganisation: organisation.id,
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `${title}: samenvatting voor de feed.`,
        themes: [subTheme.id],
        title,
        visibility: 'public',
        ...extra,
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc as { id: string; slug: string; title: string }
  }

  beforeAll(async () => {
    ;[server, browser] = await Promise.all([startServer({}, 'feeds'), launchChromium()])
    parser = await browser.newPage()
    curator = await login(url(), 'curator@weerbaar.test')
    const themes = (await api(url(), '/api/themes?limit=100&depth=0')).body.docs as Array<{
      id: string
      slug: string
      parent?: string | null
    }>
    const child = themes.find((theme) => theme.parent)!
    subTheme = child
    mainTheme = themes.find((theme) => theme.id === child.parent)!
    const organisations = (await api(url(), '/api/organisations?limit=100&depth=0')).body.docs
    organisation = organisations.find((each: { slug: string }) => each.slug === 'gemeente-leiden')
    publicCard = await createCard('Feedtoets openbare kaart', {})
    await createCard('Feedtoets alleen partners', { visibility: 'partners' })
    await createCard('Feedtoets alleen de organisatie', { visibility: 'organisation' })
    await createCard('Feedtoets concept', { _status: 'draft' })
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('serves each collection as Atom 1.0, newest first, with short public caching', async () => {
    const feed = await fetchFeed('/api/feeds/interventions.atom')
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/)
    expect(feed.headers.get('cache-control')).toMatch(/^public, max-age=\d+$/)
    const parsed = await parse(feed.text)
    expect(parsed.error).toBeUndefined()
    expect(parsed).toMatchObject({ namespace: 'http://www.w3.org/2005/Atom', root: 'feed' })
    expect(parsed.title).toContain('Interventiekaarten')
    expect(parsed.entries.length).toBeGreaterThan(1)
    expect(parsed.entries.length).toBeLessThanOrEqual(50)
    const published = parsed.entries.map((entry) => Date.parse(entry.published))
    expect(published).toEqual([...published].sort((a, b) => b - a))
    for (const entry of parsed.entries) expect(entry.title && entry.id && entry.link && entry.updated).toBeTruthy()
    for (const collection of ['good-practices', 'lessons-learned']) {
      const other = await parse((await fetchFeed(`/api/feeds/${collection}.atom`)).text)
      expect(other.error, collection).toBeUndefined()
      expect(other.root, collection).toBe('feed')
    }
  })

  it('lists a newly published public card with its page, summary, organisation and themes', async () => {
    const parsed = await parse((await fetchFeed('/api/feeds/interventions.atom')).text)
    const entry = parsed.entries.find((each) => each.title === publicCard.title)
    expect(entry, 'the new card is in the feed').toBeTruthy()
    expect(entry!.link).toMatch(new RegExp(`/interventies/${publicCard.slug}$`))
    expect(entry!.summary).toBe('Feedtoets openbare kaart: samenvatting voor de feed.')
    expect(entry!.author).toBe(organisation.name)
    expect(entry!.categories).toContain(subTheme.slug)
    // Newest first: nothing was published after it.
    expect(parsed.entries[0]!.title).toBe(publicCard.title)
    const page = await fetch(entry!.link.replace(/^https?:\/\/[^/]+/, url()))
    expect(page.status).toBe(200)
  })

  it('lists the card under its theme (and the main theme above it) and its organisation', async () => {
    expect(await titlesIn(`/api/feeds/themes/${subTheme.slug}.atom`)).toContain(publicCard.title)
    expect(await titlesIn(`/api/feeds/themes/${mainTheme.slug}.atom`)).toContain(publicCard.title)
    expect(await titlesIn(`/api/feeds/organisations/${organisation.slug}.atom`)).toContain(publicCard.title)
  })

  it('never lists what is for partners, for one organisation, or not published', async () => {
    for (const path of [
      '/api/feeds/interventions.atom',
      `/api/feeds/themes/${subTheme.slug}.atom`,
      `/api/feeds/themes/${mainTheme.slug}.atom`,
      `/api/feeds/organisations/${organisation.slug}.atom`,
    ]) {
      const titles = await titlesIn(path)
      expect(titles, path).toContain(publicCard.title)
      expect(
        titles.filter((title) => title.startsWith('Feedtoets') && title !== publicCard.title),
        path,
      ).toEqual([])
    }
    // Not even to a signed-in curator: a feed is the public's view.
    const asCurator = await fetchFeed('/api/feeds/interventions.atom', curator.headers)
    expect(asCurator.text).not.toContain('Feedtoets alleen')
    expect(asCurator.text).not.toContain('Feedtoets concept')
  })

  it('answers 304 to a client whose copy is current, and a new ETag after a publish', async () => {
    const first = await fetchFeed(`/api/feeds/organisations/${organisation.slug}.atom`)
    const etag = first.headers.get('etag')!
    const lastModified = first.headers.get('last-modified')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(Number.isNaN(Date.parse(lastModified))).toBe(false)
    const byTag = await fetchFeed(`/api/feeds/organisations/${organisation.slug}.atom`, { 'if-none-match': etag })
    expect(byTag.status).toBe(304)
    expect(byTag.text).toBe('')
    expect(byTag.headers.get('etag')).toBe(etag)
    const byDate = await fetchFeed(`/api/feeds/organisations/${organisation.slug}.atom`, { 'if-modified-since': lastModified })
    expect(byDate.status).toBe(304)
    // A feed reader asking with HEAD gets the same validators, without the feed.
    const head = await fetch(`${url()}/api/feeds/organisations/${organisation.slug}.atom`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
    const other = await fetchFeed(`/api/feeds/organisations/${organisation.slug}.atom`, { 'if-none-match': '"something-else"' })
    expect(other.status).toBe(200)

    const newer = await createCard('Feedtoets nieuwere kaart', {})
    const after = await fetchFeed(`/api/feeds/organisations/${organisation.slug}.atom`, { 'if-none-match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect((await parse(after.text)).entries[0]!.title).toBe(newer.title)
    expect(Date.parse(after.headers.get('last-modified')!)).toBeGreaterThanOrEqual(Date.parse(lastModified))
  })

  it('gives titles and summaries as text, never as markup a feed reader would run', async () => {
    const title = 'Opmaaktoets <img src=x onerror=alert(1)> & co'
    await createCard(title, { summary: 'Samenvatting met <script>alert(1)</script>.' })
    const feed = await fetchFeed('/api/feeds/interventions.atom')
    expect(feed.text).not.toContain('<img src=x')
    expect(feed.text).not.toContain('<script>')
    const entry = (await parse(feed.text)).entries.find((each) => each.title.startsWith('Opmaaktoets'))!
    // The entry is marked as HTML: a reader decodes it back to the text that was written.
    const decoded = await parser.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, entry.title)
    expect(decoded).toBe(title)
    expect(entry.id).toMatch(/\/api\/interventions\/[^/]+$/)
  })

  it('says clearly when there is no such feed', async () => {
    for (const path of [
      '/api/feeds/themes/bestaat-niet.atom',
      '/api/feeds/organisations/bestaat-niet.atom',
      '/api/feeds/bestaat-niet.atom',
      // Workshop cases are never public: no feed.
      '/api/feeds/knowledge-cases.atom',
      '/api/feeds/interventions.rss',
    ]) {
      const answer = await api(url(), path)
      expect(answer.status, path).toBe(404)
      expect(answer.body.errors?.[0]?.message, path).toMatch(/no (theme|organisation|feed)/i)
    }
    const dutch = await api(url(), '/api/feeds/themes/bestaat-niet.atom', { headers: { 'accept-language': 'nl' } })
    expect(dutch.body.errors[0].message).toBe('Er is geen thema met deze slug.')
    const locale = await api(url(), '/api/feeds/interventions.atom?locale=fr')
    expect(locale.status).toBe(400)
    expect(locale.body.errors[0]).toMatchObject({ path: 'locale' })
    const english = await parse((await fetchFeed('/api/feeds/interventions.atom?locale=en')).text)
    expect(english.title).toContain('Intervention cards')
    expect(english.entries.find((entry) => entry.title === publicCard.title)?.link).toMatch(/\/en\/interventies\//)
  })

  for (const viewport of viewports) {
    it(`portal pages of a theme, an organisation and a collection point feed readers at their feed (${viewport.width} px)`, async () => {
      const context = await browser.newContext({ locale: 'nl-NL', viewport })
      const page = await context.newPage()
      for (const [address, feed] of [
        [`/themas/${mainTheme.slug}`, `/api/feeds/themes/${mainTheme.slug}.atom`],
        [`/organisaties/${organisation.slug}`, `/api/feeds/organisations/${organisation.slug}.atom`],
        ['/zoeken?type=interventions', '/api/feeds/interventions.atom'],
      ] as const) {
        await page.goto(`${url()}${address}`)
        const alternate = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
        expect(await alternate.getAttribute('href'), address).toBe(feed)
        const link = page.getByRole('link', { name: 'Volg nieuwe openbare items in uw feedlezer (Atom)' })
        await link.waitFor()
        expect(await link.getAttribute('href'), address).toBe(feed)
        const violations = await seriousAccessibilityViolations(page)
        expect(violations, `${address}: ${JSON.stringify(violations, null, 2)}`).toEqual([])
      }
      await page.goto(`${url()}/en/themas/${mainTheme.slug}`)
      expect(await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe(
        `/api/feeds/themes/${mainTheme.slug}.atom?locale=en`,
      )
      await page.getByRole('link', { name: 'Follow new public items in your feed reader (Atom)' }).waitFor()
      await context.close()
    })
  }
})
