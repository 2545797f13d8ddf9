import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

/**
 * The conversation's rules on a real database with the demo accounts, where the HTTP test cannot
 * reach: time (the edit window, two weeks without an answer), questions kept in an organisation,
 * and who is told what about a thread.
 */
describe('conversation rules', () => {
  let payload: Payload
  let deliverQueued: () => Promise<void>
  let unansweredQuestions: typeof import('../src/conversation').unansweredQuestions
  const people: Record<string, any> = {}
  const themeIds: Record<string, string> = {}
  const organisationIds: Record<string, string> = {}

  const kindsAbout = async (user: any, id: string) =>
    (await payload.find({ collection: 'notifications', depth: 0, limit: 200, overrideAccess: false, pagination: false, user })).docs
      .filter((doc: any) => String(doc.item?.value) === id)
      .map((doc: any) => doc.kind)
      .sort()
  const ask = (user: any, data: Record<string, unknown>) =>
    payload.create({ collection: 'questions', data: { title: 'Vraag', ...data } as never, overrideAccess: false, user })
  const answer = (user: any, question: { id: string | number }, body: string, parent?: string | number) =>
    payload.create({
      collection: 'comments',
      data: { body, item: { relationTo: 'questions', value: question.id }, ...(parent ? { parent } : {}) } as never,
      overrideAccess: false,
      user,
    })

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('conversation-rules')
    process.env.LOG_LEVEL = 'warn'
    process.env.SEED_DEMO = 'true'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../src/payload.config')
    const { applyMigrations } = await import('../src/database/migrate')
    const { seed } = await import('../seed')
    ;({ unansweredQuestions } = await import('../src/conversation'))
    const { notificationsQueue } = await import('../src/notifications/events')
    payload = await getPayload({ config })
    await applyMigrations(payload)
    await seed(payload, { demo: true })
    deliverQueued = async () => {
      await payload.jobs.run({ limit: 100, overrideAccess: true, queue: notificationsQueue, silent: true })
    }
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false })
    for (const user of docs) people[String(user.email).split('@')[0]!.replace('member.', '')] = { ...user, collection: 'users' }
    for (const theme of (await payload.find({ collection: 'themes', limit: 0, pagination: false })).docs)
      themeIds[String(theme.slug)] = String(theme.id)
    for (const organisation of (await payload.find({ collection: 'organisations', limit: 0, pagination: false })).docs)
      organisationIds[String(organisation.slug)] = String(organisation.id)
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('lists a question for curators once it has waited two weeks without an answer, and no longer once answered', async () => {
    const question = await ask(people.zoetermeer, { title: 'Wie kent een goede aanpak voor sextortion bij jongens?' })
    const inTwoWeeks = new Date(Date.now() + 15 * 86_400_000)
    const inTwelveDays = new Date(Date.now() + 12 * 86_400_000)
    const listed = async (at: Date, user = people.curator) =>
      (await unansweredQuestions(payload, user, at)).docs.map((doc) => String(doc.id)).includes(String(question.id))
    expect(await listed(inTwelveDays)).toBe(false)
    expect(await listed(inTwoWeeks)).toBe(true)

    const internal = await ask(people.denhaag, { title: 'Interne vraag', visibility: 'organisation' })
    const internalListed = async (user: any) =>
      (await unansweredQuestions(payload, user, inTwoWeeks)).docs.map((doc) => String(doc.id)).includes(String(internal.id))
    expect(await internalListed(people.curator)).toBe(true)
    expect(await internalListed(people.leiden), 'the list follows the question’s visibility').toBe(false)

    await answer(people.zoetermeer, question, 'Aanvulling: het gaat om jongens van 14 tot 16.')
    expect(await listed(inTwoWeeks), 'the asker’s own follow-up is not an answer').toBe(true)
    await answer(people.leiden, question, 'Wij werken met de methode van Helpwanted.')
    expect(await listed(inTwoWeeks)).toBe(false)
  })

  it('lets an author edit for 24 hours, and delete at any time', async () => {
    const question = await ask(people.zoetermeer, { title: 'Vraag voor de bewerktermijn' })
    const comment = await answer(people.leiden, question, 'Eerste versie.')
    const edited = await payload.update({
      collection: 'comments',
      data: { body: 'Tweede versie.' } as never,
      id: comment.id,
      overrideAccess: false,
      user: people.leiden,
    })
    expect(edited.editedAt).toBeTruthy()
    // A day and a bit later, as the clock would have it.
    await payload.db.updateOne({
      collection: 'comments',
      data: { createdAt: new Date(Date.now() - 25 * 3_600_000).toISOString() },
      id: comment.id,
    })
    await expect(
      payload.update({
        collection: 'comments',
        data: { body: 'Te laat.' } as never,
        id: comment.id,
        overrideAccess: false,
        user: people.leiden,
      }),
    ).rejects.toThrow(/^body:/)
    const deleted = await payload.update({
      collection: 'comments',
      data: { state: 'deleted' } as never,
      id: comment.id,
      overrideAccess: false,
      user: people.leiden,
    })
    expect(deleted.state).toBe('deleted')
  })

  it('keeps an organisation’s question in the organisation: mentions and the organisations asked outside it hear nothing', async () => {
    const question = await ask(people.denhaag, {
      body: 'Kan @Gemeente Leiden hiermee helpen, en @Chris Redactie?',
      concerns: [organisationIds['gemeente-leiden']],
      title: 'Interne vraag over de nazorgtafel',
      visibility: 'organisation',
    })
    const stored = await payload.findByID({ collection: 'questions', depth: 0, id: question.id, overrideAccess: true })
    expect(stored.unreachedMentions).toEqual(['Gemeente Leiden'])
    expect((stored.mentions as any[]).map((each) => String(each.value))).toEqual([String(people.curator.id)])
    await deliverQueued()
    expect(await kindsAbout(people.leiden, String(question.id))).toEqual([])
    expect(await kindsAbout(people.curator, String(question.id))).toEqual(['mentioned'])
  })

  it('tells each person once, for the strongest reason: a mention over a reply over a comment in a thread they are in', async () => {
    await payload.create({
      collection: 'follows',
      data: { target: { relationTo: 'themes', value: themeIds['online-fraude'] } } as never,
      overrideAccess: false,
      user: people.partner,
    })
    const question = await ask(people.zoetermeer, {
      concerns: [organisationIds['gemeente-den-haag']],
      themes: [themeIds['online-fraude']],
      title: 'Wie heeft ervaring met een nazorgtafel?',
    })
    await deliverQueued()
    expect(await kindsAbout(people.partner, String(question.id)), 'a follower of the theme').toEqual(['question-asked'])
    expect(await kindsAbout(people.denhaag, String(question.id)), 'a member of the organisation asked').toEqual(['question-asked'])

    const first = await answer(people.denhaag, question, 'Wij hebben er een sinds 2024.')
    await deliverQueued()
    expect(await kindsAbout(people.zoetermeer, String(question.id)), 'the asker hears of an answer').toEqual(['replied'])

    await answer(people.leiden, question, 'Dank! @Daan de Vries, hoeveel deelnemers?', first.id)
    await deliverQueued()
    const denHaagKinds = await kindsAbout(people.denhaag, String(question.id))
    expect(
      denHaagKinds.filter((kind: string) => kind === 'mentioned'),
      'mentioned, not also told of the reply',
    ).toHaveLength(1)
    expect(denHaagKinds.filter((kind: string) => kind === 'replied')).toHaveLength(0)
    expect((await kindsAbout(people.zoetermeer, String(question.id))).sort()).toEqual(['replied', 'replied'])
  })
})
