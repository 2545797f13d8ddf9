import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

type Role = 'anonymous' | 'member' | 'curator' | 'admin'

/**
 * Who may do what, besides reading (see accessMatrix.test.ts): admins manage users, curators
 * manage content and taxonomies, members contribute. Each row is one request, as each role.
 */
describe('who may do what, over HTTP', () => {
  let server: TestServer
  const sessions = {} as Record<Role, Session>
  let themeId: string
  let memberId: string
  let denHaagId: string
  const url = () => server.url

  beforeAll(async () => {
    server = await startServer({}, 'permissions')
    const [admin, curator, member] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
    ])
    Object.assign(sessions, { admin, anonymous, curator, member })
    memberId = member.user.id
    themeId = (await api(url(), '/api/themes?limit=1&depth=0')).body.docs[0].id
    denHaagId = (await api(url(), '/api/organisations?where[slug][equals]=gemeente-den-haag&depth=0')).body.docs[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  const unique = () => Math.random().toString(36).slice(2, 8)

  type Row = [string, (role: Role) => { path: string; method: string; body?: unknown }, Record<Role, number[]>]
  const allowed = [200, 201]
  const refused = [401, 403]
  const rows: Row[] = [
    [
      'create a theme',
      () => ({ body: { name: `Thema ${unique()}` }, method: 'POST', path: '/api/themes' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
    [
      'rename a theme',
      () => ({ body: { description: `Bijgewerkt ${unique()}` }, method: 'PATCH', path: `/api/themes/${themeId}` }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
    [
      'add an organisation',
      () => ({ body: { name: `Stichting ${unique()}`, type: 'foundation' }, method: 'POST', path: '/api/organisations' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
    [
      'edit the search synonyms',
      () => ({ body: { phrases: [`woord${unique()}`, `ander${unique()}`] }, method: 'POST', path: '/api/search-synonyms' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
    [
      'list the privacy names',
      () => ({ method: 'GET', path: '/api/privacy-names' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
    [
      'contribute an intervention card (as a draft)',
      () => ({
        body: {
          goal: 'Doel.',
          ownerOrganisation: denHaagId,
          preventionLevel: ['primary'],
          role: ['victim'],
          summary: 'S.',
          title: `Kaart ${unique()}`,
          visibility: 'partners',
        },
        method: 'POST',
        path: '/api/interventions',
      }),
      { admin: allowed, anonymous: refused, curator: allowed, member: allowed },
    ],
    [
      'create a user',
      (role) => ({
        body: {
          email: `${role}-${unique()}@weerbaar.test`,
          name: 'Nieuw',
          organisation: null,
          password: 'een-lang-wachtwoord',
          role: 'curator',
        },
        method: 'POST',
        path: '/api/users',
      }),
      { admin: allowed, anonymous: refused, curator: refused, member: refused },
    ],
    [
      'list all users',
      () => ({ method: 'GET', path: '/api/users?limit=100' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: allowed },
    ],
    [
      'read the audit log',
      () => ({ method: 'GET', path: '/api/audit-log' }),
      { admin: allowed, anonymous: refused, curator: refused, member: refused },
    ],
    [
      'rebuild the search index',
      () => ({ method: 'POST', path: '/api/search/reindex' }),
      { admin: allowed, anonymous: refused, curator: refused, member: refused },
    ],
    [
      'see the review queue',
      () => ({ method: 'GET', path: '/api/editorial/review-queue' }),
      { admin: allowed, anonymous: refused, curator: allowed, member: refused },
    ],
  ]

  it.each(rows)('%s', async (_label, request, expected) => {
    for (const role of Object.keys(expected) as Role[]) {
      const { body, method, path } = request(role)
      const { status } = await api(url(), path, { body, method, session: sessions[role] })
      expect(expected[role], `${role}: ${method} ${path} answered ${status}`).toContain(status)
    }
  })

  it('lets members see colleagues by name and organisation, never an e-mail address its owner did not choose to show', async () => {
    const { body } = await api(url(), '/api/users?limit=100&depth=0', { session: sessions.member })
    expect(body.docs.length).toBeGreaterThan(5)
    const own = body.docs.find((user: any) => user.id === memberId)
    expect(own.email).toMatch(/@weerbaar\.test$/)
    for (const user of body.docs.filter((each: any) => each.id !== memberId)) {
      expect(user.name).toBeTruthy()
      expect(user.notificationSettings).toBeUndefined()
      expect(user.lastSeenAt).toBeUndefined()
      expect(user.sessions ?? []).toEqual([])
      if (user.shareEmail) expect(user.email).toMatch(/@weerbaar\.test$/)
      else expect(user.email, `${user.name} did not choose to show their address`).toBeUndefined()
    }
    expect(body.docs.some((user: any) => user.id !== memberId && user.email === undefined)).toBe(true)
    // Nor can an address be found by asking about it.
    const probed = await api(url(), '/api/users?where[email][like]=leiden&depth=0', { session: sessions.member })
    expect(probed.body.docs ?? []).toEqual([])
    expect((await api(url(), '/api/users?limit=10', { session: anonymous })).status).toBe(403)
  })

  it('lets an administrator change a role and an organisation, and nobody else', async () => {
    for (const role of ['member', 'curator'] as const) {
      await api(url(), `/api/users/${memberId}`, { body: { role: 'admin' }, method: 'PATCH', session: sessions[role] })
      expect((await api(url(), `/api/users/${memberId}?depth=0`, { session: sessions.admin })).body.role).toBe('member')
    }
    const changed = await api(url(), `/api/users/${memberId}`, { body: { role: 'curator' }, method: 'PATCH', session: sessions.admin })
    expect(changed.body.doc.role).toBe('curator')
    await api(url(), `/api/users/${memberId}`, { body: { role: 'member' }, method: 'PATCH', session: sessions.admin })
  })
})
