import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

const titles = (body: any) => body.hits.map((hit: any) => hit.title)

describe('search over HTTP (embedded engine, seeded content)', () => {
  let server: TestServer
  let curator: Session
  let denHaag: Session
  let leiden: Session
  const search = (query: string, session: Session = anonymous) => api(server.url, `/api/search?${query}`, { session })

  beforeAll(async () => {
    server = await startServer({}, 'search')
    ;[curator, denHaag, leiden] = await Promise.all([
      login(server.url, 'curator@weerbaar.test'),
      login(server.url, 'member.denhaag@weerbaar.test'),
      login(server.url, 'member.leiden@weerbaar.test'),
    ])
  })

  afterAll(async () => {
    await server?.stop()
  })

  it('finds the phishing card for seniors first despite the typo', async () => {
    const { body, status } = await search('q=phising%20ouderen')
    expect(status).toBe(200)
    expect(body).toMatchObject({ engine: 'embedded', limit: 20, page: 1, query: 'phising ouderen' })
    expect(body.hits[0]).toMatchObject({
      locale: 'nl',
      title: 'Phishing-voorlichting voor ouderen in buurthuizen',
      type: 'interventions',
      url: '/interventies/phishing-voorlichting-ouderen',
    })
    expect(body.hits[0].highlights.title).toContain('<mark>Phishing</mark>')
    expect(typeof body.hits[0].id).toBe('string')
  })

  it('finds English content in English with a typo', async () => {
    const { body } = await search('q=older%20peopel%20phishing&locale=en')
    expect(body.hits[0].title).toBe('Phishing awareness sessions for older people in community centres')
    expect(body.hits.every((hit: any) => hit.locale === 'en')).toBe(true)
  })

  it('finds street culture for young people, compounds and theme names', async () => {
    expect(titles((await search('q=jongeren%20online%20straatcultuur')).body)[0]).toBe('Gastles online straatcultuur voor jongeren')
    expect(titles((await search('q=vakantiepark')).body)).toContain('Integrale controles op vakantieparken')
    expect(titles((await search('q=ondermijning')).body)).toContain('Integrale controles op vakantieparken')
  })

  it('never shows an anonymous caller a partners or organisation item, not even in counts', async () => {
    const { body } = await search('limit=100')
    const everything = (await search('limit=100', curator)).body
    expect(body.total).toBeLessThan(everything.total)
    expect(titles(body)).not.toContain('Snelle hulp bij sextortion en shamesexting')
    expect(titles(body)).not.toContain('Signaleringstraining online grooming voor jongerenwerkers (Leiden)')
    expect(body.facets.type['knowledge-cases'] ?? 0).toBe(0)
    const sextortion = await search('q=sextortion')
    expect(sextortion.body.total).toBe(0)
    expect(sextortion.body.facets.theme['online-seksueel-geweld'] ?? 0).toBe(0)
  })

  it('shows members partners items and only their own organisation’s', async () => {
    expect(titles((await search('q=sextortion', denHaag)).body)).toContain('Snelle hulp bij sextortion en shamesexting')
    expect(titles((await search('q=grooming', leiden)).body)).toContain(
      'Signaleringstraining online grooming voor jongerenwerkers (Leiden)',
    )
    expect(titles((await search('q=grooming', denHaag)).body)).not.toContain(
      'Signaleringstraining online grooming voor jongerenwerkers (Leiden)',
    )
    expect(titles((await search('q=stalkerware', leiden)).body)).toEqual([])
    expect(titles((await search('q=stalkerware', denHaag)).body)).toEqual(['Digitale controle bij huiselijk geweld'])
  })

  it('never finds drafts, not even for curators', async () => {
    expect((await search('q=gamificatie', curator)).body.total).toBe(0)
  })

  it('narrows with facets, widens within one, and counts what is left', async () => {
    const seniors = (await search('targetGroup=seniors&type=interventions')).body
    expect(seniors.total).toBeGreaterThan(0)
    expect(seniors.facets.targetGroup.seniors).toBe(seniors.total)
    const either = (await search('targetGroup=seniors&targetGroup=youth&type=interventions')).body
    const youth = seniors.facets.targetGroup.youth ?? 0
    expect(youth).toBeGreaterThan(0)
    expect(either.total).toBeGreaterThan(seniors.total)
    expect(either.total).toBeLessThanOrEqual(seniors.total + youth)
    const sorted = (await search('sort=newest&limit=3')).body
    const dates = sorted.hits.map((hit: any) => hit.updatedAt)
    expect([...dates].sort().reverse()).toEqual(dates)
  })

  it('labels every counted facet value in Dutch and English', async () => {
    const { body } = await search('q=phishing')
    expect(body.facetLabels.type.interventions).toEqual({ en: 'Intervention card', nl: 'Interventiekaart' })
    expect(body.facetLabels.theme.cybercrime).toEqual({
      en: 'Cybercrime and digitised crime',
      nl: 'Cybercrime en gedigitaliseerde criminaliteit',
    })
    for (const [facet, counts] of Object.entries(body.facets as Record<string, Record<string, number>>))
      expect(Object.keys(body.facetLabels[facet]).sort(), facet).toEqual(Object.keys(counts).sort())
  })

  it('answers bad parameters with a 400 that names them', async () => {
    const { body, status } = await search('q=x&limit=500&role=king&filter=visibility%3Dpartners')
    expect(status).toBe(400)
    expect(body.errors.map((error: any) => error.parameter).sort()).toEqual(['filter', 'limit', 'role'])
    // The host's own query checks and the export name a wrong parameter with the same key.
    const guarded = await search('depth=99')
    expect(guarded.status).toBe(400)
    expect(guarded.body.errors.map((error: any) => error.parameter)).toEqual(['depth'])
    const exported = await api(server.url, '/api/search/export?format=pdf&sort=oldest-first')
    expect(exported.body.errors.map((error: any) => error.parameter)).toEqual(['format'])
  })

  it('makes a published change searchable without a restart, and forgets a restricted one', async () => {
    const created = await api(server.url, '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Inwoners herkennen quishing: phishing met QR-codes.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Waarschuwing voor QR-codes op parkeerautomaten.',
        title: 'Quishing-waarschuwing bij parkeerautomaten',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    const findIt = async () => titles((await search('q=quishing')).body)
    // The commit wakes the worker; the generous deadline is for a loaded CI machine.
    await eventually('the new card to be found', async () => (await findIt()).length > 0)
    expect(await findIt()).toEqual(['Quishing-waarschuwing bij parkeerautomaten'])

    await api(server.url, `/api/interventions/${created.body.doc.id}`, {
      body: { visibility: 'partners' },
      method: 'PATCH',
      session: curator,
    })
    await eventually('the restricted card to be gone', async () => (await findIt()).length === 0)
    expect(await findIt()).toEqual([])
    expect(titles((await search('q=quishing', denHaag)).body)).toEqual(['Quishing-waarschuwing bij parkeerautomaten'])
  })

  it('lets an administrator rebuild the index while searches keep answering', async () => {
    expect((await api(server.url, '/api/search/reindex', { method: 'POST', session: curator })).status).toBe(403)
    const admin = await login(server.url, 'admin@weerbaar.test')
    const during = api(server.url, '/api/search/reindex', { method: 'POST', session: admin })
    expect((await search('q=phising%20ouderen')).body.hits[0].title).toBe('Phishing-voorlichting voor ouderen in buurthuizen')
    const { body, status } = await during
    expect(status).toBe(200)
    expect(body).toMatchObject({ documents: expect.any(Number), engine: 'embedded' })
    expect((await search('q=phising%20ouderen')).body.hits[0].title).toBe('Phishing-voorlichting voor ouderen in buurthuizen')
  })

  it('answers the same search through GraphQL', async () => {
    const { data, errors } = await graphql(
      server.url,
      '{ search(q: "phising ouderen", targetGroup: [seniors]) { total engine hits { id title url highlights { title } } facets { name values { value count } } } }',
    )
    expect(errors).toBeUndefined()
    expect(data.search.hits[0].title).toBe('Phishing-voorlichting voor ouderen in buurthuizen')
    expect(data.search.facets.find((facet: any) => facet.name === 'targetGroup').values).toEqual(
      expect.arrayContaining([{ count: data.search.total, value: 'seniors' }]),
    )
    const bad = await graphql(server.url, '{ search(limit: 500) { total } }')
    expect(JSON.stringify(bad.errors)).toContain('limit')
  })
})
