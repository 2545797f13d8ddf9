import type { ParsedMail } from 'mailparser'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, eventually, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

const recipientOf = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '')

describe('discussion and questions to the region over HTTP, with a real SMTP server', () => {
  let smtp: TestSmtp
  let server: TestServer
  let curator: Session
  let admin: Session
  let denHaag: Session
  let leiden: Session
  let zoetermeer: Session
  let partner: Session
  const url = () => server.url
  const themeIds: Record<string, string> = {}
  const organisationIds: Record<string, string> = {}

  const mailsTo = (email: string) => smtp.mails.filter((mail) => recipientOf(mail).includes(email))
  const notificationsOf = async (session: Session) =>
    (await api(url(), '/api/notifications?depth=0&limit=100', { session })).body.docs as any[]
  const comment = (session: Session, item: { relationTo: string; value: string }, body: string, parent?: string) =>
    api(url(), '/api/comments', { body: { body, item, ...(parent ? { parent } : {}) }, method: 'POST', session })
  const threadOf = async (session: Session, key: string) =>
    api(url(), `/api/comments?depth=0&limit=100&where[threadKey][equals]=${encodeURIComponent(key)}`, { session })

  const publishCard = async (title: string, visibility: string) => {
    const created = await api(url(), '/api/interventions', {
      body: {
        goal: 'Senioren herkennen phishing.',
        // The curators' own organisation is the regional office: these cards are The Hague's.
        ownerOrganisation: organisationIds['gemeente-den-haag'],
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `Samenvatting van ${title}.`,
        themes: [themeIds['online-fraude']],
        title,
        visibility,
      },
      method: 'POST',
      session: curator,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const published = await api(url(), `/api/interventions/${created.body.doc.id}/publish`, { method: 'POST', session: curator })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    return published.body.doc as { id: string; slug: string }
  }

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await startServer(
      { MAIL_FROM: 'Weerbaar <noreply@weerbaar.test>', MAIL_RATE_PER_MINUTE: '6000', SMTP_URL: smtp.url },
      'conversation',
    )
    ;[curator, admin, denHaag, leiden, zoetermeer, partner] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
      login(url(), 'member.zoetermeer@weerbaar.test'),
      login(url(), 'partner@weerbaar.test'),
    ])
    for (const theme of (await api(url(), '/api/themes?limit=100&depth=0')).body.docs) themeIds[theme.slug] = theme.id
    for (const organisation of (await api(url(), '/api/organisations?limit=100&depth=0')).body.docs)
      organisationIds[organisation.slug] = organisation.id
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('a question on a partners card reaches the mentioned municipality, is answered, accepted and becomes an experience on the card', async () => {
    const card = await publishCard('Digitaal veilig 65+', 'partners')
    const asked = await api(url(), '/api/questions', {
      body: {
        about: { relationTo: 'interventions', value: card.id },
        body: 'Wij willen deze kaart inzetten. @Gemeente Leiden, jullie gebruikten hem: hoe ging de uitrol bij senioren?',
        themes: [themeIds['online-fraude']],
        title: 'Hoe ging de uitrol bij senioren?',
      },
      method: 'POST',
      session: zoetermeer,
    })
    expect(asked.status, JSON.stringify(asked.body)).toBe(201)
    const question = asked.body.doc
    expect(question).toMatchObject({ answerCount: 0, status: 'open', visibility: 'partners' })
    expect(question.askedBy.id ?? question.askedBy).toBe(zoetermeer.user.id)
    expect(question.mentions.map((each: any) => each.value.id ?? each.value)).toEqual([organisationIds['gemeente-leiden']])
    expect(question.unreachedMentions).toEqual([])

    await eventually('Leiden is told of the mention', async () =>
      (await notificationsOf(leiden)).some((each) => each.kind === 'mentioned' && each.item?.value === question.id),
    )
    await eventually('and mailed at once', async () =>
      mailsTo('member.leiden@weerbaar.test').some((mail) => /senioren/.test(mail.subject ?? '')),
    )
    const mail = mailsTo('member.leiden@weerbaar.test').find((each) => /senioren/.test(each.subject ?? ''))!
    expect(mail.text).toContain(`/vragen/${question.id}`)

    const answer = await comment(
      leiden,
      { relationTo: 'questions', value: question.id },
      'Goed! We gaven de training in de bibliotheek, 120 deelnemers. Zie https://www.leiden.nl/veilig-online voor het materiaal.',
    )
    expect(answer.status, JSON.stringify(answer.body)).toBe(201)
    expect(answer.body.doc).toMatchObject({ authorName: 'Lotte Jansen (Gemeente Leiden)', state: 'visible' })
    const link = JSON.stringify(answer.body.doc.body)
    expect(link, 'a web address in a plain-text answer becomes a link').toContain('"type":"link"')
    await eventually('the asker hears of the answer', async () =>
      (await notificationsOf(zoetermeer)).some((each) => each.kind === 'replied' && each.aboutComment === answer.body.doc.id),
    )
    expect((await api(url(), `/api/questions/${question.id}?depth=0`, { session: zoetermeer })).body.answerCount).toBe(1)

    const byOther = await api(url(), `/api/questions/${question.id}`, {
      body: { acceptedAnswer: answer.body.doc.id },
      method: 'PATCH',
      session: denHaag,
    })
    expect([403, 404], 'only the asker (or a curator) accepts an answer').toContain(byOther.status)
    const accepted = await api(url(), `/api/questions/${question.id}`, {
      body: { acceptedAnswer: answer.body.doc.id },
      method: 'PATCH',
      session: zoetermeer,
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200)
    expect(accepted.body.doc.status).toBe('answered')
    await eventually('the answer’s writer hears it was accepted', async () =>
      (await notificationsOf(leiden)).some((each) => each.kind === 'answer-accepted'),
    )

    const byMember = await api(url(), `/api/comments/${answer.body.doc.id}/convert`, {
      body: { to: 'experiences' },
      method: 'POST',
      session: zoetermeer,
    })
    expect(byMember.status).toBe(403)
    const converted = await api(url(), `/api/comments/${answer.body.doc.id}/convert`, {
      body: { to: 'experiences' },
      method: 'POST',
      session: curator,
    })
    expect(converted.status, JSON.stringify(converted.body)).toBe(201)
    expect(converted.body.collection).toBe('experiences')
    const experience = (await api(url(), `/api/experiences/${converted.body.id}?depth=0&draft=true`, { session: curator })).body
    expect(experience).toMatchObject({
      fromComment: answer.body.doc.id,
      intervention: card.id,
      municipality: organisationIds['gemeente-leiden'],
      ownerOrganisation: organisationIds['gemeente-leiden'],
    })
    expect(experience.result).toContain('120 deelnemers')
    const after = (await api(url(), `/api/comments/${answer.body.doc.id}?depth=0`, { session: leiden })).body
    expect(after.convertedTo).toEqual({ relationTo: 'experiences', value: converted.body.id })
    const again = await api(url(), `/api/comments/${answer.body.doc.id}/convert`, {
      body: { to: 'experiences' },
      method: 'POST',
      session: curator,
    })
    expect(again.status, 'an answer becomes one item, once').toBe(409)
  })

  it('shows a comment on an organisation-only item to that organisation only, on every read path', async () => {
    const internal = await publishCard('Interne aanpak Den Haag', 'organisation')
    const posted = await comment(
      denHaag,
      { relationTo: 'interventions', value: internal.id },
      'Intern overleg: zuurstokwoord loopt. @Gemeente Leiden @Lotte Jansen kunnen dit niet lezen.',
    )
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    const id = posted.body.doc.id
    expect(posted.body.doc.mentions, 'a mention of someone who may not read the item tells nobody').toEqual([])
    expect(posted.body.doc.unreachedMentions.sort()).toEqual(['Gemeente Leiden', 'Lotte Jansen'])

    expect((await api(url(), `/api/comments/${id}`, { session: denHaag })).status).toBe(200)
    expect((await api(url(), `/api/comments/${id}`, { session: leiden })).status).toBe(404)
    expect((await api(url(), `/api/comments/${id}`, { session: partner })).status).toBe(404)
    expect([401, 403, 404]).toContain((await api(url(), `/api/comments/${id}`)).status)
    const key = `interventions:${internal.id}`
    expect((await threadOf(denHaag, key)).body.docs.map((doc: any) => doc.id)).toEqual([id])
    expect((await threadOf(leiden, key)).body.docs).toEqual([])
    const anonymousList = await threadOf(anonymous, key)
    expect(anonymousList.status === 403 || anonymousList.body.docs.length === 0, 'anonymous visitors see no comments').toBe(true)

    const query = `{ Comments(where: { threadKey: { equals: "${key}" } }) { docs { id body } } Comment(id: "${id}") { id } }`
    expect((await graphql(url(), query, denHaag)).data.Comments.docs.map((doc: any) => doc.id)).toEqual([id])
    const asLeiden = await graphql(url(), query, leiden)
    expect(asLeiden.data?.Comments?.docs ?? []).toEqual([])
    expect(asLeiden.data?.Comment ?? null).toBeNull()
    const asAnonymous = await graphql(url(), query)
    expect(asAnonymous.data?.Comments?.docs ?? []).toEqual([])

    // Search does not index conversation: neither a hit nor an export line carries it.
    for (const session of [leiden, denHaag]) {
      const found = await api(url(), '/api/search?q=zuurstokwoord', { session })
      expect(JSON.stringify(found.body)).not.toContain('Intern overleg')
      const exported = await api(url(), '/api/search/export?q=zuurstokwoord&format=json', { session })
      expect(JSON.stringify(exported.body)).not.toContain('Intern overleg')
    }
    // The card's curator (who follows what they create) is told: by then the job has decided about everyone.
    await eventually('the comment was delivered', async () => (await notificationsOf(curator)).some((each) => each.aboutComment === id))
    expect((await notificationsOf(leiden)).some((each) => each.aboutComment === id)).toBe(false)

    // The portal's item page is not found for Leiden, and shows the thread to Den Haag.
    const page = await fetch(`${url()}/interventies/${internal.slug}`, { headers: leiden.headers })
    expect(page.status).toBe(404)
    expect(await page.text()).not.toContain('zuurstokwoord')
    const own = await fetch(`${url()}/interventies/${internal.slug}`, { headers: denHaag.headers })
    expect(await own.text()).toContain('zuurstokwoord')
  })

  it('narrows a thread when its item becomes organisation-only, and widens it again when the item is shared', async () => {
    const card = await publishCard('Kaart die intern wordt', 'partners')
    const posted = await comment(leiden, { relationTo: 'interventions', value: card.id }, 'Wij gebruiken deze kaart ook.')
    expect(posted.status, JSON.stringify(posted.body)).toBe(201)
    expect((await api(url(), `/api/comments/${posted.body.doc.id}`, { session: partner })).status).toBe(200)

    const narrowed = await api(url(), `/api/interventions/${card.id}`, {
      body: { visibility: 'organisation' },
      method: 'PATCH',
      session: curator,
    })
    expect(narrowed.status, JSON.stringify(narrowed.body)).toBe(200)
    await api(url(), `/api/interventions/${card.id}/publish`, { method: 'POST', session: curator })
    expect((await api(url(), `/api/comments/${posted.body.doc.id}`, { session: partner })).status).toBe(404)
    expect((await threadOf(leiden, `interventions:${card.id}`)).body.docs, 'even its writer no longer reads it').toEqual([])
    expect((await api(url(), `/api/comments/${posted.body.doc.id}`, { session: curator })).status).toBe(200)

    await api(url(), `/api/interventions/${card.id}`, { body: { visibility: 'partners' }, method: 'PATCH', session: curator })
    await api(url(), `/api/interventions/${card.id}/publish`, { method: 'POST', session: curator })
    expect((await api(url(), `/api/comments/${posted.body.doc.id}`, { session: partner })).status).toBe(200)
  })

  it('refuses personal data in comments and questions, typed loosely too, naming the finding without repeating it', async () => {
    const card = await publishCard('Kaart voor privacytest', 'partners')
    for (const [text, finding] of [
      ['De melder (BSN 123456782) belde ons.', 'BSN'],
      ['Bel hem op 06-12345678 voor de details.', 'phone'],
      ['Zijn rekening NL91 ABNA 0417 1643 00 werd leeggehaald.', 'IBAN'],
    ] as const) {
      const refused = await comment(zoetermeer, { relationTo: 'interventions', value: card.id }, text)
      expect(refused.status, text).toBe(400)
      const message = JSON.stringify(refused.body)
      expect(message, text).toMatch(new RegExp(finding, 'i'))
      expect(message, 'the refusal never repeats the number').not.toMatch(/123456782|12345678|0417 1643/)
    }
    const question = await api(url(), '/api/questions', {
      body: { body: 'Wie kent mevrouw met BSN 123456782?', title: 'Vraag over een inwoner' },
      method: 'POST',
      session: zoetermeer,
    })
    expect(question.status).toBe(400)
    expect(JSON.stringify(question.body)).toContain('BSN')
    const clean = await comment(
      zoetermeer,
      { relationTo: 'interventions', value: card.id },
      'Op 12-03-2026 startten we; kosten € 123.456.789 over 3 jaar, zie art. 138ab Sr en zaaknummer 2024-123456789.',
    )
    expect(clean.status, 'dates, amounts, articles and case numbers are not personal data').toBe(201)
    const edit = await api(url(), `/api/comments/${clean.body.doc.id}`, {
      body: { body: 'Bel 0612345678.' },
      method: 'PATCH',
      session: zoetermeer,
    })
    expect(edit.status, 'an edit is checked too').toBe(400)
  })

  it('lets members report, curators hide and restore with a reason, authors edit and delete, all in the audit log', async () => {
    const card = await publishCard('Kaart met moderatie', 'partners')
    const first = await comment(leiden, { relationTo: 'interventions', value: card.id }, 'Dit werkt niet, wat een onzin.')
    const reply = await comment(zoetermeer, { relationTo: 'interventions', value: card.id }, 'Waarom niet?', first.body.doc.id)
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const replyToReply = await comment(leiden, { relationTo: 'interventions', value: card.id }, 'Te duur.', reply.body.doc.id)
    expect(replyToReply.body.doc.parent.id, 'threads are one level deep').toBe(first.body.doc.id)

    const report = await api(url(), '/api/comment-reports', {
      body: { comment: first.body.doc.id, reason: 'Toon is onvriendelijk.' },
      method: 'POST',
      session: zoetermeer,
    })
    expect(report.status, JSON.stringify(report.body)).toBe(201)
    const twice = await api(url(), '/api/comment-reports', {
      body: { comment: first.body.doc.id, reason: 'Nog eens.' },
      method: 'POST',
      session: zoetermeer,
    })
    expect(twice.status).toBe(409)
    expect((await api(url(), '/api/comment-reports?depth=0', { session: leiden })).body.docs, 'reporters stay private').toEqual([])
    expect((await api(url(), '/api/comment-reports?depth=0', { session: curator })).body.docs.map((doc: any) => doc.id)).toContain(
      report.body.doc.id,
    )

    const hideByMember = await api(url(), `/api/comments/${first.body.doc.id}`, {
      body: { moderationReason: 'x', state: 'hidden' },
      method: 'PATCH',
      session: leiden,
    })
    expect(hideByMember.status).toBe(400)
    expect(hideByMember.body.errors[0].message).toMatch(/^state:/)
    const withoutReason = await api(url(), `/api/comments/${first.body.doc.id}`, {
      body: { state: 'hidden' },
      method: 'PATCH',
      session: curator,
    })
    expect(withoutReason.status).toBe(400)
    expect(withoutReason.body.errors[0].message).toMatch(/^moderationReason:/)
    const hidden = await api(url(), `/api/comments/${first.body.doc.id}`, {
      body: { moderationReason: 'Niet in de toon van het netwerk.', state: 'hidden' },
      method: 'PATCH',
      session: curator,
    })
    expect(hidden.status, JSON.stringify(hidden.body)).toBe(200)
    const asOther = (await api(url(), `/api/comments/${first.body.doc.id}?depth=0`, { session: partner })).body
    expect(asOther).toMatchObject({ body: null, state: 'hidden' })
    expect(asOther.moderationReason, 'the reason is for the author and the curators').toBeUndefined()
    const asAuthor = (await api(url(), `/api/comments/${first.body.doc.id}?depth=0`, { session: leiden })).body
    expect(asAuthor.moderationReason).toBe('Niet in de toon van het netwerk.')
    expect(JSON.stringify(asAuthor.body)).toContain('onzin')
    for (const [session, who] of [
      [leiden, 'the author'],
      [zoetermeer, 'the reporter'],
    ] as const)
      await eventually(`${who} is told`, async () =>
        (await notificationsOf(session)).some((each) => each.kind === 'comment-hidden' && each.comment?.includes('toon')),
      )
    expect((await api(url(), `/api/comment-reports/${report.body.doc.id}?depth=0`, { session: curator })).body.state).toBe('hidden')
    const restored = await api(url(), `/api/comments/${first.body.doc.id}`, {
      body: { state: 'visible' },
      method: 'PATCH',
      session: curator,
    })
    expect(restored.status).toBe(200)

    const edited = await api(url(), `/api/comments/${reply.body.doc.id}`, {
      body: { body: 'Waarom werkt het niet bij jullie?' },
      method: 'PATCH',
      session: zoetermeer,
    })
    expect(edited.status, JSON.stringify(edited.body)).toBe(200)
    expect(edited.body.doc.editedAt).toBeTruthy()
    const byOther = await api(url(), `/api/comments/${reply.body.doc.id}`, { body: { body: 'Gekaapt.' }, method: 'PATCH', session: leiden })
    expect([403, 404]).toContain(byOther.status)
    const versions = await api(url(), `/api/comments/versions?depth=0&where[parent][equals]=${reply.body.doc.id}`, { session: curator })
    expect(JSON.stringify(versions.body.docs), 'the edit history is kept for curators').toContain('Waarom niet?')
    expect((await api(url(), `/api/comments/versions?where[parent][equals]=${reply.body.doc.id}`, { session: leiden })).status).toBe(403)

    const deleted = await api(url(), `/api/comments/${reply.body.doc.id}`, {
      body: { state: 'deleted' },
      method: 'PATCH',
      session: zoetermeer,
    })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect(deleted.body.doc.body).toBeNull()
    const thread = (await threadOf(partner, `interventions:${card.id}`)).body.docs as any[]
    expect(thread.map((doc) => doc.state)).toEqual(['visible', 'deleted', 'visible'])
    const history = await api(url(), `/api/comments/versions?depth=0&where[parent][equals]=${reply.body.doc.id}`, { session: curator })
    expect(JSON.stringify(history.body.docs), 'deleted words leave the history too').not.toContain('Waarom')
    const undelete = await api(url(), `/api/comments/${reply.body.doc.id}`, {
      body: { state: 'visible' },
      method: 'PATCH',
      session: curator,
    })
    expect(undelete.status).toBe(400)

    const audit = await api(url(), `/api/audit-log?limit=100&depth=0&where[collection][equals]=comments`, { session: admin })
    const documents = (audit.body.docs as any[]).map((entry) => String(entry.documentId ?? entry.document ?? ''))
    for (const each of [first, reply]) expect(documents).toContain(String(each.body.doc.id))
    expect(
      (await api(url(), `/api/audit-log?limit=100&depth=0&where[collection][equals]=comment-reports`, { session: admin })).body.docs.length,
    ).toBeGreaterThan(0)
  })

  it('suggests people and organisations to mention by name only, to signed-in members', async () => {
    const found = await api(url(), '/api/mentions?q=lei', { session: zoetermeer })
    expect(found.status).toBe(200)
    expect(found.body.suggestions[0]).toMatchObject({ name: 'Gemeente Leiden', type: 'organisation' })
    expect(JSON.stringify(found.body)).not.toContain('@weerbaar.test')
    const person = await api(url(), '/api/mentions?q=lotte', { session: zoetermeer })
    expect(person.body.suggestions).toEqual([{ id: leiden.user.id, name: 'Lotte Jansen', organisation: 'Gemeente Leiden', type: 'person' }])
    expect((await api(url(), '/api/mentions?q=lei')).status).toBe(401)
  })
})
