import { buildSchema, type GraphQLEnumType } from 'graphql'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

type Value = { value: string; graphql?: string; label: { nl: string; en: string }; id?: string; parent?: string | null }
type Facet = { name: string; kind: string; title: { nl: string; en: string }; graphqlEnum?: string; values: Value[] }

const graphqlName = (value: Value) => value.graphql ?? value.value
const sorted = (ids: Iterable<unknown>) => [...new Set([...ids].map(String))].sort()

describe('one spelling per value, and GET /api/vocabulary', () => {
  let server: TestServer
  let curator: Session
  let facets: Facet[]
  const url = () => server.url
  const facet = (name: string) => facets.find((each) => each.name === name)!

  beforeAll(async () => {
    server = await startServer({}, 'vocabulary')
    curator = await login(url(), 'curator@weerbaar.test')
    const { body, status } = await api<{ facets: Facet[] }>(url(), '/api/vocabulary')
    expect(status).toBe(200)
    facets = body.facets
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('lists every classification and option list with Dutch and English labels and the GraphQL spelling', () => {
    expect(facets.map((each) => each.name)).toEqual(
      expect.arrayContaining(['type', 'theme', 'targetGroup', 'role', 'preventionLevel', 'crimeType', 'evidenceLevel', 'municipality']),
    )
    expect(facets.map((each) => each.name)).toEqual(
      expect.arrayContaining(['visibility', 'workflowStatus', 'organisationType', 'organisation']),
    )
    expect(facet('evidenceLevel')).toMatchObject({
      graphqlEnum: 'EvidenceLevelValue',
      title: { en: 'Evidence level', nl: 'Erkenningsniveau' },
    })
    expect(facet('evidenceLevel').values).toContainEqual({
      graphql: 'not_assessed',
      label: { en: 'Not assessed', nl: 'Niet beoordeeld' },
      value: 'not-assessed',
    })
    // Where the GraphQL name is the value itself, it is not repeated.
    expect(facet('role').values).toContainEqual({ label: { en: 'Victim', nl: 'Slachtoffer' }, value: 'victim' })
    expect(facet('type').values).toContainEqual({
      graphql: 'good_practices',
      label: { en: 'Good practice', nl: 'Goede praktijk' },
      value: 'good-practices',
    })
    for (const each of facets) {
      for (const value of each.values) {
        expect(value.label.nl, `${each.name} ${value.value}`).toBeTruthy()
        expect(value.label.en, `${each.name} ${value.value}`).toBeTruthy()
      }
    }
  })

  it('takes themes and organisations from the database, only as anyone may read them', async () => {
    const themes = await api(url(), '/api/themes?limit=0&depth=0&locale=all')
    expect(
      facet('theme')
        .values.map((each) => each.value)
        .sort(),
    ).toEqual(themes.body.docs.map((doc: any) => doc.slug).sort())
    const cyber = facet('theme').values.find((each) => each.value === 'cybercrime')!
    expect(cyber.label.nl).toBeTruthy()
    expect(cyber.parent).toBeNull()
    expect(facet('theme').values.some((each) => each.parent === 'cybercrime')).toBe(true)

    const municipalities = await api(url(), '/api/organisations?limit=0&depth=0&where[type][equals]=municipality')
    expect(
      facet('municipality')
        .values.map((each) => each.value)
        .sort(),
    ).toEqual(municipalities.body.docs.map((doc: any) => doc.slug).sort())
    const first = municipalities.body.docs[0]
    expect(facet('municipality').values.find((each) => each.value === first.slug)).toEqual({
      id: String(first.id),
      label: { en: first.name, nl: first.name },
      value: first.slug,
    })
  })

  it('answers only the facets asked for, and names the parameter of an unknown one', async () => {
    const some = await api(url(), '/api/vocabulary?facet=evidenceLevel,theme')
    expect(some.body.facets.map((each: Facet) => each.name)).toEqual(['theme', 'evidenceLevel'])
    const wrong = await api(url(), '/api/vocabulary?facet=colour')
    expect(wrong.status).toBe(400)
    expect(wrong.body.errors[0]).toMatchObject({ parameter: 'facet' })
    expect(wrong.body.errors[0].message).toContain('evidenceLevel')
  })

  it('can be cached: the same ETag for every caller, 304 when the client has it', async () => {
    const first = await api(url(), '/api/vocabulary')
    const tag = first.headers.get('etag')
    expect(tag).toBeTruthy()
    expect(first.headers.get('cache-control')).toContain('public')
    const signedIn = await api(url(), '/api/vocabulary', { session: curator })
    expect(signedIn.headers.get('etag')).toBe(tag)
    expect(signedIn.body).toEqual(first.body)
    const again = await fetch(`${url()}/api/vocabulary`, { headers: { 'if-none-match': tag! } })
    expect(again.status).toBe(304)
  })

  it('lists every value search counts in its facets', async () => {
    await eventually('search has indexed the seed', async () => (await api(url(), '/api/search?limit=1')).body.total > 0)
    for (const session of [anonymous, curator]) {
      for (const locale of ['nl', 'en']) {
        const { body } = await api(url(), `/api/search?limit=1&locale=${locale}`, { session })
        for (const [name, counts] of Object.entries(body.facets as Record<string, Record<string, number>>)) {
          const listed = facet(name)
          expect(listed, name).toBeDefined()
          const values = new Set(listed.values.map((each) => each.value))
          for (const value of Object.keys(counts)) {
            if (name === 'year') expect(value).toMatch(/^(19|20)\d{2}$/)
            else expect(values.has(value), `${name} ${value}`).toBe(true)
          }
        }
      }
    }
  })

  it('spells each enum value in GraphQL exactly as Payload spells the same field', async () => {
    const schema = buildSchema((await api(url(), '/api/graphql/schema.graphql')).body)
    const enumValues = (name: string) => (schema.getType(name) as GraphQLEnumType).getValues().map((each) => each.name)
    const pairs = [
      ['evidenceLevel', 'Intervention_evidenceLevel'],
      ['role', 'Intervention_role'],
      ['preventionLevel', 'Intervention_preventionLevel'],
      ['targetGroup', 'Intervention_targetGroups'],
      ['crimeType', 'Intervention_crimeTypes'],
    ] as const
    for (const [name, payloadEnum] of pairs) {
      const ours = facet(name).values.map(graphqlName)
      expect(enumValues(payloadEnum), name).toEqual(ours)
      expect(enumValues(facet(name).graphqlEnum!), name).toEqual(ours)
    }
  })

  it('finds the same items for the same value on REST where, /api/search, GraphQL search and the matrix', async () => {
    const cases = [
      ...facet('evidenceLevel').values.map((value) => ({ facet: 'evidenceLevel', field: 'evidenceLevel', value })),
      ...facet('targetGroup').values.map((value) => ({ facet: 'targetGroup', field: 'targetGroups', value })),
    ]
    let nonEmpty = 0
    for (const { facet: name, field, value } of cases) {
      const what = `${name}=${value.value}`
      const rest = await api(url(), `/api/interventions?limit=0&depth=0&where[${field}][in]=${value.value}`)
      expect(rest.status, what).toBe(200)
      const expected = sorted(rest.body.docs.map((doc: any) => doc.id))
      if (expected.length > 0) nonEmpty++

      await eventually(`search finds the same cards for ${what}`, async () => {
        const search = await api(url(), `/api/search?type=interventions&limit=100&${name}=${value.value}`)
        return JSON.stringify(sorted(search.body.hits.map((hit: any) => hit.id))) === JSON.stringify(expected)
      })

      const viaGraphql = await graphql(
        url(),
        `query ($values: [${facet(name).graphqlEnum}!]) { search(type: [interventions], limit: 100, ${name}: $values) { hits { id } } }`,
        anonymous,
        { values: [graphqlName(value)] },
      )
      expect(viaGraphql.errors, what).toBeUndefined()
      expect(sorted(viaGraphql.data.search.hits.map((hit: any) => hit.id)), what).toEqual(expected)

      const inline = await graphql(url(), `{ search(type: [interventions], limit: 100, ${name}: [${graphqlName(value)}]) { total } }`)
      expect(inline.data.search.total, what).toBe(expected.length)

      const matrix = await api(url(), `/api/interventions-matrix?${name}=${value.value}`)
      expect(matrix.status, what).toBe(200)
      expect(matrix.body.total, what).toBe(expected.length)
      const matrixGraphql = await graphql(url(), `{ interventionsMatrix(${name}: [${graphqlName(value)}]) { total } }`)
      expect(matrixGraphql.errors, what).toBeUndefined()
      expect(matrixGraphql.data.interventionsMatrix.total, what).toBe(expected.length)
    }
    expect(nonEmpty).toBeGreaterThan(3)
  })

  it('refuses a value in the other spelling, naming the parameter and the values it takes', async () => {
    for (const path of ['/api/search?evidenceLevel=not_assessed', '/api/interventions-matrix?evidenceLevel=not_assessed']) {
      const { body, status } = await api(url(), path)
      expect(status, path).toBe(400)
      expect(JSON.stringify(body.errors), path).toContain('evidenceLevel')
      expect(JSON.stringify(body.errors), path).toContain('not-assessed')
    }
    for (const path of [
      '/api/interventions?where[evidenceLevel][equals]=not_assessed',
      '/api/interventions?where[targetGroups][in]=seniors,vulnerable_people',
    ]) {
      const rest = await api(url(), path)
      expect(rest.status, path).toBe(400)
      expect(rest.body.errors[0].message, path).toMatch(
        /"(not_assessed|vulnerable_people)" is not a value of "(evidenceLevel|targetGroups)": use one of .*(not-assessed|vulnerable-people)/,
      )
    }

    const viaGraphql = await graphql(url(), 'query ($v: [EvidenceLevelValue!]) { search(evidenceLevel: $v) { total } }', anonymous, {
      v: ['not-assessed'],
    })
    // GraphQL's own validation: the answer has no data and an error naming the enum.
    expect(viaGraphql.data?.search).toBeUndefined()
    expect(viaGraphql.errors?.[0]?.message).toContain('EvidenceLevelValue')
    expect(viaGraphql.errors?.[0]?.message).toContain('not-assessed')
    const matrix = await graphql(url(), '{ interventionsMatrix(targetGroup: [vulnerable-people]) { total } }')
    expect(matrix.errors).toBeDefined()
  })
})
