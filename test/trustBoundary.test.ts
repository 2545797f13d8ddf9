import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, invalidPaths, login, type Session, uploadFile } from './helpers/api'
import { pdfBytes } from './helpers/files'
import { startServer, type TestServer } from './helpers/server'

/**
 * The trust boundary tried as an attacker would: each test is one way a member or an anonymous
 * caller got past the rules before the domain layer decided them (issue 11), over real HTTP.
 */
const run = Math.random().toString(36).slice(2, 8)

/** The privacy guard's fingerprint of a finding: public knowledge, so an attacker can compute it. */
const fingerprintOf = (kind: string, match: string) =>
  createHash('sha256').update(`${kind}:${match.toLowerCase()}`).digest('hex').slice(0, 32)

/** 123456782 passes the 11-test. */
const bsn = '123456782'

describe('the trust boundary, tried as an attacker would', () => {
  let server: TestServer
  let admin: Session
  let curator: Session
  let denHaag: Session
  let leiden: Session
  let leidenId: string
  const url = () => server.url

  const card = (overrides: Record<string, unknown> = {}) => ({
    goal: 'Inwoners herkennen oplichting.',
    preventionLevel: ['primary'],
    role: ['victim'],
    summary: `Kaart van de vertrouwensgrens ${run}.`,
    title: `Grenskaart ${Math.random().toString(36).slice(2, 8)}`,
    visibility: 'partners',
    ...overrides,
  })

  beforeAll(async () => {
    server = await startServer({}, 'trust')
    ;[admin, curator, denHaag, leiden] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    const { body } = await api(url(), '/api/organisations?where[slug][equals]=gemeente-leiden&depth=0')
    leidenId = body.docs[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('1. a member cannot mark personal data as accepted and so slip it past the privacy guard', async () => {
    const draft = await api(url(), '/api/knowledge-cases', {
      body: {
        summary: 'Casus met een nummer.',
        title: `Casus ${run}`,
        vignette: `Het BSN ${bsn} stond in het dossier.`,
        visibility: 'partners',
      },
      method: 'POST',
      session: denHaag,
    })
    expect(draft.status).toBe(201)
    const { id } = draft.body.doc
    const forged = await api(url(), `/api/knowledge-cases/${id}?draft=true`, {
      body: { privacyReview: { acceptedFindings: [fingerprintOf('bsn', bsn)] } },
      method: 'PATCH',
      session: denHaag,
    })
    expect(forged.status).toBe(200)
    const submitted = await api(url(), `/api/knowledge-cases/${id}/submit`, { method: 'POST', session: denHaag })
    expect(submitted.status, 'the finding still blocks the submission').toBe(400)
    expect(invalidPaths(submitted.body)).toEqual(['vignette'])
    const published = await api(url(), `/api/knowledge-cases/${id}/publish`, { method: 'POST', session: curator })
    expect(published.status, 'and the curator still sees it when publishing').toBe(400)
  })

  it('2. only administrators lift a sign-in lockout, and the answer never tells which accounts exist', async () => {
    const known = await api(url(), '/api/users/unlock', { body: { email: 'curator@weerbaar.test' }, method: 'POST', session: denHaag })
    const unknown = await api(url(), '/api/users/unlock', {
      body: { email: `niemand-${run}@weerbaar.test` },
      method: 'POST',
      session: denHaag,
    })
    expect(known.status).toBe(403)
    expect(unknown.status).toBe(403)
    expect(known.body).toEqual(unknown.body)
    expect((await api(url(), '/api/users/unlock', { body: { email: 'curator@weerbaar.test' }, method: 'POST' })).status).toBe(403)
    expect(
      (await api(url(), '/api/users/unlock', { body: { email: 'curator@weerbaar.test' }, method: 'POST', session: admin })).status,
    ).toBe(200)
  })

  it('4. an experience cannot be recorded on, or name, a card its writer may not read, nor for another municipality', async () => {
    const hidden = await api(url(), '/api/interventions', {
      body: card({ title: `Verborgen kaart ${run}`, visibility: 'organisation' }),
      method: 'POST',
      session: denHaag,
    })
    expect(hidden.status).toBe(201)
    const experience = (overrides: Record<string, unknown>) => ({
      intervention: hidden.body.doc.id,
      period: { from: '2026-01-01T00:00:00.000Z' },
      rating: 4,
      result: 'Het werkte.',
      ...overrides,
    })
    const onHidden = await api(url(), '/api/experiences', { body: experience({}), method: 'POST', session: leiden })
    expect(onHidden.status).toBe(400)
    expect(invalidPaths(onHidden.body)).toEqual(['intervention'])
    expect(JSON.stringify(onHidden.body)).not.toContain(`Verborgen kaart ${run}`)

    const open = await api(url(), '/api/interventions', {
      body: card({ _status: 'published', title: `Open kaart ${run}` }),
      method: 'POST',
      session: curator,
    })
    const forOther = await api(url(), '/api/experiences', {
      body: experience({
        intervention: open.body.doc.id,
        municipality: (await api(url(), '/api/organisations?where[slug][equals]=gemeente-den-haag&depth=0')).body.docs[0].id,
      }),
      method: 'POST',
      session: leiden,
    })
    expect(forOther.status).toBe(400)
    expect(invalidPaths(forOther.body)).toEqual(['municipality'])

    const own = await api(url(), '/api/experiences', {
      body: experience({ intervention: open.body.doc.id }),
      method: 'POST',
      session: leiden,
    })
    expect(own.status).toBe(201)
    expect(own.body.doc.title).toBe(`Gemeente Leiden – Open kaart ${run}`)
    expect(String(own.body.doc.municipality?.id ?? own.body.doc.municipality)).toBe(leidenId)
  })

  describe('5. filters and sorts reach only what the caller may read', () => {
    let hiddenCaseId: string
    let carrierId: string

    beforeAll(async () => {
      const hiddenCase = await api(url(), '/api/knowledge-cases', {
        body: {
          summary: 'Alleen voor Den Haag.',
          title: `Verborgen casus ${run}`,
          vignette: 'Een casus zonder persoonsgegevens.',
          visibility: 'organisation',
        },
        method: 'POST',
        session: denHaag,
      })
      hiddenCaseId = hiddenCase.body.doc.id
      const carrier = await api(url(), '/api/interventions', {
        body: card({
          _status: 'published',
          related: [{ relationTo: 'knowledge-cases', value: hiddenCaseId }],
          title: `Dragerkaart ${run}`,
          visibility: 'public',
        }),
        method: 'POST',
        session: curator,
      })
      expect(carrier.status).toBe(201)
      carrierId = carrier.body.doc.id
    })

    it('cannot recover the id of a hidden related item by comparing ids', async () => {
      const mine = `where[id][equals]=${carrierId}`
      for (const operator of ['less_than', 'greater_than', 'like', 'not_like', 'contains', 'less_than_equal']) {
        const probe = await api(url(), `/api/interventions?${mine}&where[related.value][${operator}]=${hiddenCaseId.slice(0, 4)}`)
        expect(probe.status, operator).toBe(403)
        expect(probe.body.errors[0].message).toMatch(/equals/)
      }
      const exists = await api(url(), `/api/interventions?${mine}&where[related][exists]=true`)
      expect(exists.status, 'refused: nobody can ask this of a relation to several collections').toBe(400)
      expect((await api(url(), `/api/interventions?${mine}&where[related.value][exists]=true`)).status).toBe(403)
      // Ids one knows may still be matched; the answer is the same whether the hidden id exists or not.
      const known = await api(url(), `/api/interventions?${mine}&where[related.value][equals]=${carrierId}`)
      expect(known.status).toBe(200)
      // A curator reads everything, so every operator works for them.
      const curators = await api(url(), `/api/interventions?${mine}&where[related.value][less_than]=${hiddenCaseId}&depth=0`, {
        session: curator,
      })
      expect(curators.status).toBe(200)
    })

    it('cannot look into related items it may not read, nor sort by them', async () => {
      const through = await api(url(), `/api/interventions?where[related.title][like]=Verborgen`)
      expect(through.status).toBe(403)
      const sort = await api(url(), '/api/experiences?sort=intervention.privacyReview.overrideReason&depth=0', { session: denHaag })
      expect(sort.status).toBe(403)
      const sortByRelation = await api(url(), '/api/experiences?sort=intervention&depth=0', { session: denHaag })
      expect(sortByRelation.status).toBe(403)
      const contact = await api(url(), '/api/interventions?where[contact.email][like]=a&depth=0')
      expect([400, 403]).toContain(contact.status)
      // Themes and organisations are public: filtering through them stays open to everyone.
      const themes = await api(url(), '/api/interventions?where[themes.slug][equals]=cybercrime&depth=0')
      expect(themes.status).toBe(200)
      expect(themes.body.totalDocs).toBeGreaterThan(0)
    })

    it('is refused the same way over GraphQL', async () => {
      const { body } = await api(url(), '/api/graphql', {
        body: { query: `{ Interventions(sort: "related", where: { id: { equals: "${carrierId}" } }) { docs { id } } }` },
        method: 'POST',
      })
      expect(JSON.stringify(body.errors ?? [])).toMatch(/several collections|not available|may not read/)
    })
  })

  it('6. linking another organisation’s file from one’s own draft does not make the file readable', async () => {
    const upload = await uploadFile(url(), { bytes: pdfBytes('Den Haag'), name: `denhaag-${run}.pdf`, type: 'application/pdf' }, denHaag, {
      visibility: 'partners',
    })
    expect(upload.status).toBe(201)
    const file = upload.body.doc
    const owner = await api(url(), '/api/interventions', {
      body: card({ attachments: [file.id], visibility: 'organisation' }),
      method: 'POST',
      session: denHaag,
    })
    expect(owner.status).toBe(201)
    expect((await api(url(), `/api/media/${file.id}`, { session: leiden })).status).not.toBe(200)

    const linked = await api(url(), '/api/interventions', { body: card({ attachments: [file.id] }), method: 'POST', session: leiden })
    expect(linked.status).toBe(400)
    expect(invalidPaths(linked.body)).toEqual(['attachments'])
    const inText = await api(url(), '/api/interventions', {
      body: card({
        body: {
          root: {
            children: [{ fields: null, format: '', relationTo: 'media', type: 'upload', value: file.id, version: 3 }],
            direction: null,
            format: '',
            indent: 0,
            type: 'root',
            version: 1,
          },
        },
      }),
      method: 'POST',
      session: leiden,
    })
    expect(inText.status).toBe(400)
    expect(invalidPaths(inText.body)).toEqual(['body'])

    expect((await api(url(), `/api/media/${file.id}`, { session: leiden })).status).not.toBe(200)
    const download = await fetch(`${url()}${file.url}`, { headers: leiden.headers })
    await download.arrayBuffer()
    expect(download.status).not.toBe(200)
  })

  describe('7. submitting in the same save as a change keeps the change, in every reviewed collection', () => {
    const drafts: Record<string, { body: Record<string, unknown>; field: string }> = {
      experiences: { body: { period: { from: '2026-02-01T00:00:00.000Z' }, rating: 3, result: 'oud' }, field: 'result' },
      'good-practices': {
        body: { approach: 'oud', problem: 'Een probleem.', summary: 'S.', title: `Praktijk ${run}`, visibility: 'partners' },
        field: 'approach',
      },
      interventions: { body: { ...card(), goal: 'oud' }, field: 'goal' },
      'knowledge-cases': {
        body: { summary: 'S.', title: `Casus zeven ${run}`, vignette: 'oud', visibility: 'partners' },
        field: 'vignette',
      },
      'lessons-learned': {
        body: { lesson: 'Een les.', observation: 'oud', project: 'Project', summary: 'S.', title: `Les ${run}`, visibility: 'partners' },
        field: 'observation',
      },
    }

    it.each(Object.keys(drafts))('%s', async (collection) => {
      const { body, field } = drafts[collection]!
      if (collection === 'experiences') {
        const open = await api(url(), '/api/interventions', { body: card({ _status: 'published' }), method: 'POST', session: curator })
        body.intervention = open.body.doc.id
      }
      const created = await api(url(), `/api/${collection}`, { body, method: 'POST', session: denHaag })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const { id } = created.body.doc
      const changed = await api(url(), `/api/${collection}/${id}?draft=true`, {
        body: { [field]: 'nieuw', workflowStatus: 'in-review' },
        method: 'PATCH',
        session: denHaag,
      })
      expect(changed.status, JSON.stringify(changed.body)).toBe(200)
      expect(changed.body.doc[field], 'the answer shows what was saved').toBe('nieuw')
      const stored = await api(url(), `/api/${collection}/${id}?draft=true&depth=0`, { session: denHaag })
      expect(stored.body[field]).toBe('nieuw')
      expect(stored.body.workflowStatus).toBe('in-review')
      const queue = await api(url(), '/api/editorial/review-queue', { session: curator })
      expect(
        queue.body.docs.some((entry: { id: string }) => entry.id === id),
        'the curator sees it in review',
      ).toBe(true)
    })
  })

  describe('every endpoint someone may not use answers 401 or 403 in one shape', () => {
    let apiKey: Session
    let someCard: string

    beforeAll(async () => {
      const issued = await api(url(), '/api/api-keys', {
        body: { name: 'Leiden', scope: 'read-write', user: leiden.user.id },
        method: 'POST',
        session: admin,
      })
      expect(issued.status, JSON.stringify(issued.body)).toBe(201)
      apiKey = { headers: { Authorization: `Bearer ${issued.body.doc.key}` }, user: leiden.user }
      someCard = (await api(url(), '/api/interventions?limit=1&depth=0')).body.docs[0].id
    })

    type Call = { method: string; path: string; body?: unknown }
    const calls: Array<[string, () => Call]> = [
      ['the review queue', () => ({ method: 'GET', path: '/api/editorial/review-queue' })],
      ['the overdue list', () => ({ method: 'GET', path: '/api/editorial/overdue' })],
      ['publishing', () => ({ method: 'POST', path: `/api/interventions/${someCard}/publish` })],
      ['sending back', () => ({ body: { comment: 'Nee.' }, method: 'POST', path: `/api/interventions/${someCard}/send-back` })],
      ['unpublishing', () => ({ method: 'POST', path: `/api/interventions/${someCard}/unpublish` })],
      ['the import template', () => ({ method: 'GET', path: '/api/import/interventions/template' })],
      ['exporting a whole collection', () => ({ method: 'GET', path: '/api/export/interventions?format=json' })],
      ['rebuilding the search index', () => ({ method: 'POST', path: '/api/search/reindex' })],
      ['running background jobs', () => ({ method: 'GET', path: '/api/payload-jobs/run' })],
      ['lifting a lockout', () => ({ body: { email: 'admin@weerbaar.test' }, method: 'POST', path: '/api/users/unlock' })],
      [
        'creating an account',
        () => ({
          body: { email: `nieuw-${run}@weerbaar.test`, name: 'Nieuw', password: 'een-lang-wachtwoord' },
          method: 'POST',
          path: '/api/users',
        }),
      ],
      ['reading the audit log', () => ({ method: 'GET', path: '/api/audit-log' })],
      ['reading the privacy names', () => ({ method: 'GET', path: '/api/privacy-names' })],
      [
        'creating an edit lock',
        () => ({
          body: { document: { relationTo: 'interventions', value: someCard }, user: { relationTo: 'users', value: leiden.user.id } },
          method: 'POST',
          path: '/api/payload-locked-documents',
        }),
      ],
      ['reading the job queue', () => ({ method: 'GET', path: '/api/payload-jobs' })],
    ]

    it.each(calls)('%s', async (_label, call) => {
      for (const [who, session] of [
        ['anonymous', anonymous],
        ['a member', leiden],
        ['a member’s API key', apiKey],
      ] as const) {
        const { body, method, path } = call()
        const answer = await api(url(), path, { body, method, session })
        expect([401, 403], `${who}: ${method} ${path} answered ${answer.status} ${JSON.stringify(answer.body)}`).toContain(answer.status)
        expect(answer.body, `${who}: ${method} ${path}`).toEqual({ errors: [{ message: expect.any(String) }] })
        if (
          who === 'anonymous' &&
          !path.startsWith('/api/users') &&
          !path.startsWith('/api/payload-') &&
          !path.startsWith('/api/audit') &&
          !path.startsWith('/api/privacy')
        ) {
          expect(answer.status, `${path}: not signed in`).toBe(401)
        }
      }
    })
  })
})
