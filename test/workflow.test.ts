import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, invalidPaths, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

const idOf = (value: any) => (typeof value === 'object' && value ? value.id : value)

describe('the editorial workflow over HTTP', () => {
  let server: TestServer
  let curator: Session
  let denHaag: Session
  let leiden: Session
  const url = () => server.url

  let denHaagId = ''
  // Curators work for the regional office: the cards they make here are The Hague's. Members always get their own.
  const card = (overrides: Record<string, unknown> = {}) => ({
    goal: 'Ouderen herkennen babbeltrucs aan de deur.',
    ownerOrganisation: denHaagId,
    preventionLevel: ['primary'],
    role: ['victim'],
    summary: 'Voorlichting in buurthuizen.',
    title: `Workflowkaart ${Math.random().toString(36).slice(2, 8)}`,
    visibility: 'public',
    ...overrides,
  })
  const queue = (session: Session) => api(url(), '/api/editorial/review-queue', { session })
  const inQueue = async (id: string) => (await queue(curator)).body.docs.some((entry: any) => entry.id === id)

  beforeAll(async () => {
    server = await startServer({}, 'workflow')
    ;[curator, denHaag, leiden] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    denHaagId = (await api(url(), '/api/organisations?where[slug][equals]=gemeente-den-haag&depth=0')).body.docs[0].id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('takes a member’s draft through review, a send-back with a comment, and publication', async () => {
    const created = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: denHaag })
    expect(created.status).toBe(201)
    const { id } = created.body.doc
    expect(created.body.doc).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect((await api(url(), `/api/interventions/${id}`)).status).not.toBe(200)

    const submitted = await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: denHaag })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc.workflowStatus).toBe('in-review')
    expect(idOf(submitted.body.doc.submittedBy)).toBe(denHaag.user.id)
    expect(await inQueue(id)).toBe(true)
    expect((await api(url(), `/api/interventions/${id}?draft=true`, { session: leiden })).status).toBe(404)

    const withoutComment = await api(url(), `/api/interventions/${id}/send-back`, { method: 'POST', session: curator })
    expect(withoutComment.status).toBe(400)
    expect(invalidPaths(withoutComment.body)).toEqual(['reviewComment'])

    const sentBack = await api(url(), `/api/interventions/${id}/send-back`, {
      body: { comment: 'Voeg de bron van het lesmateriaal toe.' },
      method: 'POST',
      session: curator,
    })
    expect(sentBack.status).toBe(200)
    expect(await inQueue(id)).toBe(false)
    const asOwner = await api(url(), `/api/interventions/${id}?draft=true`, { session: denHaag })
    expect(asOwner.body).toMatchObject({ reviewComment: 'Voeg de bron van het lesmateriaal toe.', workflowStatus: 'sent-back' })

    await api(url(), `/api/interventions/${id}?draft=true`, {
      body: { sources: [{ title: 'Handreiking babbeltrucs' }] },
      method: 'PATCH',
      session: denHaag,
    })
    expect((await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: denHaag })).status).toBe(200)
    expect((await api(url(), `/api/interventions/${id}/publish`, { method: 'POST', session: denHaag })).status).toBe(403)

    const published = await api(url(), `/api/interventions/${id}/publish`, { method: 'POST', session: curator })
    expect(published.status).toBe(200)
    expect(published.body.doc).toMatchObject({ _status: 'published', reviewComment: null, workflowStatus: 'published' })
    expect(idOf(published.body.doc.publishedBy)).toBe(curator.user.id)
    expect(Date.now() - Date.parse(published.body.doc.publishedAt)).toBeLessThan(60_000)
    const publicView = await api(url(), `/api/interventions/${id}`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.sources[0].title).toBe('Handreiking babbeltrucs')
    expect(await inQueue(id)).toBe(false)

    const history = (await api(url(), `/api/interventions/${id}`, { session: denHaag })).body.reviewHistory
    expect(
      history.map((step: { by: unknown; comment: string | null; move: string }) => [step.move, idOf(step.by), step.comment]),
      'the review history keeps who took each step and the comment, after publishing',
    ).toEqual([
      ['submit', denHaag.user.id, null],
      ['send-back', curator.user.id, 'Voeg de bron van het lesmateriaal toe.'],
      ['submit', denHaag.user.id, null],
      ['publish', curator.user.id, null],
    ])
    expect(history[1].byName, 'named as colleagues know them, for members who may not open the account').toBe('Chris Redactie (RSIV)')
    expect((await api(url(), `/api/interventions/${id}`)).body.reviewHistory ?? [], 'anonymous readers do not see who reviewed').toEqual([])
    const otherMunicipality = await api(url(), `/api/interventions/${id}`, { session: leiden })
    expect(otherMunicipality.status).toBe(200)
    expect(otherMunicipality.body.reviewHistory ?? [], 'the curators’ comments stay with the owner organisation').toEqual([])
    const viaGraphql = await api(url(), '/api/graphql', {
      body: { query: `{ Intervention(id: "${id}") { title reviewHistory { comment } } }` },
      method: 'POST',
      session: leiden,
    })
    expect(viaGraphql.body.data?.Intervention?.title).toBeTruthy()
    expect(viaGraphql.body.data.Intervention.reviewHistory ?? [], 'nor through GraphQL').toEqual([])
  })

  it('saves the changes sent with a step in the same write, and keeps a sent-back item sent back until it is resubmitted', async () => {
    const created = await api(url(), '/api/interventions', {
      body: card({ title: 'Stap met wijziging' }),
      method: 'POST',
      session: denHaag,
    })
    const { id } = created.body.doc
    const submitted = await api(url(), `/api/interventions/${id}/submit`, {
      body: { goal: 'Doel aangepast bij het indienen.', workflowStatus: 'published' },
      method: 'POST',
      session: denHaag,
    })
    expect(submitted.status).toBe(200)
    expect(submitted.body.doc).toMatchObject({ _status: 'draft', goal: 'Doel aangepast bij het indienen.', workflowStatus: 'in-review' })
    const sentBack = await api(url(), `/api/interventions/${id}/send-back`, {
      body: { comment: 'Noem de doelgroep.' },
      headers: { 'accept-language': 'nl' },
      method: 'POST',
      session: curator,
    })
    expect(sentBack.body.message).toBe('Teruggestuurd naar de eigenaar, met je opmerking.')
    const saved = await api(url(), `/api/interventions/${id}`, {
      body: { summary: 'Nieuwe samenvatting.' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(saved.body.doc.workflowStatus, 'saving keeps the comment’s status').toBe('sent-back')
    const forged = await api(url(), `/api/interventions/${id}`, {
      body: { workflowStatus: 'sent-back' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(forged.status).toBe(200)
    const resubmitted = await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: denHaag })
    expect(resubmitted.body.doc).toMatchObject({ reviewComment: null, workflowStatus: 'in-review' })
    const selfSentBack = await api(url(), `/api/interventions/${id}`, {
      body: { workflowStatus: 'sent-back' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(selfSentBack.status, 'only a curator sends back').toBe(403)

    const other = await api(url(), '/api/interventions', { body: card({ title: 'Andere kaart' }), method: 'POST', session: denHaag })
    await api(url(), `/api/interventions/${id}/send-back`, { body: { comment: 'Nog eens.' }, method: 'POST', session: curator })
    const forgedId = await api(url(), `/api/interventions/${id}/submit`, {
      body: { id: other.body.doc.id, title: 'Via een ander id' },
      method: 'POST',
      session: denHaag,
    })
    expect(forgedId.status).toBe(200)
    expect(String(forgedId.body.doc.id), 'the step changes the item in its address').toBe(String(id))
    const untouched = await api(url(), `/api/interventions/${other.body.doc.id}?draft=true`, { session: denHaag })
    expect(untouched.body.title, 'an id in the body does not reach another item').toBe('Andere kaart')
  })

  it('keeps one experience per municipality and card: a second is refused with what to do, a change waits for review beside the live one', async () => {
    const open = await api(url(), '/api/interventions', { body: card({ _status: 'published' }), method: 'POST', session: curator })
    const experience = {
      intervention: open.body.doc.id,
      period: { from: '2026-01-01T00:00:00.000Z' },
      rating: 4,
      result: 'Veertig bewoners bereikt.',
    }
    const first = await api(url(), '/api/experiences', { body: experience, method: 'POST', session: leiden })
    expect(first.status).toBe(201)
    const second = await api(url(), '/api/experiences', {
      body: { ...experience, rating: 2 },
      headers: { 'accept-language': 'nl' },
      method: 'POST',
      session: leiden,
    })
    expect(second.status).toBe(409)
    expect(second.body.errors[0].message).toMatch(/al vastgelegd: werk die ervaring bij/)
    const fromAnotherMunicipality = await api(url(), '/api/experiences', { body: experience, method: 'POST', session: denHaag })
    expect(fromAnotherMunicipality.status, 'another municipality records its own').toBe(201)

    const id = first.body.doc.id
    expect((await api(url(), `/api/experiences/${id}/publish`, { method: 'POST', session: curator })).status).toBe(200)
    const changed = await api(url(), `/api/experiences/${id}/submit`, { body: { rating: 5 }, method: 'POST', session: leiden })
    expect(changed.status).toBe(200)
    const live = await api(url(), `/api/experiences/${id}`, { session: leiden })
    expect(live.body.rating, 'the published experience stays as it was until a curator publishes the change').toBe(4)
    const pending = await api(url(), `/api/experiences/${id}?draft=true`, { session: leiden })
    expect(pending.body).toMatchObject({ rating: 5, workflowStatus: 'in-review' })
  })

  it('refuses in the writer’s language: Dutch unless English is asked for, naming the field', async () => {
    const postInDutch = (body: unknown) =>
      api(url(), '/api/interventions', { body, headers: { 'accept-language': 'nl' }, method: 'POST', session: denHaag })
    const badLink = { ...card(), sources: [{ title: 'Bron', url: 'javascript:alert(1)' }] }
    const inDutch = await postInDutch(badLink)
    expect(inDutch.status).toBe(400)
    expect(invalidPaths(inDutch.body)).toEqual(['sources.0.url'])
    expect(JSON.stringify(inDutch.body)).toContain('is niet toegestaan. Gebruik een webadres')
    const inEnglish = await api(url(), '/api/interventions', { body: badLink, method: 'POST', session: denHaag })
    expect(JSON.stringify(inEnglish.body)).toContain('is not allowed. Use a web address')

    const tooLong = await postInDutch(card({ goal: 'x'.repeat(10_001) }))
    expect(tooLong.status).toBe(400)
    expect(invalidPaths(tooLong.body)).toEqual(['goal'])
    expect(JSON.stringify(tooLong.body)).toContain('Hier passen hooguit')
  })

  it('keeps the published version live while a member’s change is in review', async () => {
    const created = await api(url(), '/api/interventions', {
      body: card({ _status: 'published', title: 'Live titel workflow' }),
      method: 'POST',
      session: curator,
    })
    const { id } = created.body.doc
    const change = await api(url(), `/api/interventions/${id}`, {
      body: { title: 'Nieuwe titel van de gemeente' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(change.status).toBe(200)
    expect((await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: denHaag })).status).toBe(200)

    expect((await api(url(), `/api/interventions/${id}`)).body.title).toBe('Live titel workflow')
    expect((await api(url(), `/api/interventions/${id}?draft=true`, { session: denHaag })).body).toMatchObject({
      title: 'Nieuwe titel van de gemeente',
      workflowStatus: 'in-review',
    })
    const entry = (await queue(curator)).body.docs.find((each: any) => each.id === id)
    expect(entry).toMatchObject({ collection: 'interventions', title: 'Nieuwe titel van de gemeente' })

    expect((await api(url(), `/api/interventions/${id}/publish`, { method: 'POST', session: curator })).status).toBe(200)
    expect((await api(url(), `/api/interventions/${id}`)).body.title).toBe('Nieuwe titel van de gemeente')
  })

  it('treats a curator’s direct change to a published item as publishing it', async () => {
    const created = await api(url(), '/api/interventions', { body: card({ _status: 'published' }), method: 'POST', session: curator })
    const { id } = created.body.doc
    const changed = await api(url(), `/api/interventions/${id}`, {
      body: { summary: 'Direct bijgewerkt.' },
      method: 'PATCH',
      session: curator,
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc).toMatchObject({ _status: 'published', summary: 'Direct bijgewerkt.', workflowStatus: 'published' })
    expect((await api(url(), `/api/interventions/${id}`)).body.summary).toBe('Direct bijgewerkt.')
  })

  it('does not let a member publish by any route, or forge who published', async () => {
    const created = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: denHaag })
    const { id } = created.body.doc
    const patch = await api(url(), `/api/interventions/${id}`, { body: { _status: 'published' }, method: 'PATCH', session: denHaag })
    expect(patch.status).toBe(403)
    const forged = await api(url(), `/api/interventions/${id}`, {
      body: { publishedAt: '2020-01-01T00:00:00.000Z', publishedBy: curator.user.id, workflowStatus: 'published' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(forged.status).toBe(200)
    expect(forged.body.doc).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect(forged.body.doc.publishedBy ?? null).toBeNull()
    expect(forged.body.doc.publishedAt ?? null).toBeNull()
    expect(
      (await api(url(), `/api/interventions/${id}/send-back`, { body: { comment: 'nee' }, method: 'POST', session: denHaag })).status,
    ).toBe(403)
  })

  it('lets members edit only their own organisation’s items', async () => {
    const created = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: denHaag })
    const { id } = created.body.doc
    const other = await api(url(), `/api/interventions/${id}`, { body: { title: 'Overgenomen' }, method: 'PATCH', session: leiden })
    expect([403, 404]).toContain(other.status)
    expect((await api(url(), `/api/interventions/${id}/submit`, { method: 'POST', session: leiden })).status).toBe(404)
  })

  it('unpublishes: the item leaves the public view and returns to its organisation', async () => {
    const created = await api(url(), '/api/interventions', { body: card({ _status: 'published' }), method: 'POST', session: curator })
    const { id } = created.body.doc
    expect((await api(url(), `/api/interventions/${id}`)).status).toBe(200)
    const unpublished = await api(url(), `/api/interventions/${id}/unpublish`, { method: 'POST', session: curator })
    expect(unpublished.status).toBe(200)
    expect(unpublished.body.doc).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
    expect((await api(url(), `/api/interventions/${id}`)).status).not.toBe(200)
  })

  it('gives every item a review-by date and lists overdue items for curators only', async () => {
    const fresh = await api(url(), '/api/interventions', { body: card(), method: 'POST', session: denHaag })
    const due = Date.parse(fresh.body.doc.reviewBy)
    expect(due - Date.now()).toBeGreaterThan(360 * 24 * 3600 * 1000)

    const stale = await api(url(), '/api/interventions', {
      body: card({ _status: 'published', reviewBy: '2024-01-15T00:00:00.000Z' }),
      method: 'POST',
      session: curator,
    })
    const overdue = await api(url(), '/api/editorial/overdue', { session: curator })
    expect(overdue.status).toBe(200)
    const ids = overdue.body.docs.map((entry: any) => entry.id)
    expect(ids).toContain(stale.body.doc.id)
    expect(ids).not.toContain(fresh.body.doc.id)
    expect(overdue.body.docs[0].reviewBy <= overdue.body.docs.at(-1).reviewBy).toBe(true)

    expect((await api(url(), '/api/editorial/overdue', { session: denHaag })).status).toBe(403)
    expect((await api(url(), '/api/editorial/review-queue', { session: anonymous })).status).toBe(401)
  })
})
