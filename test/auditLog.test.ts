import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

describe('the audit log over HTTP', () => {
  let server: TestServer
  let admin: Session
  let curator: Session
  let denHaag: Session
  const url = () => server.url

  const entriesFor = async (id: string) => {
    const { body, status } = await api(url(), `/api/audit-log?where[documentId][equals]=${id}&sort=createdAt&limit=100&depth=0`, {
      session: admin,
    })
    expect(status).toBe(200)
    return body.docs as Array<Record<string, any>>
  }

  beforeAll(async () => {
    server = await startServer({}, 'audit')
    ;[admin, curator, denHaag] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
    ])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('records who created, changed, submitted, sent back, published, unpublished and deleted an item', async () => {
    const created = await api(url(), '/api/good-practices', {
      body: {
        approach: 'Bewoners delen meldingen in een app; de wijkagent leest mee.',
        problem: 'Woninginbraken in een wijk met veel vakantiewoningen.',
        summary: 'Buurtpreventie-app tegen woninginbraak.',
        title: 'Buurtpreventie in Wassenaar',
        visibility: 'partners',
      },
      method: 'POST',
      session: denHaag,
    })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    const steps: Array<[string, Record<string, unknown> | undefined, Session, string]> = [
      ['PATCH', { summary: 'Buurtpreventie-app met wijkagent.' }, denHaag, ''],
      ['POST', undefined, denHaag, '/submit'],
      ['POST', { comment: 'Voeg resultaten toe.' }, curator, '/send-back'],
      ['POST', undefined, denHaag, '/submit'],
      ['POST', undefined, curator, '/publish'],
      ['POST', undefined, curator, '/unpublish'],
    ]
    for (const [method, body, session, verb] of steps) {
      const { status } = await api(url(), `/api/good-practices/${id}${verb}`, { body, method, session })
      expect(status, `${method} ${verb}`).toBe(200)
    }
    expect((await api(url(), `/api/good-practices/${id}`, { method: 'DELETE', session: curator })).status).toBe(200)

    const entries = await entriesFor(id)
    expect(entries.map((entry) => [entry.action, entry.userEmail])).toEqual([
      ['create', 'member.denhaag@weerbaar.test'],
      ['update', 'member.denhaag@weerbaar.test'],
      ['submit', 'member.denhaag@weerbaar.test'],
      ['send-back', 'curator@weerbaar.test'],
      ['submit', 'member.denhaag@weerbaar.test'],
      ['publish', 'curator@weerbaar.test'],
      ['unpublish', 'curator@weerbaar.test'],
      ['delete', 'curator@weerbaar.test'],
    ])
    expect(entries[1].changedFields).toEqual(['summary'])
    expect(JSON.stringify(entries[1]), 'values are never copied into the log').not.toContain('wijkagent')
    expect(entries[3].comment).toBe('Voeg resultaten toe.')
    expect(entries.every((entry) => entry.collection === 'good-practices' && entry.title === 'Buurtpreventie in Wassenaar')).toBe(true)
    expect(entries.every((entry) => typeof entry.requestId === 'string' && entry.requestId.length > 0)).toBe(true)
    expect(entries.every((entry) => Date.now() - Date.parse(entry.createdAt) < 120_000)).toBe(true)
  })

  it('writes nothing for a change that was refused', async () => {
    const created = await api(url(), '/api/interventions', {
      body: {
        goal: 'Doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: 'Samenvatting.',
        title: 'Kaart om te weigeren',
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    const { id } = created.body.doc
    const refused = await api(url(), `/api/interventions/${id}`, {
      body: { evidenceLevel: 'bestaat-niet' },
      method: 'PATCH',
      session: curator,
    })
    expect(refused.status).toBe(400)
    expect((await entriesFor(id)).map((entry) => entry.action)).toEqual(['create'])
  })

  it('is readable by administrators only, over REST and GraphQL', async () => {
    for (const session of [curator, denHaag]) {
      expect((await api(url(), '/api/audit-log', { session })).status).toBe(403)
      const { data, errors } = await graphql(url(), '{ AuditLogEntries { docs { id action } } }', session)
      expect(data?.AuditLogEntries ?? null).toBeNull()
      expect(errors?.[0]?.message).toMatch(/not allowed/i)
    }
    expect((await api(url(), '/api/audit-log')).status).toBe(403)
    const { data } = await graphql(url(), '{ AuditLogEntries(limit: 5) { docs { id action userEmail } } }', admin)
    expect(data.AuditLogEntries.docs.length).toBeGreaterThan(0)
  })

  it('cannot be changed, added to or deleted, not even by an administrator', async () => {
    const [entry] = (await api(url(), '/api/audit-log?limit=1&depth=0', { session: admin })).body.docs
    const patch = await api(url(), `/api/audit-log/${entry.id}`, {
      body: { action: 'delete', userEmail: 'someone@else' },
      method: 'PATCH',
      session: admin,
    })
    expect(patch.status).toBe(403)
    expect((await api(url(), `/api/audit-log/${entry.id}`, { method: 'DELETE', session: admin })).status).toBe(403)
    expect(
      (await api(url(), '/api/audit-log', { body: { action: 'create', collection: 'interventions' }, method: 'POST', session: admin }))
        .status,
    ).toBe(403)
    const { errors } = await graphql(url(), `mutation { deleteAuditLogEntry(id: "${entry.id}") { id } }`, admin)
    expect(errors?.[0]?.message).toMatch(/not allowed/i)
    const after = await api(url(), `/api/audit-log/${entry.id}?depth=0`, { session: admin })
    expect(after.body).toMatchObject({ action: entry.action, userEmail: entry.userEmail })
  })

  it('records changes to users, but never their passwords', async () => {
    const created = await api(url(), '/api/users', {
      body: { email: 'nieuw@weerbaar.test', name: 'Nieuwe Collega', organisation: null, password: 'een-lang-wachtwoord', role: 'curator' },
      method: 'POST',
      session: admin,
    })
    expect(created.status).toBe(201)
    await api(url(), `/api/users/${created.body.doc.id}`, {
      body: { password: 'nog-een-lang-wachtwoord' },
      method: 'PATCH',
      session: admin,
    })
    const entries = await entriesFor(created.body.doc.id)
    expect(entries[0]).toMatchObject({ action: 'create', collection: 'users', userEmail: 'admin@weerbaar.test' })
    expect(JSON.stringify(entries)).not.toContain('wachtwoord')
  })
})
