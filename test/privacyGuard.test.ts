import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { api, invalidPaths, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'

/** 123456782 passes the 11-test: 9·1 + 8·2 + 7·3 + 6·4 + 5·5 + 4·6 + 3·7 + 2·8 − 2 = 154 = 14·11. */
const bsn = '123456782'

const errorMessages = (body: any): string[] =>
  (body?.errors ?? []).flatMap((error: any) => (error?.data?.errors ?? []).map((each: { message: string }) => each.message))

describe('the privacy guard on workshop cases, over HTTP', () => {
  let server: TestServer
  let curator: Session
  let denHaag: Session
  let admin: Session
  const url = () => server.url

  const caseWith = (vignette: string) => ({
    summary: 'Zorgmijder met oplopende schulden; buren melden overlast.',
    title: `Casus ${Math.random().toString(36).slice(2, 8)}`,
    vignette,
    visibility: 'partners',
  })
  const clean =
    'Op 14 maart 2024 besprak het Zorg- en Veiligheidshuis Haaglanden de casus van een man (40-50 jaar) uit Zoetermeer. ' +
    'Wijkagent, GGD Haaglanden en de gemeente Leidschendam-Voorburg trokken samen op.'

  beforeAll(async () => {
    server = await startServer({}, 'privacy')
    ;[curator, denHaag, admin] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'admin@weerbaar.test'),
    ])
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
  })

  it('blocks submitting a case with a BSN, names the finding, and lets the fixed case through to publication', async () => {
    const draft = await api(url(), '/api/knowledge-cases', {
      body: caseWith(`${clean} Zijn BSN ${bsn} stond in het dossier.`),
      method: 'POST',
      session: denHaag,
    })
    expect(draft.status, 'a draft may still hold it: work in progress is never lost').toBe(201)
    const { id } = draft.body.doc

    const blocked = await api(url(), `/api/knowledge-cases/${id}/submit`, { method: 'POST', session: denHaag })
    expect(blocked.status).toBe(400)
    expect(invalidPaths(blocked.body)).toEqual(['vignette'])
    const [message] = errorMessages(blocked.body)
    expect(message).toContain('BSN')
    expect(message, 'names the field as the editor sees it').toContain('Vignette (de-identified)')
    expect(message, 'the error never repeats the number').not.toContain(bsn)
    expect((await api(url(), `/api/knowledge-cases/${id}?draft=true`, { session: denHaag })).body.workflowStatus).toBe('draft')

    const fixed = await api(url(), `/api/knowledge-cases/${id}`, { body: { vignette: clean }, method: 'PATCH', session: denHaag })
    expect(fixed.status).toBe(200)
    expect((await api(url(), `/api/knowledge-cases/${id}/submit`, { method: 'POST', session: denHaag })).status).toBe(200)
    const published = await api(url(), `/api/knowledge-cases/${id}/publish`, { method: 'POST', session: curator })
    expect(published.status).toBe(200)
    expect(published.body.doc._status).toBe('published')
  })

  it('lists every finding with its field, in each language', async () => {
    const draft = await api(url(), '/api/knowledge-cases', {
      body: {
        ...caseWith(`${clean} Bereikbaar via 06-12345678 of j.jansen@example.nl; woont op 2511 CV 12.`),
        bottleneck: 'De zoon (geboren 3 april 1987) kreeg geen toegang.',
      },
      method: 'POST',
      session: denHaag,
    })
    const { id } = draft.body.doc
    const english = await api(url(), `/api/knowledge-cases/${id}?locale=en`, {
      body: {
        summary: 'Care avoider with debts.',
        title: 'Case in English',
        vignette: 'His bank account NL91 ABNA 0417 1643 00 was frozen.',
      },
      method: 'PATCH',
      session: denHaag,
    })
    expect(english.status, JSON.stringify(english.body)).toBe(200)

    const blocked = await api(url(), `/api/knowledge-cases/${id}/submit`, { method: 'POST', session: denHaag })
    expect(blocked.status).toBe(400)
    const messages = errorMessages(blocked.body).join('\n')
    for (const expected of ['phone', 'e-mail', 'address', 'date of birth', 'IBAN']) expect(messages).toMatch(new RegExp(expected, 'i'))
    expect(messages).toContain('Vignette (de-identified) (English)')
    expect(messages).toContain('Bottleneck')
  })

  it('says what it found and what to do in the writer’s language, for the form’s field and its toast', async () => {
    const draft = await api(url(), '/api/knowledge-cases', {
      body: caseWith(`${clean} Bel 06-12345678.`),
      method: 'POST',
      session: denHaag,
    })
    const { id } = draft.body.doc
    const blocked = await api(url(), `/api/knowledge-cases/${id}/submit`, {
      headers: { 'accept-language': 'nl' },
      method: 'POST',
      session: denHaag,
    })
    expect(blocked.status).toBe(400)
    expect(invalidPaths(blocked.body)).toEqual(['vignette'])
    const [atField] = errorMessages(blocked.body)
    expect(atField).toMatch(
      /^Persoonsgegevens: telefoonnummer "06•+78" in Casusbeschrijving \(geanonimiseerd\)\. Verwijder of anonimiseer dit/,
    )
    expect(blocked.body.errors[0].message).toBe(
      'Persoonsgegevens gevonden; verwijder of anonimiseer ze en probeer het opnieuw. Velden: Casusbeschrijving (geanonimiseerd)',
    )
  })

  it('checks a curator’s direct change to a published case as well', async () => {
    const created = await api(url(), '/api/knowledge-cases', {
      body: { ...caseWith(clean), _status: 'published' },
      method: 'POST',
      session: curator,
    })
    expect(created.status).toBe(201)
    const changed = await api(url(), `/api/knowledge-cases/${created.body.doc.id}`, {
      body: { vignette: `${clean} BSN ${bsn}.` },
      method: 'PATCH',
      session: curator,
    })
    expect(changed.status).toBe(400)
    expect(invalidPaths(changed.body)).toEqual(['vignette'])
    const live = await api(url(), `/api/knowledge-cases/${created.body.doc.id}`, { session: denHaag })
    expect(live.body.vignette).toBe(clean)
  })

  it('looks for the names curators list, which members cannot read', async () => {
    const added = await api(url(), '/api/privacy-names', { body: { name: 'Fatima el Idrissi' }, method: 'POST', session: curator })
    expect(added.status).toBe(201)
    expect((await api(url(), '/api/privacy-names', { session: denHaag })).status).toBe(403)

    const draft = await api(url(), '/api/knowledge-cases', {
      body: caseWith(`${clean} Mevrouw FATIMA EL IDRISSI belde de wijkagent.`),
      method: 'POST',
      session: denHaag,
    })
    const blocked = await api(url(), `/api/knowledge-cases/${draft.body.doc.id}/submit`, { method: 'POST', session: denHaag })
    expect(blocked.status).toBe(400)
    expect(errorMessages(blocked.body).join('\n')).toMatch(/name/i)
  })

  it('lets a curator publish despite findings only with a reason, and records it', async () => {
    const draft = await api(url(), '/api/knowledge-cases', {
      body: caseWith(`${clean} Het meldpunt is bereikbaar op 070-3456789.`),
      method: 'POST',
      session: denHaag,
    })
    const { id } = draft.body.doc

    const member = await api(url(), `/api/knowledge-cases/${id}/submit`, {
      body: { overrideReason: 'mag wel' },
      method: 'POST',
      session: denHaag,
    })
    expect(member.status, 'members cannot override').toBe(400)

    const withoutReason = await api(url(), `/api/knowledge-cases/${id}/publish`, { method: 'POST', session: curator })
    expect(withoutReason.status).toBe(400)
    expect(errorMessages(withoutReason.body)[0]).toContain('overrideReason')

    const reason = 'Het nummer is het algemene nummer van het meldpunt, geen persoonsgegeven.'
    const overridden = await api(url(), `/api/knowledge-cases/${id}/publish`, {
      body: { overrideReason: reason },
      method: 'POST',
      session: curator,
    })
    expect(overridden.status).toBe(200)
    const stored = await api(url(), `/api/knowledge-cases/${id}?depth=0`, { session: curator })
    expect(stored.body.privacyReview.overrideReason).toBeNull()
    expect(stored.body.privacyReview.overrides).toHaveLength(1)
    expect(stored.body.privacyReview.overrides[0]).toMatchObject({ by: curator.user.id, reason })
    expect(stored.body.privacyReview.overrides[0].findings).toMatch(/phone/i)
    expect((await api(url(), `/api/knowledge-cases/${id}?depth=0`, { session: denHaag })).body.privacyReview).toBeUndefined()

    // The override covers what the curator saw; a new finding blocks again.
    const edited = await api(url(), `/api/knowledge-cases/${id}`, {
      body: { vignette: `${clean} Het meldpunt is bereikbaar op 070-3456789. Melder: 06-87654321.` },
      method: 'PATCH',
      session: curator,
    })
    expect(edited.status).toBe(400)
    expect(errorMessages(edited.body)).toHaveLength(1)

    const log = await api(url(), `/api/audit-log?where[documentId][equals]=${id}&where[action][equals]=publish`, { session: admin })
    expect(log.body.docs[0].comment).toContain(reason)
  })

  it('checks fields that opt in elsewhere: the story of a lesson learned', async () => {
    const lesson = await api(url(), '/api/lessons-learned', {
      body: {
        context: 'De projectleider, bereikbaar op 06-12345678, stopte halverwege.',
        lesson: 'Leg het eigenaarschap vast.',
        summary: 'Project liep vast.',
        title: `Les ${Math.random().toString(36).slice(2, 8)}`,
        visibility: 'partners',
      },
      method: 'POST',
      session: denHaag,
    })
    expect(lesson.status).toBe(201)
    const blocked = await api(url(), `/api/lessons-learned/${lesson.body.doc.id}/submit`, { method: 'POST', session: denHaag })
    expect(blocked.status).toBe(400)
    expect(invalidPaths(blocked.body)).toEqual(['context'])
  })
})
