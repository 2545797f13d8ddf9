import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * The knowledge workshop over real HTTP, on the demo session of the workshop on confused
 * behaviour (recommendations for the police, Zoetermeer, the care-and-safety house and the GGD).
 */
describe('knowledge-workshop sessions and their recommendations', () => {
  let smtp: TestSmtp
  let server: TestServer
  let curator: Session
  let denHaag: Session
  let police: Session
  let zoetermeer: Session
  let leiden: Session
  let rijswijk: Session
  const url = () => server.url
  const organisationIds: Record<string, string> = {}
  let workshop: { id: string }
  let session: { id: string; recommendations: Array<{ id: string; ownerOrganisation: string; status: string }> }

  const openFor = async (who: Session) => (await api(url(), '/api/recommendations/open', { session: who })).body

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await startServer(
      { MAIL_FROM: 'Weerbaar <noreply@weerbaar.test>', MAIL_RATE_PER_MINUTE: '6000', SMTP_URL: smtp.url },
      'workshop',
    )
    ;[curator, denHaag, police, zoetermeer, leiden, rijswijk] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'politie@weerbaar.test'),
      login(url(), 'member.zoetermeer@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
      login(url(), 'member.rijswijk@weerbaar.test'),
    ])
    for (const organisation of (await api(url(), '/api/organisations?limit=100&depth=0')).body.docs)
      organisationIds[organisation.slug] = organisation.id
    workshop = (await api(url(), '/api/groups?where[slug][equals]=kenniswerkplaats-verward-gedrag&depth=0')).body.docs[0]
    session = (await api(url(), '/api/workshop-sessions?depth=0&limit=1', { session: curator })).body.docs[0]
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('a curator sees every open recommendation, overdue first, then by owner', async () => {
    const { docs, overdue } = await openFor(curator)
    expect(docs.map((each: any) => each.owner.name)).toEqual([
      'Politie eenheid Den Haag',
      'Gemeente Zoetermeer',
      'Zorg- en Veiligheidshuis Haaglanden',
    ])
    // The demo's police recommendation was due on 1 November 2026: whatever today is, it is past.
    expect(docs[0].overdue).toBe(true)
    expect(overdue).toBeGreaterThanOrEqual(1)
    expect(docs.every((each: any) => ['open', 'in-progress'].includes(each.status))).toBe(true)
    expect(docs[0].source).toMatchObject({ collection: 'workshop-sessions', title: 'Kenniswerkplaats verward gedrag, september 2026' })
  })

  it('an owner sees its own open recommendations and the session they come from; others see neither', async () => {
    const own = await openFor(police)
    expect(own.docs.map((each: any) => each.owner.name)).toEqual(['Politie eenheid Den Haag'])
    expect((await api(url(), `/api/workshop-sessions/${session.id}`, { session: police })).status).toBe(200)
    expect((await openFor(zoetermeer)).docs.map((each: any) => each.owner.name)).toEqual(['Gemeente Zoetermeer'])
    expect((await openFor(leiden)).docs).toEqual([])
    for (const outsider of [leiden, rijswijk]) {
      expect([403, 404]).toContain((await api(url(), `/api/workshop-sessions/${session.id}`, { session: outsider })).status)
      const listed = await api(url(), '/api/workshop-sessions?depth=0', { session: outsider })
      expect(listed.body.docs ?? []).toEqual([])
    }
    expect((await api(url(), '/api/recommendations/open', { session: anonymous })).status).toBe(401)
    const anonymousList = await api(url(), '/api/workshop-sessions?depth=0', { session: anonymous })
    expect(anonymousList.body.docs ?? []).toEqual([])
  })

  it('the owner records the follow-up; someone else cannot; the list follows', async () => {
    const row = session.recommendations.find((each) => each.ownerOrganisation === organisationIds['politie-eenheid-den-haag'])!
    const path = `/api/workshop-sessions/${session.id}/recommendations/${row.id}`
    const byLeiden = await api(url(), path, { body: { status: 'done' }, method: 'POST', session: leiden })
    expect(byLeiden.status).toBe(404)
    const byZoetermeer = await api(url(), path, { body: { status: 'done' }, method: 'POST', session: zoetermeer })
    expect(byZoetermeer.status).toBe(403)
    const wrong = await api(url(), path, { body: { status: 'klaar' }, method: 'POST', session: police })
    expect(wrong.status).toBe(400)
    expect(JSON.stringify(wrong.body)).toContain('status')
    const recorded = await api(url(), path, {
      body: { followUp: 'Werkinstructie voor wijkagenten in concept.', status: 'in-progress' },
      method: 'POST',
      session: police,
    })
    expect(recorded.status, JSON.stringify(recorded.body)).toBe(200)
    const [first] = (await openFor(curator)).docs
    expect(first).toMatchObject({ followUp: 'Werkinstructie voor wijkagenten in concept.', status: 'in-progress' })
  })

  it('the group records a session; a new recommendation’s owner is told at once; personal data in the minutes is refused', async () => {
    const base = {
      date: '2026-12-01',
      group: workshop.id,
      participants: [organisationIds['gemeente-den-haag'], organisationIds['gemeente-rijswijk']],
      title: 'Kenniswerkplaats verward gedrag, december 2026',
    }
    const byOutsider = await api(url(), '/api/workshop-sessions', { body: base, method: 'POST', session: leiden })
    expect(byOutsider.status).toBe(403)
    const withBsn = await api(url(), '/api/workshop-sessions', {
      body: { ...base, minutes: 'Besproken: de man met BSN 111222333 woont aan de Laan van Meerdervoort 12.' },
      method: 'POST',
      session: denHaag,
    })
    expect(withBsn.status).toBe(400)
    expect(JSON.stringify(withBsn.body)).not.toContain('111222333')
    const created = await api(url(), '/api/workshop-sessions', {
      body: {
        ...base,
        minutes: 'De werkplaats besprak hoe gemeenten elkaar vinden als een inwoner verhuist.',
        recommendations: [
          {
            dueDate: '2027-02-01',
            ownerOrganisation: organisationIds['gemeente-rijswijk'],
            text: 'Spreek met Den Haag af hoe een lopende aanpak meeverhuist.',
          },
        ],
      },
      method: 'POST',
      session: denHaag,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    await eventually('Rijswijk to be told of its recommendation', async () => {
      const { body } = await api(url(), `/api/notifications?depth=0&where[item.value][equals]=${id}`, { session: rijswijk })
      return body.docs?.some((doc: any) => doc.kind === 'recommendation-assigned')
    })
    await eventually('the mail to Rijswijk', async () =>
      smtp.mails.some(
        (mail) => JSON.stringify(mail.to).includes('member.rijswijk') && /Aanbeveling voor uw organisatie/.test(mail.subject ?? ''),
      ),
    )
    // Rijswijk reads the session its recommendation comes from, without being in the group.
    expect((await api(url(), `/api/workshop-sessions/${id}`, { session: rijswijk })).status).toBe(200)
    const { body } = await api(url(), `/api/notifications?depth=0&where[item.value][equals]=${id}`, { session: leiden })
    expect(body.docs).toEqual([])
  })
})
