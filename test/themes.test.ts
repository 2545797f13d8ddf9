import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/**
 * One vocabulary, one meaning: a filter on a theme finds what is filed under its sub-themes on
 * every path (search, GraphQL, the matrix, the portal, exports), so the home page's theme
 * buttons and the matrix agree.
 */
const subThemeCards = ['waarschuwingskaart-bankhelpdeskfraude', 'cyberweerbaarheidsscan-mkb']

const slugOfUrl = (url: string) => url.split('/').pop()

describe('a theme includes its sub-themes, everywhere', () => {
  let server: TestServer
  let member: Session
  let curator: Session
  const url = () => server.url

  beforeAll(async () => {
    server = await startServer({}, 'themes')
    ;[member, curator] = await Promise.all([login(url(), 'member.leiden@weerbaar.test'), login(url(), 'curator@weerbaar.test')])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  const searchTotal = async (theme: string, session: Session) => {
    const { body, status } = await api(url(), `/api/search?theme=${theme}&type=interventions&limit=100`, { session })
    expect(status).toBe(200)
    return { slugs: body.hits.map((hit: { url: string }) => slugOfUrl(hit.url)), total: body.total as number }
  }

  it('finds the cards filed only under a sub-theme of cybercrime, in search and GraphQL', async () => {
    const { slugs, total } = await searchTotal('cybercrime', anonymous)
    expect(slugs).toEqual(expect.arrayContaining(subThemeCards))
    const { data } = await graphql(url(), '{ search(theme: ["cybercrime"], type: [interventions], limit: 100) { total hits { url } } }')
    expect(data.search.total).toBe(total)
  })

  it.each([
    ['an anonymous visitor', () => anonymous],
    ['a signed-in member', () => member],
  ])('agrees between the home page’s theme buttons and the matrix, for %s', async (_label, session) => {
    const home = await fetch(`${url()}/`, { headers: session().headers })
    const html = await home.text()
    const themes = [...html.matchAll(/href="\/zoeken\?theme=([a-z0-9-]+)"/g)].map((match) => match[1]!)
    expect(themes.length).toBeGreaterThanOrEqual(5)
    for (const theme of themes) {
      const { total } = await searchTotal(theme, session())
      const matrix = await api(url(), `/api/interventions-matrix?theme=${theme}`, { session: session() })
      expect(matrix.status).toBe(200)
      expect(total, `the button for ${theme} finds as many cards as the matrix counts`).toBe(matrix.body.total)
    }
    const cybercrime = await api(url(), '/api/interventions-matrix?rows=theme&columns=role', { session: session() })
    const counted = new Set(
      cybercrime.body.cells
        .filter((cell: { row: string }) => cell.row === 'cybercrime')
        .flatMap((cell: { interventions: Array<{ slug: string }> }) => cell.interventions.map((each) => each.slug)),
    )
    for (const card of subThemeCards) expect(counted).toContain(card)
  })

  it('shows them on the portal’s theme page and in the exports', async () => {
    const page = await (await fetch(`${url()}/zoeken?theme=cybercrime&type=interventions`)).text()
    for (const card of subThemeCards) expect(page).toContain(`/interventies/${card}`)
    const exported = await api(url(), '/api/search/export?format=json&theme=cybercrime&type=interventions')
    expect(exported.body.hits.map((hit: { url: string }) => slugOfUrl(hit.url))).toEqual(expect.arrayContaining(subThemeCards))
  })

  it('follows a sub-theme that moves to another main theme', async () => {
    const main = async (slug: string) => (await api(url(), `/api/themes?where[slug][equals]=${slug}&depth=0`)).body.docs[0].id
    const subTheme = await api(url(), '/api/themes', {
      body: { name: 'Verhuisd subthema', parent: await main('ondermijning'), slug: 'verhuisd-subthema' },
      method: 'POST',
      session: curator,
    })
    expect(subTheme.status).toBe(201)
    const card = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Een doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Op een subthema dat verhuist.',
        themes: [subTheme.body.doc.id],
        title: 'Kaart op een verhuizend subthema',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(card.status).toBe(201)
    const found = async (theme: string) => (await searchTotal(theme, anonymous)).slugs.includes(card.body.doc.slug)
    await eventually('the card to be found under its main theme', () => found('ondermijning'))

    const moved = await api(url(), `/api/themes/${subTheme.body.doc.id}`, {
      body: { parent: await main('zorg-en-veiligheid') },
      method: 'PATCH',
      session: curator,
    })
    expect(moved.status).toBe(200)
    await eventually('the card to be found under its new main theme', () => found('zorg-en-veiligheid'))
    expect(await found('ondermijning')).toBe(false)
  })
})
