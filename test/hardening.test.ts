import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, type Session, uploadFile } from './helpers/api'
import { pdfBytes } from './helpers/files'
import { startServer, type TestServer } from './helpers/server'

const partnerSite = 'https://portaal.partner.example'
const foreignSite = 'https://evil.example'
const attemptsPerWindow = 12
const projectRoot = path.resolve(import.meta.dirname, '..')

/** What an error response must never show in production: stack frames and paths on the server. */
function expectNoInternals(body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  expect(text).not.toMatch(/\n\s+at |\bat .+:\d+:\d+/)
  expect(text).not.toContain('node_modules')
  expect(text).not.toContain(projectRoot)
  expect(text).not.toMatch(/"stack"/)
}

describe('hardening, over real HTTP in production mode', () => {
  let server: TestServer
  let admin: Session
  let curator: Session
  const url = () => server.url

  const card = () => ({
    goal: 'Doel.',
    preventionLevel: ['primary'],
    role: ['victim'],
    summary: 'Samenvatting.',
    title: `Kaart ${Math.random().toString(36).slice(2, 8)}`,
    visibility: 'partners',
  })

  beforeAll(async () => {
    // Sign-ins here never run into the per-address limit; that limit has a server of its own below.
    server = await startServer({ CORS_ORIGINS: partnerSite, LOGIN_ATTEMPTS_PER_WINDOW: '100000', MAX_UPLOAD_MB: '1' }, 'hardening')
    ;[admin, curator] = await Promise.all([login(url(), 'admin@weerbaar.test'), login(url(), 'curator@weerbaar.test')])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  describe('sessions', () => {
    const cookieLogin = async () => {
      const response = await fetch(`${url()}/api/users/login`, {
        body: JSON.stringify({ email: 'member.denhaag@weerbaar.test', password: 'weerbaar-demo' }),
        headers: { 'content-type': 'application/json', origin: url() },
        method: 'POST',
      })
      const cookie = response.headers.getSetCookie().find((each) => each.startsWith('weerbaar-token='))!
      return { cookie, token: cookie.split(';')[0]! }
    }

    it('sets the session cookie HttpOnly, Secure and SameSite=Lax', async () => {
      const { cookie } = await cookieLogin()
      expect(cookie).toMatch(/;\s*HttpOnly/i)
      expect(cookie).toMatch(/;\s*Secure/i)
      expect(cookie).toMatch(/;\s*SameSite=Lax/i)
    })

    it('ignores the session cookie on requests from another site (CSRF)', async () => {
      const { token } = await cookieLogin()
      const from = (origin: string) =>
        api(url(), '/api/interventions', { body: card(), headers: { cookie: token, origin }, method: 'POST' })
      expect((await from(foreignSite)).status).toBe(403)
      expect((await from(url())).status).toBe(201)
      const me = await api(url(), '/api/users/me', { headers: { cookie: token, origin: foreignSite } })
      expect(me.body.user).toBeNull()
    })
  })

  describe('CORS', () => {
    it('lets configured origins call the API from a browser, and nobody else', async () => {
      const preflight = (origin: string) =>
        fetch(`${url()}/api/interventions`, {
          headers: { 'access-control-request-headers': 'authorization,content-type', 'access-control-request-method': 'POST', origin },
          method: 'OPTIONS',
        })
      expect((await preflight(partnerSite)).headers.get('access-control-allow-origin')).toBe(partnerSite)
      const refused = (await preflight(foreignSite)).headers.get('access-control-allow-origin')
      expect(refused === null || refused === partnerSite).toBe(true)
      const read = await fetch(`${url()}/api/interventions?limit=1`, { headers: { origin: foreignSite } })
      expect(read.headers.get('access-control-allow-origin')).not.toBe(foreignSite)
      expect(read.headers.get('access-control-allow-origin')).not.toBe('*')
    })
  })

  describe('GraphQL', () => {
    it('refuses queries nested too deeply, before running them', async () => {
      let selection = '{ id }'
      for (let level = 0; level < 12; level++) selection = `{ related { value { ... on Intervention ${selection} } } }`
      const { data, errors } = await graphql(url(), `{ Interventions(limit: 1) { docs ${selection} } }`, curator)
      expect(data ?? null).toBeNull()
      expect(errors?.[0]?.message).toMatch(/nested \d+ levels deep; at most 10/)
    })

    it('refuses queries that would cost too much', async () => {
      const fields = Array.from({ length: 8 }, (_, index) => `a${index}: Interventions(limit: 1000) { docs { id title } }`).join('\n')
      const { data, errors } = await graphql(url(), `{ ${fields} }`, curator)
      expect(data ?? null).toBeNull()
      expect(errors?.[0]?.message).toMatch(/complexity/i)
    })

    it('has introspection and the playground switched off in production', async () => {
      const { errors } = await graphql(url(), '{ __schema { types { name } } }', admin)
      expect(errors?.[0]?.message).toMatch(/introspection/i)
      expect((await fetch(`${url()}/api/graphql-playground`)).status).toBe(404)
    })
  })

  describe('uploads', () => {
    it.each([
      ['a web page named .pdf', '<html><script>alert(1)</script></html>', 'rapport.pdf', 'application/pdf'],
      [
        'a program named .png',
        'MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00This program cannot be run in DOS mode',
        'foto.png',
        'image/png',
      ],
      ['an SVG with a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'logo.svg', 'image/svg+xml'],
      ['a zip named .docx', 'PK\x03\x04\x14\x00\x00\x00\x08\x00payload.exe', 'notulen.pdf', 'application/pdf'],
      ['a web page named .pdf, of no stated type', '<html><script>alert(1)</script></html>', 'rapport.pdf', 'application/octet-stream'],
      ['a text file, of no stated type', 'aantekeningen', 'notities.txt', 'application/octet-stream'],
    ])('refuses %s: the content decides, not the name', async (_label, bytes, name, type) => {
      const { body, status } = await uploadFile(url(), { bytes, name, type }, curator)
      expect(status).toBe(400)
      expectNoInternals(body)
    })

    it.each([
      [
        'a CSV the browser sends as application/octet-stream',
        'gemeente;meldingen\nDen Haag;12\n',
        'meldingen.csv',
        'application/octet-stream',
        'text/csv',
      ],
      ['a CSV the browser sends with no type', 'gemeente;meldingen\nDen Haag;12\n', 'meldingen.csv', '', 'text/csv'],
      ['a PDF the browser sends as application/octet-stream', pdfBytes(), 'handreiking.pdf', 'application/octet-stream', 'application/pdf'],
    ])('accepts %s, stored by what it is', async (_label, bytes, name, type, stored) => {
      const { body, status } = await uploadFile(url(), { bytes, name, type }, curator)
      expect(status, JSON.stringify(body)).toBe(201)
      expect(body.doc.mimeType).toBe(stored)
    })

    it('accepts a real PDF and refuses one over the size limit with 413', async () => {
      expect((await uploadFile(url(), { bytes: pdfBytes(), name: 'handreiking.pdf', type: 'application/pdf' }, curator)).status).toBe(201)
      const large = pdfBytes('x'.repeat(1_200_000))
      const { status } = await uploadFile(url(), { bytes: large, name: 'groot.pdf', type: 'application/pdf' }, curator)
      expect(status).toBe(413)
    })
  })

  it('keeps metrics closed in production until a token is configured', async () => {
    const { body, status } = await api(url(), '/metrics')
    expect(status).toBe(403)
    expect(JSON.stringify(body)).toContain('METRICS_TOKEN')
  })

  describe('errors in production', () => {
    it('never show stack traces or server paths', async () => {
      const broken = await fetch(`${url()}/api/interventions`, {
        body: '{"title": ',
        headers: { ...curator.headers, 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(broken.status).toBeGreaterThanOrEqual(400)
      expect(broken.status).toBeLessThan(500)
      expectNoInternals(await broken.text())

      const operator = await api(url(), '/api/interventions?where[title][nonsense]=1', { session: curator })
      expect(operator.status).toBe(400)
      expectNoInternals(operator.body)

      const missing = await api(url(), '/api/interventions/00000000-0000-4000-8000-000000000000', { session: curator })
      expect(missing.status).toBe(404)
      expectNoInternals(missing.body)

      const syntax = await graphql(url(), '{ Interventions( { docs { id } } }', curator)
      expect(syntax.errors?.length).toBeGreaterThan(0)
      expectNoInternals(syntax)

      const page = await fetch(`${url()}/bestaat-niet`)
      expectNoInternals(await page.text())
    })
  })

  it('names the values a choice takes when a filter uses one it does not have, instead of finding nothing', async () => {
    const misspelt = await api(url(), '/api/interventions?where[evidenceLevel][in]=effective-good,not_assessed', { session: curator })
    expect(misspelt.status).toBe(400)
    expect(misspelt.body.errors[0].message).toBe(
      '"not_assessed" is not a value of "evidenceLevel": use one of not-assessed, well-described, well-founded, effective-first, effective-good, effective-strong.',
    )
    const spelt = await api(url(), '/api/interventions?where[evidenceLevel][in]=effective-good,not-assessed&depth=0', { session: curator })
    expect(spelt.status).toBe(200)
    expect(spelt.body.totalDocs).toBeGreaterThan(0)
  })

  describe('signing in', () => {
    it('locks an account after five failed attempts, even with the right password after', async () => {
      for (let attempt = 0; attempt < 5; attempt++) {
        const { status } = await api(url(), '/api/users/login', {
          body: { email: 'member.leiden@weerbaar.test', password: 'fout' },
          method: 'POST',
        })
        expect(status).toBe(401)
      }
      const locked = await api(url(), '/api/users/login', {
        body: { email: 'member.leiden@weerbaar.test', password: 'weerbaar-demo' },
        method: 'POST',
      })
      expect(locked.status).toBe(401)
      expect(JSON.stringify(locked.body)).toMatch(/locked/i)
    })
  })
})

describe('the sign-in limit per address', () => {
  let server: TestServer
  const url = () => server.url

  beforeAll(async () => {
    // Its own server: no other test's sign-ins count against this address's attempts.
    server = await startServer({ LOGIN_ATTEMPTS_PER_WINDOW: String(attemptsPerWindow) }, 'sign-in-limit')
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('limits attempts per address across accounts, over REST and GraphQL, with a 429 that says when to retry', async () => {
    const statuses: number[] = []
    for (let attempt = 0; attempt < attemptsPerWindow + 2; attempt++) {
      const { body, status } = await api(url(), '/api/users/login', {
        body: { email: `raden${attempt}@example.nl`, password: 'fout' },
        method: 'POST',
      })
      statuses.push(status)
      if (status === 429) {
        expect(JSON.stringify(body)).toMatch(/Wait \d+ minutes? and try again/)
        break
      }
    }
    expect(statuses.at(-1)).toBe(429)
    expect(statuses.slice(0, -1).every((status) => status === 401)).toBe(true)
    const { errors } = await graphql(url(), 'mutation { loginUser(email: "curator@weerbaar.test", password: "weerbaar-demo") { token } }')
    expect(errors?.[0]?.message).toMatch(/Too many sign-in attempts/)
  })
})
