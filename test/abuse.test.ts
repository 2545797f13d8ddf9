import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/**
 * What one request may ask of the workspace, tried as an attacker would (issue 12): queries
 * that would cost too much are refused before any work, with what they cost and what is allowed.
 * How fast the refusals are, and that other requests keep being answered meanwhile, is measured
 * by `npm run bench` (under attack), not asserted here.
 */
describe('cost before work', () => {
  let server: TestServer
  let curator: Session
  const url = () => server.url

  beforeAll(async () => {
    server = await startServer({}, 'abuse')
    curator = await login(url(), 'curator@weerbaar.test')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('refuses many aliases of a list query by their cost, naming it and the limit', async () => {
    const fields = Array.from({ length: 150 }, (_, index) => `a${index}: Interventions(limit: 100) { totalDocs }`).join(' ')
    const { data, errors, status } = await graphql(url(), `{ ${fields} }`, curator)
    expect(status).toBe(400)
    expect(data ?? null).toBeNull()
    expect(errors?.[0]?.message).toMatch(/complexity is \d+; at most 10000/)
  })

  it('refuses more aliases than allowed, even of cheap fields', async () => {
    const fields = Array.from({ length: 200 }, (_, index) => `a${index}: Interventions(limit: 1) { totalDocs }`).join(' ')
    const { errors, status } = await graphql(url(), `{ ${fields} }`)
    expect(status).toBe(400)
    expect(errors?.[0]?.message).toMatch(/200 aliases; at most 20/)
  })

  it('refuses a fragment explosion before expanding it', async () => {
    let fragments = 'fragment F22 on Intervention { id title }\n'
    for (let level = 21; level >= 1; level -= 1)
      fragments += `fragment F${level} on Intervention { a: title ...F${level + 1} b: summary ...F${level + 1} }\n`
    const { errors, status } = await graphql(
      url(),
      `
        {
          Interventions(limit: 1) {
            docs {
              ...F1
            }
          }
        }
        ${fragments}
      `,
    )
    expect(status).toBe(400)
    expect(errors?.[0]?.message).toMatch(/expands to more than \d+ fields|aliases; at most/)
  })

  it('still answers an ordinary partner query', async () => {
    const { data, errors } = await graphql(
      url(),
      '{ Interventions(limit: 50) { totalDocs docs { title themes { name } related { relationTo } } } }',
      anonymous,
    )
    expect(errors).toBeUndefined()
    expect(data.Interventions.docs.length).toBeGreaterThan(0)
  })

  it('refuses a REST read that would populate too much, naming the parameter', async () => {
    const { body, status } = await api(url(), '/api/interventions?limit=1000&depth=10', { session: curator })
    expect(status).toBe(400)
    expect(body.errors[0]).toMatchObject({ parameters: ['limit'] })
    expect(body.errors[0].message).toMatch(/at most 10000/)
    expect((await api(url(), '/api/interventions?limit=100&depth=1', { session: curator })).status).toBe(200)
  })

  describe('a POST that stands for a GET, as the admin panel sends it', () => {
    const override = (body: string, contentType = 'application/x-www-form-urlencoded') =>
      fetch(`${url()}/api/themes`, {
        body,
        headers: { 'content-type': contentType, 'x-payload-http-method-override': 'GET', ...curator.headers },
        method: 'POST',
      })

    it('answers like the GET it stands for', async () => {
      const response = await override(new URLSearchParams({ depth: '0', limit: '5', 'where[slug][equals]': 'cybercrime' }).toString())
      expect(response.status).toBe(200)
      const body = await response.json()
      expect(body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['cybercrime'])
    })

    it('checks its query as a query string, and refuses other bodies', async () => {
      const bad = await override('where[slug][equals][nested]=x')
      expect(bad.status).toBe(400)
      expect(JSON.stringify(await bad.json())).toContain('where[slug][equals]')
      const tooMuch = await override('limit=1000&depth=10')
      expect(tooMuch.status).toBe(400)
      const json = await override('{"limit":5}', 'application/json')
      expect(json.status).toBe(415)
    })
  })
})

describe('a budget per client', () => {
  let server: TestServer
  const url = () => server.url

  beforeAll(async () => {
    // Its own server and budget: other tests' requests never count against it.
    server = await startServer({ API_BUDGET_PER_MINUTE: '400' }, 'budget')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('answers 429 with Retry-After once a client has spent its minute, and keeps serving others', async () => {
    const read = (session: Session) => api(url(), '/api/themes?limit=100&depth=0', { session })
    const statuses: number[] = []
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await read(anonymous)).status)
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200])
    expect(statuses.at(-1)).toBe(429)
    const refused = await read(anonymous)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.body.errors[0].message).toMatch(/Try again in \d+ seconds/)
    expect((await api(url(), '/api/health')).status, 'health is never budgeted').toBe(200)
  })
})
