import Database from 'libsql'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

type Card = { id: string; slug: string; title: string }

/**
 * The public read cache answers visitors' repeated reads from memory. What it must never do: give
 * out an answer made before a change after the change, or give anyone an answer made for someone
 * signed in. Every check below reads right after the change, without waiting.
 */
describe('visitors repeated reads: answered from memory, never stale, never someone else’s', () => {
  let server: TestServer
  let curator: Session
  let organisationId: string
  let themeId: string
  const url = () => server.url

  const visitorGet = (pathAndQuery: string, headers: Record<string, string> = {}) =>
    api(url(), pathAndQuery, { headers, session: anonymous })
  const visitorTitles = async (pathAndQuery: string) => {
    const answer = await visitorGet(pathAndQuery)
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    return (answer.body.docs as Array<{ title: string }>).map((doc) => doc.title)
  }
  const visitorGraphql = (query: string) => api(url(), '/api/graphql', { body: { query }, method: 'POST', session: anonymous })

  const list = '/api/interventions?limit=100&depth=1&sort=-createdAt'

  const createCard = async (title: string, extra: Record<string, unknown> = {}) => {
    const created = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Doel van de toets.',
        ownerOrganisation: organisationId,
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `${title}: samenvatting.`,
        themes: [themeId],
        title,
        visibility: 'public',
        ...extra,
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    return created.body.doc as Card
  }

  /**
   * Reads until the answer comes from memory, and proves it did. Background work (the search
   * index catching up, the lease being renewed) also commits, and any commit empties the cache,
   * so a second read is not always a kept one; the tenth is.
   */
  const kept = async (read: () => ReturnType<typeof visitorGet>) => {
    for (let attempt = 0; attempt < 200; attempt += 1) {
      const answer = await read()
      expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(200)
      if (answer.headers.get('weerbaar-cache') === 'hit') return answer
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    throw new Error('no answer came from memory in 200 reads')
  }
  const keptGet = (pathAndQuery: string) => kept(() => visitorGet(pathAndQuery))
  const cachedTitles = async (pathAndQuery: string) =>
    ((await keptGet(pathAndQuery)).body.docs as Array<{ title: string }>).map((doc) => doc.title)

  beforeAll(async () => {
    server = await startServer({}, 'public-read-cache')
    curator = await login(url(), 'curator@weerbaar.test')
    organisationId = (await api(url(), '/api/organisations?where[slug][equals]=gemeente-leiden&depth=0')).body.docs[0].id
    themeId = (await api(url(), '/api/themes?limit=1&depth=0')).body.docs[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers a repeated visitor read from memory, with an ETag that gives a 304 and asks clients to check again', async () => {
    const first = await visitorGet(list)
    const second = await keptGet(list)
    expect(second.body).toEqual(first.body)
    // Compressed once when kept, for every client that accepts gzip (fetch does, and decodes it).
    expect(second.headers.get('content-encoding')).toBe('gzip')
    expect(second.headers.get('cache-control')).toBe('no-cache')
    expect(second.headers.get('vary')).toMatch(/Authorization.*Cookie.*Accept-Language/)
    const etag = second.headers.get('etag')!
    expect(etag).toMatch(/^W\/"[^"]+"$/)
    // fetch() adds `Cache-Control: no-cache` to a conditional request, as browsers do: still a 304.
    const conditional = await fetch(`${url()}${list}`, { headers: { 'accept-language': 'en', 'if-none-match': etag } })
    expect(conditional.status).toBe(304)
    expect(await conditional.text()).toBe('')
    expect(conditional.headers.get('etag')).toBe(etag)
    const changedCopy = await fetch(`${url()}${list}`, { headers: { 'accept-language': 'en', 'if-none-match': 'W/"an-older-copy"' } })
    expect(changedCopy.status).toBe(200)
    expect(await changedCopy.json()).toEqual(first.body)
  })

  it('shows a publish on the very next read: list, item, count and GraphQL', async () => {
    const draft = await createCard('Cachetoets publiceren', { _status: 'draft' })
    const byId = `/api/interventions/${draft.id}?depth=0`
    const count = '/api/interventions/count'
    const graphqlList = '{ Interventions(limit: 100, sort: "-createdAt") { docs { title } } }'
    expect((await visitorGet(byId)).status).not.toBe(200)
    const graphqlBefore = await kept(() => visitorGraphql(graphqlList))
    expect(JSON.stringify(graphqlBefore.body)).not.toContain(draft.title)
    const countBefore = (await keptGet(count)).body.totalDocs as number
    expect(await cachedTitles(list)).not.toContain(draft.title)

    expect((await api(url(), `/api/interventions/${draft.id}/publish`, { method: 'POST', session: curator })).status).toBe(200)

    expect(await visitorTitles(list)).toContain(draft.title)
    expect((await visitorGet(byId)).body.title).toBe(draft.title)
    expect((await visitorGet(count)).body.totalDocs).toBe(countBefore + 1)
    expect(JSON.stringify((await visitorGraphql(graphqlList)).body)).toContain(draft.title)
  })

  it('shows an unpublish, a narrowed visibility and a delete on the very next read', async () => {
    const unpublished = await createCard('Cachetoets depubliceren')
    const narrowed = await createCard('Cachetoets zichtbaarheid')
    const deleted = await createCard('Cachetoets verwijderen')
    const titles = await cachedTitles(list)
    for (const card of [unpublished, narrowed, deleted]) expect(titles).toContain(card.title)
    for (const card of [unpublished, narrowed, deleted])
      expect((await keptGet(`/api/interventions/${card.id}?depth=0`)).body.title).toBe(card.title)

    expect((await api(url(), `/api/interventions/${unpublished.id}/unpublish`, { method: 'POST', session: curator })).status).toBe(200)
    expect(await visitorTitles(list)).not.toContain(unpublished.title)
    expect((await visitorGet(`/api/interventions/${unpublished.id}?depth=0`)).status).not.toBe(200)

    await cachedTitles(list)
    const narrowing = await api(url(), `/api/interventions/${narrowed.id}`, {
      body: { visibility: 'organisation' },
      method: 'PATCH',
      session: curator,
    })
    expect(narrowing.status, JSON.stringify(narrowing.body)).toBe(200)
    expect(await visitorTitles(list)).not.toContain(narrowed.title)
    expect((await visitorGet(`/api/interventions/${narrowed.id}?depth=0`)).status).not.toBe(200)

    await cachedTitles(list)
    expect((await api(url(), `/api/interventions/${deleted.id}`, { method: 'DELETE', session: curator })).status).toBe(200)
    expect(await visitorTitles(list)).not.toContain(deleted.title)
    expect((await visitorGet(`/api/interventions/${deleted.id}?depth=0`)).status).toBe(404)
  })

  it('shows a change another process committed to the database on the very next read', async () => {
    const card = await createCard('Cachetoets ander proces')
    expect(await cachedTitles(list)).toContain(card.title)
    // Another process writes the same SQLite file (a restore, `npm run seed`, a second server).
    const database = new Database(path.join(server.dataDir, 'weerbaar.db'))
    try {
      database.exec('PRAGMA busy_timeout = 10000')
      const changed = database
        .prepare('UPDATE interventions_locales SET title = ? WHERE _parent_id = ?')
        .run('Cachetoets elders gewijzigd', card.id)
      expect(changed.changes).toBeGreaterThan(0)
    } finally {
      database.close()
    }
    const titles = await visitorTitles(list)
    expect(titles).toContain('Cachetoets elders gewijzigd')
    expect(titles).not.toContain(card.title)
  })

  it('never gives a signed-in answer to a visitor, nor a visitor’s answer to someone signed in', async () => {
    const organisationOnly = await createCard('Cachetoets alleen de organisatie', { visibility: 'organisation' })
    const draft = await createCard('Cachetoets concept', { _status: 'draft' })
    const asCurator = () => api(url(), `${list}&draft=true`, { session: curator })
    const asVisitor = () => visitorGet(`${list}&draft=true`)

    // The curator asks first, several times: nothing of theirs may be kept for the visitor.
    for (let round = 0; round < 3; round += 1) {
      const answer = await asCurator()
      expect(answer.status).toBe(200)
      expect(JSON.stringify(answer.body)).toContain(organisationOnly.title)
      expect(JSON.stringify(answer.body)).toContain(draft.title)
      expect(answer.headers.get('weerbaar-cache')).toBeNull()
      expect(answer.headers.get('cache-control')).toBe('private, no-store')
    }
    const visitorFirst = await asVisitor()
    const visitorAgain = await kept(asVisitor)
    for (const answer of [visitorFirst, visitorAgain]) {
      expect(JSON.stringify(answer.body)).not.toContain(organisationOnly.title)
      expect(JSON.stringify(answer.body)).not.toContain(draft.title)
    }
    // And the other way round: the visitor's kept answer is not given to the curator, by key or by session cookie.
    const curatorAfter = await asCurator()
    expect(JSON.stringify(curatorAfter.body)).toContain(organisationOnly.title)
    const signIn = await fetch(`${url()}/api/users/login`, {
      body: JSON.stringify({ email: 'curator@weerbaar.test', password: process.env.SEED_PASSWORD || 'weerbaar-demo' }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const cookie = signIn.headers
      .getSetCookie()
      .map((each) => each.split(';')[0])
      .join('; ')
    expect(cookie).toContain('weerbaar-token=')
    // As the curator's browser sends it (the session cookie is honoured for the site's own pages only).
    const byCookie = await fetch(`${url()}${list}&draft=true`, { headers: { cookie, 'sec-fetch-site': 'same-origin' } })
    expect(byCookie.headers.get('weerbaar-cache')).toBeNull()
    expect(await byCookie.text()).toContain(organisationOnly.title)

    // A key's answers are its own too.
    const admin = await login(url(), 'admin@weerbaar.test')
    const key = await api(url(), '/api/api-keys', {
      body: { name: 'Cachetoets sleutel', user: curator.user.id },
      method: 'POST',
      session: admin,
    })
    expect(key.status, JSON.stringify(key.body)).toBe(201)
    const secret = key.body.doc.key as string
    expect(secret).toMatch(/^wb_/)
    for (let round = 0; round < 2; round += 1) {
      const answer = await api(url(), `${list}&draft=true`, { headers: { authorization: `Bearer ${secret}` } })
      expect(answer.headers.get('weerbaar-cache')).toBeNull()
      expect(JSON.stringify(answer.body)).toContain(organisationOnly.title)
    }
  })

  it('keeps no GraphQL mutation, and answers a repeated visitor GraphQL query from memory', async () => {
    const query = '{ Themes(limit: 3) { docs { name } } }'
    await kept(() => visitorGraphql(query))
    const mutation = 'mutation { createTheme(data: { name: "Cachetoets" }) { id } }'
    for (let round = 0; round < 2; round += 1) {
      const refused = await visitorGraphql(mutation)
      expect(refused.headers.get('weerbaar-cache')).toBeNull()
      expect(JSON.stringify(refused.body)).toMatch(/not allowed|forbidden|niet toegestaan/i)
    }
  })

  it('finds a newly published card in search once it is indexed, though the same search was answered from memory before', async () => {
    const search = '/api/search?q=Cachetoets%20zoekbaarheid'
    const hitTitles = (body: { hits: Array<{ title: string }> }) => body.hits.map((hit) => hit.title)
    expect(hitTitles((await keptGet(search)).body)).not.toContain('Cachetoets zoekbaarheid')
    const card = await createCard('Cachetoets zoekbaarheid')
    // Indexing follows the commit in the background; the kept answer must not outlive it.
    const deadline = Date.now() + 60_000
    let found = false
    while (!found && Date.now() < deadline) {
      found = hitTitles((await visitorGet(search)).body).includes(card.title)
      if (!found) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(found).toBe(true)
    // And once found, found from memory too.
    expect(hitTitles((await keptGet(search)).body)).toContain(card.title)
  })

  it('shows a renamed theme in the search facets of the very next search, signed in or not', async () => {
    const admin = await login(url(), 'admin@weerbaar.test')
    const card = await createCard('Cachetoets themanaam')
    const search = '/api/search?q=Cachetoets%20themanaam'
    const themeLabel = (body: { facetLabels: { theme: Record<string, { nl: string }> } }) =>
      Object.values(body.facetLabels.theme).map((label) => label.nl)
    const deadline = Date.now() + 60_000
    while (Date.now() < deadline && !JSON.stringify((await visitorGet(search)).body).includes(card.title)) {
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const theme = (await api(url(), `/api/themes/${themeId}?depth=0&locale=nl`, { session: admin })).body as { name: string }
    expect(themeLabel((await keptGet(search)).body)).toContain(theme.name)
    expect(themeLabel((await api(url(), search, { session: curator })).body)).toContain(theme.name)
    const renamed = await api(url(), `/api/themes/${themeId}?locale=nl`, {
      body: { name: `${theme.name} (hernoemd)` },
      method: 'PATCH',
      session: admin,
    })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    expect(themeLabel((await visitorGet(search)).body)).toContain(`${theme.name} (hernoemd)`)
    expect(themeLabel((await api(url(), search, { session: curator })).body)).toContain(`${theme.name} (hernoemd)`)
  })
})
