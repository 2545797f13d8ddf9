import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { temporaryDataDir } from './helpers/server'

/**
 * Who is told what, on a real database with the demo accounts: the events the HTTP test does not
 * reach (experiences, republishing, review-by dates), and the shared access check against asking
 * Payload per reader.
 */
describe('notification rules', () => {
  let payload: Payload
  let deliverQueued: () => Promise<void>
  let tellReviewsDue: (payload: Payload, at?: Date) => Promise<number>
  let tellRecommendationsOverdue: (payload: Payload, at?: Date) => Promise<number>
  let readableItemsFor: typeof import('../src/notifications/readers').readableItemsFor
  let loadReaders: typeof import('../src/notifications/readers').loadReaders
  const people: Record<string, any> = {}
  let denHaagId: string

  const notificationsOf = async (user: any) =>
    (
      await payload.find({
        collection: 'notifications',
        depth: 0,
        limit: 100,
        overrideAccess: false,
        pagination: false,
        user,
      })
    ).docs as any[]
  const about = (docs: any[], id: string) => docs.filter((doc) => String(doc.item?.value) === id).map((doc) => doc.kind)

  const card = async (title: string, overrides: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'interventions',
      data: {
        goal: 'Doel.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `Over ${title}.`,
        title,
        visibility: 'public',
        ...overrides,
      } as never,
      draft: true,
      overrideAccess: false,
      user: people.denHaag,
    })
  const publish = (collection: 'interventions' | 'experiences', id: string) =>
    payload.update({ collection, data: { _status: 'published' } as never, id, overrideAccess: false, user: people.curator })

  beforeAll(async () => {
    process.env.DATA_DIR = temporaryDataDir('notification-rules')
    process.env.LOG_LEVEL = 'warn'
    process.env.SEED_DEMO = 'true'
    const { getPayload } = await import('payload')
    const { default: config } = await import('../src/payload.config')
    const { applyMigrations } = await import('../src/database/migrate')
    const { seed } = await import('../seed')
    ;({ tellReviewsDue } = await import('../src/notifications/reviewDue'))
    ;({ tellRecommendationsOverdue } = await import('../src/workshop/overdue'))
    ;({ loadReaders, readableItemsFor } = await import('../src/notifications/readers'))
    const { notificationsQueue } = await import('../src/notifications/events')
    payload = await getPayload({ config })
    await applyMigrations(payload)
    await seed(payload, { demo: true })
    deliverQueued = async () => {
      await payload.jobs.run({ limit: 100, overrideAccess: true, queue: notificationsQueue, silent: true })
    }
    await deliverQueued()
    const { docs } = await payload.find({ collection: 'users', depth: 0, limit: 0, overrideAccess: true, pagination: false })
    for (const user of docs) people[String(user.email).split('@')[0]!.replace('member.', '')] = { ...user, collection: 'users' }
    denHaagId = String(people.denhaag.organisation)
    people.denHaag = people.denhaag
  })

  afterAll(async () => {
    await payload?.destroy()
  })

  it('tells the card’s organisation about a new experience, its author that it is published, and makes the author follow the card', async () => {
    const target = await card('Kaart voor een ervaring')
    await publish('interventions', String(target.id))
    const experience = await payload.create({
      collection: 'experiences',
      data: {
        intervention: target.id,
        period: { from: '2026-01-01T00:00:00.000Z' },
        rating: 4,
        result: 'Veertig deelnemers.',
        visibility: 'partners',
        wouldRecommend: true,
        workflowStatus: 'in-review',
      } as never,
      draft: true,
      overrideAccess: false,
      user: people.leiden,
    })
    await deliverQueued()
    expect(about(await notificationsOf(people.curator), String(experience.id))).toEqual(['submitted'])
    expect(about(await notificationsOf(people.admin), String(experience.id)), 'administrators curate too').toEqual(['submitted'])
    await payload.create({
      collection: 'follows',
      data: { target: { relationTo: 'interventions', value: target.id } } as never,
      overrideAccess: false,
      user: people.partner,
    })
    await publish('experiences', String(experience.id))
    await deliverQueued()
    expect(about(await notificationsOf(people.denHaag), String(experience.id))).toEqual(['experience'])
    expect(about(await notificationsOf(people.partner), String(experience.id)), 'they follow the card').toEqual(['experience'])
    expect(about(await notificationsOf(people.leiden), String(experience.id))).toEqual(['published'])
    expect(about(await notificationsOf(people.admin), String(experience.id)), 'neither their card nor followed').toEqual(['submitted'])
    const follows = await payload.find({ collection: 'follows', depth: 0, overrideAccess: false, user: people.leiden })
    expect(follows.docs.map((doc) => doc.targetKey)).toContain(`interventions:${target.id}`)
  })

  it('tells followers of an item when it is published again, and nobody what they did themselves', async () => {
    const target = await card('Kaart die wordt bijgewerkt')
    await publish('interventions', String(target.id))
    await deliverQueued()
    await payload.create({
      collection: 'follows',
      data: { target: { relationTo: 'interventions', value: target.id } } as never,
      overrideAccess: false,
      user: people.leiden,
    })
    await payload.update({
      collection: 'interventions',
      data: { summary: 'Bijgewerkte samenvatting.' } as never,
      id: target.id,
      overrideAccess: false,
      user: people.curator,
    })
    await deliverQueued()
    expect(about(await notificationsOf(people.leiden), String(target.id))).toEqual(['followed-updated'])
    expect(about(await notificationsOf(people.denHaag), String(target.id)), 'its author is told it was published').toContain('published')
    expect(about(await notificationsOf(people.curator), String(target.id)), 'the curator did it').toEqual([])
  })

  it('tells an owner organisation once that its workshop recommendation is past its due date, and nobody else', async () => {
    const { docs } = await payload.find({ collection: 'workshop-sessions', depth: 0, limit: 1, overrideAccess: true })
    const session = String(docs[0]!.id)
    const kindsOf = async (who: string) =>
      (await notificationsOf(people[who])).filter((doc) => String(doc.item?.value) === session).map((doc) => doc.kind)
    // The demo session's police recommendation is due on 1 November 2026; Zoetermeer's on 1 March 2027.
    expect(await tellRecommendationsOverdue(payload, new Date('2026-10-31T12:00:00Z'))).toBe(0)
    expect(await tellRecommendationsOverdue(payload, new Date('2026-11-02T06:00:00Z'))).toBeGreaterThanOrEqual(1)
    expect(await kindsOf('politie')).toEqual(['recommendation-overdue'])
    expect(await kindsOf('zoetermeer')).toEqual([])
    expect(await tellRecommendationsOverdue(payload, new Date('2026-11-03T06:00:00Z'))).toBe(0)
    expect(await kindsOf('politie')).toEqual(['recommendation-overdue'])
    await tellRecommendationsOverdue(payload, new Date('2027-03-02T06:00:00Z'))
    expect(await kindsOf('zoetermeer')).toEqual(['recommendation-overdue'])
    expect(await kindsOf('leiden')).toEqual([])
    // Done and in-progress-but-not-yet-due recommendations are never overdue.
    expect(await kindsOf('om')).toEqual([])
  })

  it('tells authors and curators once that a live item passed its review-by date', async () => {
    const target = await card('Kaart over datum')
    await publish('interventions', String(target.id))
    await payload.update({
      collection: 'interventions',
      context: {},
      data: { reviewBy: new Date(Date.now() - 24 * 3600 * 1000).toISOString() } as never,
      id: target.id,
      overrideAccess: true,
    })
    await deliverQueued()
    expect(await tellReviewsDue(payload)).toBeGreaterThanOrEqual(2)
    expect(about(await notificationsOf(people.denHaag), String(target.id))).toContain('review-due')
    expect(about(await notificationsOf(people.curator), String(target.id))).toEqual(['review-due'])
    await tellReviewsDue(payload)
    expect(about(await notificationsOf(people.curator), String(target.id)), 'the daily scan tells once').toEqual(['review-due'])
  })

  it('schedules the digests and the daily scan on Payload’s job queue, each knowing the moment it is meant for', async () => {
    const { scheduledQueues } = await import('../src/notifications/tasks')
    const queues = Object.values(scheduledQueues)
    const scheduleAll = async () => {
      for (const queue of queues) await payload.jobs.handleSchedules({ queue })
    }
    const lastRuns = async () => {
      const stats = (await payload.db.findGlobal({ slug: 'payload-jobs-stats' })) as any
      return Object.fromEntries(
        Object.entries(stats?.stats?.scheduledRuns?.queues ?? {}).flatMap(([, queue]: [string, any]) =>
          Object.entries(queue.tasks ?? {}).map(([task, run]: [string, any]) => [task, run.lastScheduledRun]),
        ),
      )
    }
    await scheduleAll()
    const first = await lastRuns()
    await new Promise((resolve) => setTimeout(resolve, 20))
    await scheduleAll()
    const second = await lastRuns()
    for (const task of ['dailyDigest', 'weeklyDigest', 'notificationUpkeep'])
      expect(Date.parse(second[task]), `${task}: its own record of when it was last scheduled moves on`).toBeGreaterThan(
        Date.parse(first[task]),
      )
    const { docs } = await payload.find({
      collection: 'payload-jobs',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      where: { queue: { in: queues } },
    })
    const jobs = docs as any[]
    expect(jobs.map((job) => job.taskSlug).sort(), 'one of each, however often the schedule is asked').toEqual([
      'dailyDigest',
      'notificationUpkeep',
      'weeklyDigest',
    ])
    for (const job of jobs) {
      expect(Date.parse(job.waitUntil)).toBeGreaterThan(Date.now())
      expect(job.input.at).toBe(new Date(job.waitUntil).toISOString())
    }
    const weekly = jobs.find((job) => job.taskSlug === 'weeklyDigest')
    expect(new Date(weekly.waitUntil).getUTCDay(), 'on Mondays').toBe(1)
    expect(new Date(weekly.waitUntil).getUTCHours()).toBe(6)
  })

  it.each(['public', 'partners', 'organisation'] as const)(
    'decides who may read a %s item as Payload does for each reader, sharing queries between readers',
    async (visibility) => {
      const target = await card(`Kaart ${visibility}`, { visibility })
      await publish('interventions', String(target.id))
      const draft = await card(`Concept ${visibility}`, { visibility })
      const refs = [target, draft].map((doc) => ({ collection: 'interventions', id: String(doc.id) }))
      const readable = readableItemsFor(payload, refs)
      for (const reader of await loadReaders(payload, {})) {
        const asPayload = await payload.find({
          collection: 'interventions',
          depth: 0,
          overrideAccess: false,
          user: { ...reader, collection: 'users' } as never,
          where: { id: { in: refs.map((ref) => ref.id) } },
        })
        const expected = asPayload.docs.map((doc) => `interventions:${doc.id}`).sort()
        expect(
          [...(await readable(reader))].sort(),
          `${reader.email} (${String(reader.organisation) === denHaagId ? 'Den Haag' : 'elsewhere'})`,
        ).toEqual(expected)
      }
    },
  )
})
