import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, eventually, graphql, invalidPaths, login, type Session, uploadFile } from './helpers/api'
import { pdfBytes } from './helpers/files'
import { startServer, type TestServer } from './helpers/server'

const organisationOf = (session: Session) => {
  const organisation = (session.user as { organisation?: unknown }).organisation
  return organisation && typeof organisation === 'object' ? (organisation as { id: string }).id : organisation
}

/** How a partner system sends its key. */
const withKey = (key: string, user: Session['user']): Session => ({ headers: { Authorization: `Bearer ${key}` }, user })

describe('API keys for partner systems', () => {
  let server: TestServer
  let admin: Session
  let curator: Session
  let denHaag: Session
  const url = () => server.url

  const card = () => ({
    goal: 'Ondernemers herkennen CEO-fraude.',
    preventionLevel: ['primary'],
    role: ['victim'],
    summary: 'Een training voor financiële medewerkers.',
    title: `Sleutelkaart ${Math.random().toString(36).slice(2, 8)}`,
    visibility: 'organisation',
  })

  const issue = async (body: Record<string, unknown>, session = admin) => {
    const issued = await api(url(), '/api/api-keys', {
      body: { name: 'Gemeente Den Haag - intranet', user: denHaag.user.id, ...body },
      method: 'POST',
      session,
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    return issued.body.doc as { id: string; key: string; scope: string; shown: string }
  }

  beforeAll(async () => {
    server = await startServer({}, 'api-keys')
    ;[admin, curator, denHaag] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
    ])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('is issued by an admin, read-only unless chosen otherwise, and shown once', async () => {
    const doc = await issue({})
    expect(doc.key).toMatch(/^wb_[A-Za-z0-9_-]{40,}$/)
    expect(doc.scope).toBe('read')
    expect(doc.key.startsWith(doc.shown.replace('…', ''))).toBe(true)

    const again = await api(url(), `/api/api-keys/${doc.id}`, { session: admin })
    expect(again.status).toBe(200)
    expect(again.body.name).toBe('Gemeente Den Haag - intranet')
    const everywhere = [
      JSON.stringify(again.body),
      JSON.stringify((await api(url(), '/api/api-keys?limit=100', { session: admin })).body),
      JSON.stringify(await graphql(url(), '{ ApiKeys { docs { id name key shown } } }', admin)),
    ]
    for (const answer of everywhere) {
      expect(answer, 'the key is never shown again').not.toContain(doc.key)
      expect(answer, 'nor its hash').not.toContain('keyHash')
    }
  })

  it('cannot be issued, listed or changed by curators and members, nor by a key', async () => {
    const readWrite = await issue({ scope: 'read-write' })
    const byKey = withKey(readWrite.key, denHaag.user)
    for (const [who, session] of [
      ['a member', denHaag],
      ['a curator', curator],
      ['a member’s read-write key', byKey],
    ] as const) {
      const created = await api(url(), '/api/api-keys', { body: { name: 'Zelf', user: denHaag.user.id }, method: 'POST', session })
      expect(created.status, `${who} issuing a key`).toBe(403)
      expect((await api(url(), '/api/api-keys', { session })).status, `${who} listing keys`).toBe(403)
      const changed = await api(url(), `/api/api-keys/${readWrite.id}`, { body: { scope: 'read-write' }, method: 'PATCH', session })
      expect(changed.status, `${who} changing a key`).toBe(403)
      const viaGraphql = await graphql(
        url(),
        `mutation { createApiKey(data: { name: "Zelf", user: ${JSON.stringify(denHaag.user.id)} }) { id } }`,
        session,
      )
      expect(viaGraphql.errors?.[0]?.message, `${who} issuing a key over GraphQL`).toMatch(/not allowed/i)
    }
    // The old way, a key switched on on one's own account, gives nothing.
    await api(url(), `/api/users/${denHaag.user.id}`, {
      body: { apiKey: 'zelfbedacht-sleutel', enableAPIKey: true },
      method: 'PATCH',
      session: denHaag,
    })
    const ownKey = await api(url(), '/api/interventions', { headers: { Authorization: 'users API-Key zelfbedacht-sleutel' } })
    expect(ownKey.status).toBe(401)
  })

  it('reads with its account’s rights, and a read-only key changes nothing anywhere', async () => {
    const readOnly = withKey((await issue({})).key, denHaag.user)
    const me = await api(url(), '/api/users/me', { session: readOnly })
    expect(me.body.user?.email).toBe('member.denhaag@weerbaar.test')

    const draft = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: denHaag })
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id
    const seen = await api(url(), `/api/interventions/${id}?draft=true`, { session: readOnly })
    expect(seen.status, 'the key sees its organisation’s draft').toBe(200)

    const refusals = [
      await api(url(), '/api/interventions', { body: card(), method: 'POST', session: readOnly }),
      await api(url(), `/api/interventions/${id}`, { body: { summary: 'Via de sleutel.' }, method: 'PATCH', session: readOnly }),
      await api(url(), `/api/interventions/${id}`, { method: 'DELETE', session: readOnly }),
      await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: readOnly }),
      await api(url(), `/api/users/${denHaag.user.id}`, { body: { name: 'Via de sleutel' }, method: 'PATCH', session: readOnly }),
      await uploadFile(url(), { bytes: pdfBytes(), name: 'sleutel.pdf', type: 'application/pdf' }, readOnly),
    ]
    for (const refusal of refusals) expect(refusal.status, JSON.stringify(refusal.body)).toBe(403)
    const mutation = await graphql(
      url(),
      `mutation { updateIntervention(id: ${JSON.stringify(id)}, draft: true, data: { summary: "Via GraphQL" }) { id } }`,
      readOnly,
    )
    expect(mutation.errors?.[0]?.message).toMatch(/not allowed/i)

    const stored = await api(url(), `/api/interventions/${id}?draft=true`, { session: denHaag })
    expect(stored.body.summary, 'nothing was changed').toBe(card().summary)
    expect(stored.body.workflowStatus).toBe('draft')
  })

  it('a read-write key writes as its account, no more', async () => {
    const readWrite = withKey((await issue({ scope: 'read-write' })).key, denHaag.user)
    const created = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: readWrite })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const submitted = await api(url(), `/api/interventions/${created.body.doc.id}/submit`, { method: 'POST', session: readWrite })
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
    const published = await api(url(), `/api/interventions/${created.body.doc.id}/publish`, { method: 'POST', session: readWrite })
    expect(published.status, 'a member’s key does not publish').toBe(403)
  })

  it('an unknown, revoked or expired key gets a 401 that says what to do, on REST, GraphQL and search', async () => {
    const revoked = await issue({})
    const revoke = await api(url(), `/api/api-keys/${revoked.id}`, { body: { revoked: true }, method: 'PATCH', session: admin })
    expect(revoke.status).toBe(200)
    expect(revoke.body.doc.revokedAt).toBeTruthy()
    const unrevoke = await api(url(), `/api/api-keys/${revoked.id}`, { body: { revoked: false }, method: 'PATCH', session: admin })
    expect(unrevoke.status).toBe(400)
    expect(invalidPaths(unrevoke.body)).toEqual(['revoked'])

    const expired = await issue({ expiresAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() })
    expect((await api(url(), '/api/users/me', { session: withKey(expired.key, denHaag.user) })).body.user?.email).toBe(
      'member.denhaag@weerbaar.test',
    )
    const expire = await api(url(), `/api/api-keys/${expired.id}`, {
      body: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      method: 'PATCH',
      session: admin,
    })
    expect(expire.status).toBe(200)

    const unknown = `wb_${'x'.repeat(43)}`
    for (const [reason, key] of [
      ['unknown', unknown],
      ['revoked', revoked.key],
      ['expired', expired.key],
    ] as const) {
      for (const path of ['/api/interventions', '/api/search?q=phishing', '/api/users/me']) {
        const answer = await api(url(), path, { session: withKey(key, denHaag.user) })
        expect(answer.status, `${reason} key on ${path}`).toBe(401)
        expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/)
        expect(answer.body.errors[0].message).toContain(reason === 'unknown' ? 'not known' : reason)
        expect(answer.body.errors[0].message).toMatch(/administrator/)
      }
      const viaGraphql = await api(url(), '/api/graphql', {
        body: { query: '{ Interventions { totalDocs } }' },
        method: 'POST',
        session: withKey(key, denHaag.user),
      })
      expect(viaGraphql.status, `${reason} key on GraphQL`).toBe(401)
      const payloadStyle = await api(url(), '/api/interventions', { headers: { Authorization: `users API-Key ${key}` } })
      expect(payloadStyle.status, `${reason} key sent as Payload sends keys`).toBe(401)
    }
  })

  it('records when it was last used, and goes when its account goes', async () => {
    const account = await api(url(), '/api/users', {
      body: {
        email: `partner-systeem-${Date.now()}@weerbaar.test`,
        name: 'Koppeling',
        organisation: organisationOf(denHaag),
        password: 'een-lang-wachtwoord',
        role: 'member',
      },
      method: 'POST',
      session: admin,
    })
    expect(account.status, JSON.stringify(account.body)).toBe(201)
    const doc = await issue({ user: account.body.doc.id })
    expect((await api(url(), `/api/api-keys/${doc.id}`, { session: admin })).body.lastUsedAt).toBeFalsy()

    expect((await api(url(), '/api/interventions', { session: withKey(doc.key, account.body.doc) })).status).toBe(200)
    await eventually('the key’s last use to be recorded', async () =>
      Boolean((await api(url(), `/api/api-keys/${doc.id}`, { session: admin })).body.lastUsedAt),
    )

    expect((await api(url(), `/api/users/${account.body.doc.id}`, { method: 'DELETE', session: admin })).status).toBe(200)
    expect((await api(url(), `/api/api-keys/${doc.id}`, { session: admin })).status).toBe(404)
    expect((await api(url(), '/api/interventions', { session: withKey(doc.key, account.body.doc) })).status).toBe(401)
  })

  it('takes a key the admin panel made, and refuses anything that is not one', async () => {
    const made = `wb_${Buffer.from(crypto.getRandomValues(new Uint8Array(32))).toString('base64url')}`
    const doc = await issue({ key: made })
    expect(doc.key).toBe(made)
    expect((await api(url(), '/api/users/me', { session: withKey(made, denHaag.user) })).body.user?.email).toBe(
      'member.denhaag@weerbaar.test',
    )

    const weak = await api(url(), '/api/api-keys', {
      body: { key: 'wachtwoord123', name: 'Zwak', user: denHaag.user.id },
      method: 'POST',
      session: admin,
    })
    expect(weak.status).toBe(400)
    expect(invalidPaths(weak.body)).toEqual(['key'])
  })
})
