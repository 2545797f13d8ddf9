import { instantMeiliSearch } from '@meilisearch/instant-meilisearch'
import { Meilisearch, MeilisearchApiError } from 'meilisearch'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/**
 * The Meilisearch-compatible search API, driven by the official `meilisearch` client and by
 * InstantSearch's adapter as a partner's site would use them: the same search, the same access.
 */
const meiliHost = process.env.MEILI_HOST
const meiliSkip = meiliHost ? undefined : 'set MEILI_HOST (and MEILI_API_KEY) to run it against a real Meilisearch server'
if (meiliSkip) console.info(`Meilisearch-compatible API on the Meilisearch engine skipped: ${meiliSkip}`)

/** A word no demo item holds, so the items this test creates are the only ones it finds. */
const marker = 'zandlopercode'

function compatibleSearchSuite(label: string, env: Record<string, string>, index: string, skipReason?: string) {
  describe.skipIf(Boolean(skipReason))(`Meilisearch-compatible search (${label})`, () => {
    let server: TestServer
    let curator: Session
    let denHaag: Session
    let admin: Session
    let memberKey: string
    let leidenKey: string
    const host = () => `${server.url}/api/search`
    const client = (apiKey?: string) => new Meilisearch({ apiKey, host: host() })
    const titles = (hits: Array<Record<string, unknown>>) => hits.map((hit) => hit.title)
    const refusal = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => undefined,
        (thrown: unknown) => thrown,
      )
      expect(error, 'the client raises its API error').toBeInstanceOf(MeilisearchApiError)
      const apiError = error as MeilisearchApiError
      return { ...apiError.cause, status: apiError.response.status }
    }

    const draftCard = (title: string, extra: Record<string, unknown>) => ({
      goal: `Oefenen met de ${marker}.`,
      preventionLevel: ['primary'],
      role: ['victim'],
      summary: `Een kaart over de ${marker}.`,
      title,
      ...extra,
    })

    /** A card a Den Haag member writes and a curator publishes, as the workflow goes. */
    async function publishedByWorkflow(title: string, extra: Record<string, unknown>) {
      const created = await api(server.url, '/api/interventions', { body: draftCard(title, extra), method: 'POST', session: denHaag })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const id = created.body.doc.id
      expect((await api(server.url, `/api/interventions/${id}/submit`, { method: 'POST', session: denHaag })).status).toBe(200)
      expect((await api(server.url, `/api/interventions/${id}/publish`, { method: 'POST', session: curator })).status).toBe(200)
    }

    const issueKey = async (user: string, name: string) => {
      const issued = await api(server.url, '/api/api-keys', { body: { name, user }, method: 'POST', session: admin })
      expect(issued.status, JSON.stringify(issued.body)).toBe(201)
      return issued.body.doc.key as string
    }

    beforeAll(async () => {
      server = await startServer(env, 'search-compat')
      ;[curator, denHaag, admin] = await Promise.all([
        login(server.url, 'curator@weerbaar.test'),
        login(server.url, 'member.denhaag@weerbaar.test'),
        login(server.url, 'admin@weerbaar.test'),
      ])
      const leiden = await login(server.url, 'member.leiden@weerbaar.test')
      memberKey = await issueKey(denHaag.user.id, 'Gemeente Den Haag - zoeken')
      leidenKey = await issueKey(leiden.user.id, 'Gemeente Leiden - zoeken')
      const group = await api(server.url, '/api/groups?where[slug][equals]=cyberweerbare-wijken&depth=0', { session: curator })
      const project = group.body.docs[0]
      expect(project.members.map(String), 'the Den Haag member works in the project').toContain(String(denHaag.user.id))

      const publicCard = await api(server.url, '/api/interventions', {
        body: draftCard('Openbare zandlopercode-kaart', { _status: 'published', visibility: 'public' }),
        method: 'POST',
        session: curator,
      })
      expect(publicCard.status, JSON.stringify(publicCard.body)).toBe(201)
      const partnersCard = await api(server.url, '/api/interventions', {
        body: draftCard('Partnerkaart zandlopercode', { _status: 'published', visibility: 'partners' }),
        method: 'POST',
        session: curator,
      })
      expect(partnersCard.status, JSON.stringify(partnersCard.body)).toBe(201)
      await publishedByWorkflow('Organisatiekaart zandlopercode', { visibility: 'organisation' })
      await publishedByWorkflow('Groepskaart zandlopercode', { groups: [project.id], visibility: 'group' })
      const draft = await api(server.url, '/api/interventions', {
        body: draftCard('Conceptkaart zandlopercode', { visibility: 'public' }),
        method: 'POST',
        session: denHaag,
      })
      expect(draft.status, JSON.stringify(draft.body)).toBe(201)
      await eventually('the four published cards to be searchable', async () => {
        const { hits } = await client(memberKey).index(index).search(marker, { limit: 10 })
        return hits.length >= 4
      })
    }, 240_000)

    afterAll(async () => {
      await server?.stop()
    })

    it('the official client finds the phishing card despite a typo, with Meilisearch’s answer shape', async () => {
      const answer = await client().index(index).search('phisihng ouderen')
      expect(answer).toMatchObject({ estimatedTotalHits: expect.any(Number), limit: 20, offset: 0, query: 'phisihng ouderen' })
      expect(typeof answer.processingTimeMs).toBe('number')
      expect(answer.hits[0]).toMatchObject({
        locale: 'nl',
        title: 'Phishing-voorlichting voor ouderen in buurthuizen',
        type: 'interventions',
        url: '/interventies/phishing-voorlichting-ouderen',
      })
      expect(typeof answer.hits[0]!.id).toBe('string')
      const english = await client()
        .index(index)
        .search('older peopel phishing', { locales: ['eng'] })
      expect(english.hits[0]!.title).toBe('Phishing awareness sessions for older people in community centres')
      const filtered = await client().index(index).search('older peopel phishing', { filter: 'locale = en' })
      expect(filtered.hits.map((hit) => hit.locale)).toEqual(filtered.hits.map(() => 'en'))
      expect(filtered.hits[0]!.title).toBe(english.hits[0]!.title)
    })

    it('counts facets and filters by facet and by type, in Meilisearch’s filter syntax', async () => {
      const all = await client()
        .index(index)
        .search('', { facets: ['type', 'theme', 'year'], limit: 0 })
      expect(all.hits).toEqual([])
      expect(all.facetDistribution?.type?.interventions).toBeGreaterThan(1)
      expect(all.facetDistribution?.type?.['good-practices']).toBeGreaterThan(0)
      expect(Object.keys(all.facetDistribution?.theme ?? {})).toContain('cybercrime')
      expect(all.facetStats?.year?.min).toBeLessThanOrEqual(all.facetStats!.year!.max)

      const cards = await client()
        .index(index)
        .search('', { facets: ['type'], filter: 'type = interventions', limit: 100 })
      expect(cards.hits.length).toBeGreaterThan(0)
      expect(cards.hits.every((hit) => hit.type === 'interventions')).toBe(true)
      expect(cards.estimatedTotalHits).toBe(all.facetDistribution!.type!.interventions)

      const notCards = await client()
        .index(index)
        .search('', { filter: ['type != interventions'], limit: 100 })
      expect(notCards.estimatedTotalHits).toBe(all.estimatedTotalHits! - all.facetDistribution!.type!.interventions!)
      expect(notCards.hits.some((hit) => hit.type === 'interventions')).toBe(false)

      const narrowed = await client().index(index).search('', {
        filter: '(type = interventions OR type = "good-practices") AND theme IN [cybercrime]',
        limit: 100,
      })
      expect(narrowed.hits.length).toBeGreaterThan(0)
      expect(narrowed.hits.length).toBeLessThan(all.estimatedTotalHits!)
      expect(narrowed.hits.every((hit) => ['interventions', 'good-practices'].includes(String(hit.type)))).toBe(true)
      expect(narrowed.hits.every((hit) => (hit.theme as string[]).includes('cybercrime'))).toBe(true)
    })

    it('pages by offset and limit, and by page and hitsPerPage, to the same hits', async () => {
      const everything = await client()
        .index(index)
        .search('', { limit: 12, sort: ['updatedAt:desc'] })
      const ids = everything.hits.map((hit) => `${hit.type}:${hit.id}`)
      const window = await client()
        .index(index)
        .search('', { limit: 5, offset: 3, sort: ['updatedAt:desc'] })
      expect(window.hits.map((hit) => `${hit.type}:${hit.id}`)).toEqual(ids.slice(3, 8))
      expect(window).toMatchObject({ limit: 5, offset: 3 })
      const page = await client()
        .index(index)
        .search('', { hitsPerPage: 4, page: 2, sort: ['updatedAt:desc'] })
      expect(page.hits.map((hit) => `${hit.type}:${hit.id}`)).toEqual(ids.slice(4, 8))
      expect(page).toMatchObject({ hitsPerPage: 4, page: 2, totalHits: everything.estimatedTotalHits })
      expect(page.totalPages).toBe(Math.ceil(everything.estimatedTotalHits! / 4))
      const oldest = await client()
        .index(index)
        .search('', { limit: 3, sort: ['updatedAt:asc'] })
      const dates = oldest.hits.map((hit) => Date.parse(String(hit.updatedAt)))
      expect(dates).toEqual([...dates].sort((a, b) => a - b))
    })

    it('highlights matched words between the caller’s tags in _formatted, as plain text', async () => {
      const answer = await client()
        .index(index)
        .search('phisihng', { attributesToHighlight: ['title'], highlightPostTag: '</b>', highlightPreTag: '<b>' })
      const formatted = answer.hits[0]!._formatted as Record<string, string>
      expect(formatted.title).toContain('<b>Phishing</b>')
      expect(formatted.title).not.toContain('<mark>')
      expect(answer.hits[0]!.title).not.toContain('<b>')
    })

    it('shows a member’s key the partners, organisation and group items an anonymous caller does not get, and nobody a draft', async () => {
      const found = async (apiKey?: string) => titles((await client(apiKey).index(index).search(marker, { limit: 20 })).hits).sort()
      expect(await found()).toEqual(['Openbare zandlopercode-kaart'])
      expect(await found(memberKey)).toEqual([
        'Groepskaart zandlopercode',
        'Openbare zandlopercode-kaart',
        'Organisatiekaart zandlopercode',
        'Partnerkaart zandlopercode',
      ])
      expect(await found(leidenKey)).toEqual(['Openbare zandlopercode-kaart', 'Partnerkaart zandlopercode'])
      // Not even in the counts.
      const counted = await client()
        .index(index)
        .search(marker, { facets: ['type'] })
      expect(counted.facetDistribution?.type).toEqual({ interventions: 1 })
      expect(counted.estimatedTotalHits).toBe(1)
      // An access filter sent by the client is refused, not obeyed.
      const refused = await refusal(client().index(index).search(marker, { filter: 'grants = partners' }))
      expect(refused).toMatchObject({ code: 'invalid_search_filter', status: 400, type: 'invalid_request' })
      expect(refused.message).toContain('`grants`')
    })

    it('InstantSearch’s adapter gets hits, highlights, facets and refinements through multi-search', async () => {
      const { searchClient } = instantMeiliSearch(host(), memberKey)
      // As InstantSearch calls it: one request per index on the screen, with its widget parameters.
      const ask = (params: Record<string, unknown>) =>
        (searchClient.search as (requests: unknown[]) => Promise<{ results: unknown[] }>)([
          {
            indexName: index,
            params: { attributesToHighlight: ['*'], facets: ['type', 'theme'], hitsPerPage: 5, page: 0, query: 'phishing', ...params },
          },
        ])
      const { results } = await ask({})
      const result = results[0] as any
      expect(result.nbHits).toBeGreaterThan(1)
      expect(result.hits.length).toBeGreaterThan(0)
      expect(result.hits[0]._highlightResult.title.value).toContain('__ais-highlight__')
      expect(Object.keys(result.facets.type).length).toBeGreaterThan(0)
      const [type, count] = Object.entries(result.facets.type as Record<string, number>).sort((a, b) => a[1] - b[1])[0]!
      const refined = (await ask({ facetFilters: [[`type:${type}`]] })).results[0] as any
      expect(refined.nbHits).toBe(count)
      expect(refined.hits.every((hit: any) => hit.type === type)).toBe(true)
      const paged = (await ask({ page: 1 })).results[0] as any
      expect(paged.page).toBe(1)
    })

    it('answers what the clients read on the way, and refuses the rest in Meilisearch’s error shape', async () => {
      expect(await client().index(index).getRawInfo()).toMatchObject({ primaryKey: 'id', uid: index })
      expect(await client().health()).toEqual({ status: 'available' })

      const otherIndex = await refusal(client().index('movies').search('x'))
      expect(otherIndex).toMatchObject({ code: 'index_not_found', status: 404, type: 'invalid_request' })
      expect(otherIndex.link).toBe('https://docs.meilisearch.com/errors#index_not_found')

      const malformed = await refusal(client().index(index).search('x', { filter: 'type = interventions AND (theme = x' }))
      expect(malformed).toMatchObject({ code: 'invalid_search_filter', status: 400 })
      expect(malformed.message).toMatch(/`\)`/)

      const unknownAttribute = await refusal(
        client()
          .index(index)
          .search('x', { filter: ['visibility = public'] }),
      )
      expect(unknownAttribute).toMatchObject({ code: 'invalid_search_filter', status: 400 })
      expect(unknownAttribute.message).toContain('`visibility`')

      const comparison = await refusal(client().index(index).search('x', { filter: 'year > 2020' }))
      expect(comparison).toMatchObject({ code: 'invalid_search_filter', status: 400 })

      const unknownValue = await refusal(client().index(index).search('x', { filter: 'role = king' }))
      expect(unknownValue.message).toContain('`role`')

      const facets = await refusal(
        client()
          .index(index)
          .search('x', { facets: ['title'] }),
      )
      expect(facets).toMatchObject({ code: 'invalid_search_facets', status: 400 })

      const sort = await refusal(
        client()
          .index(index)
          .search('x', { sort: ['title:asc'] }),
      )
      expect(sort).toMatchObject({ code: 'invalid_search_sort', status: 400 })

      const writing = await refusal(
        client()
          .index(index)
          .updateSettings({ searchableAttributes: ['title'] }),
      )
      expect(writing).toMatchObject({ code: 'read_only_api', status: 405 })
      expect((await refusal(client().index(index).delete())).code).toBe('read_only_api')
      expect((await refusal(client().index(index).getDocument('x'))).code).toBe('read_only_api')

      const badKey = await refusal(
        client('wb_' + 'x'.repeat(43))
          .index(index)
          .search('x'),
      )
      expect(badKey).toMatchObject({ code: 'invalid_api_key', status: 401, type: 'auth' })
      const masterKey = await refusal(client('masterKey').index(index).search('x'))
      expect(masterKey).toMatchObject({ code: 'invalid_api_key', status: 401 })

      const unknownField = await api(server.url, `/api/search/indexes/${index}/search`, { body: { q: 'x', vector: [1] }, method: 'POST' })
      expect(unknownField.status).toBe(400)
      expect(unknownField.body).toMatchObject({ code: 'bad_request', type: 'invalid_request' })
      expect(unknownField.body.message).toContain('`vector`')

      const viaGet = await api(server.url, `/api/search/indexes/${index}/search?q=phisihng&limit=2&facets=type`)
      expect(viaGet.status).toBe(200)
      expect(viaGet.body.hits).toHaveLength(2)
      expect(viaGet.body.facetDistribution.type.interventions).toBeGreaterThan(0)

      // The server is still up and answering after all of that.
      expect((await client().index(index).search('phishing')).hits.length).toBeGreaterThan(0)
    })
  })
}

compatibleSearchSuite('embedded engine', { MEILI_HOST: '' }, 'weerbaar')
const meiliIndex = `weerbaar_compat_${Date.now()}`
compatibleSearchSuite('Meilisearch engine', { MEILI_INDEX: meiliIndex }, meiliIndex, meiliSkip)
