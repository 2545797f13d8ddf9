import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, demoPassword, eventually, graphql, login, type Session } from './helpers/api'
import { startServer, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Groups across organisations over real HTTP, on the demo content: the Cyberweerbare wijken
 * project group (Gemeente Den Haag, the police unit, the CCV) co-edits its group-only lesson;
 * Leiden, outside the group, and a colleague of Den Haag outside the group read nothing of it.
 */
describe('groups: co-editing across organisations, and nothing for those outside', () => {
  let smtp: TestSmtp
  let server: TestServer
  let curator: Session
  let admin: Session
  let denHaag: Session
  let ccv: Session
  let police: Session
  let leiden: Session
  let colleague: Session
  let lesson: { id: string; slug: string; title: string }
  let project: { id: string; members: string[] }
  const url = () => server.url
  const themeIds: Record<string, string> = {}
  const organisationIds: Record<string, string> = {}

  const readers = () => ({ ccv, denHaag, police })
  const outsiders = () => ({ anonymous, colleague, leiden })

  beforeAll(async () => {
    smtp = await startSmtp()
    server = await startServer(
      { MAIL_FROM: 'Weerbaar <noreply@weerbaar.test>', MAIL_RATE_PER_MINUTE: '6000', SMTP_URL: smtp.url },
      'groups',
    )
    ;[curator, admin, denHaag, ccv, police, leiden] = await Promise.all([
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'ccv@weerbaar.test'),
      login(url(), 'politie@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
    ])
    for (const theme of (await api(url(), '/api/themes?limit=100&depth=0')).body.docs) themeIds[theme.slug] = theme.id
    for (const organisation of (await api(url(), '/api/organisations?limit=100&depth=0')).body.docs)
      organisationIds[organisation.slug] = organisation.id
    const created = await api(url(), '/api/users', {
      body: {
        email: 'collega.denhaag@weerbaar.test',
        name: 'Collega Buiten de Groep',
        organisation: organisationIds['gemeente-den-haag'],
        password: demoPassword,
        role: 'member',
      },
      method: 'POST',
      session: admin,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    colleague = await login(url(), 'collega.denhaag@weerbaar.test')
    const found = await api(url(), '/api/lessons-learned?where[slug][equals]=wijkambassadeurs-en-wijkagent&depth=0', { session: curator })
    lesson = found.body.docs[0]
    expect(lesson, 'the demo content has the group-only lesson').toBeTruthy()
    const group = await api(url(), '/api/groups?where[slug][equals]=cyberweerbare-wijken&depth=0', { session: curator })
    project = group.body.docs[0]
  }, 180_000)

  afterAll(async () => {
    await server?.stop()
    await smtp?.close()
  })

  it('the project is one of the 18 City Deal projects, with its members from three organisations; who they are is for signed-in partners', async () => {
    const projects = await api(url(), '/api/groups?where[kind][equals]=city-deal-project&limit=100&depth=0')
    expect(projects.body.totalDocs).toBe(18)
    const invented = projects.body.docs.filter((each: any) => each.illustrative)
    expect(invented).toHaveLength(17)
    expect(projects.body.docs.find((each: any) => each.slug === 'cyberweerbare-wijken').illustrative).toBe(false)
    const signedIn = await api(url(), `/api/groups/${project.id}?depth=1`, { session: leiden })
    expect(signedIn.body.members.map((member: any) => member.name ?? member).length).toBe(3)
    expect(signedIn.body.leadOrganisation.slug).toBe('gemeente-den-haag')
    expect(signedIn.body.memberOrganisations.map((each: any) => each.slug).sort()).toEqual([
      'ccv',
      'gemeente-den-haag',
      'politie-eenheid-den-haag',
    ])
    const publicView = await api(url(), `/api/groups/${project.id}?depth=0`)
    expect(publicView.status).toBe(200)
    expect(publicView.body.members).toBeUndefined()
    expect(publicView.body.managers).toBeUndefined()
  })

  it('a member of the CCV and a member of Gemeente Den Haag both edit the group-only lesson, and the history shows who changed what', async () => {
    const byCcv = await api(url(), `/api/lessons-learned/${lesson.id}?draft=true`, {
      body: { recommendation: 'Plan het spreekuur maandelijks met de wijkagent; het CCV levert de gespreksleidraad.' },
      method: 'PATCH',
      session: ccv,
    })
    expect(byCcv.status, JSON.stringify(byCcv.body)).toBe(200)
    const byDenHaag = await api(url(), `/api/lessons-learned/${lesson.id}?draft=true`, {
      body: { evidence: 'In drie maanden 14 meldingen via het spreekuur, tegen 5 in dezelfde periode vorig jaar.' },
      method: 'PATCH',
      session: denHaag,
    })
    expect(byDenHaag.status, JSON.stringify(byDenHaag.body)).toBe(200)
    // Ownership stays with The Hague, whoever edits.
    expect(String(byDenHaag.body.doc.ownerOrganisation?.id ?? byDenHaag.body.doc.ownerOrganisation)).toBe(
      organisationIds['gemeente-den-haag'],
    )

    const latest = await api(url(), `/api/lessons-learned/${lesson.id}?draft=true&depth=0`, { session: ccv })
    expect(latest.body.recommendation).toContain('gespreksleidraad')
    expect(latest.body.evidence).toContain('14 meldingen')

    for (const session of [ccv, denHaag, police]) {
      const history = await api(url(), `/api/lessons-learned/versions?where[parent][equals]=${lesson.id}&sort=-updatedAt&depth=0&limit=5`, {
        session,
      })
      expect(history.status).toBe(200)
      const names = history.body.docs.map((version: any) => version.version.editedByName)
      expect(names.slice(0, 2)).toEqual(['Daan de Vries (Gemeente Den Haag)', 'Fatima Ouali (CCV)'])
    }
    // Members still do not publish: the group submits, a curator decides.
    const publish = await api(url(), `/api/lessons-learned/${lesson.id}`, { body: { _status: 'published' }, method: 'PATCH', session: ccv })
    expect(publish.status).toBe(403)
  })

  it('Leiden and a Den Haag colleague outside the group cannot change it', async () => {
    for (const session of [leiden, colleague]) {
      const attempt = await api(url(), `/api/lessons-learned/${lesson.id}?draft=true`, {
        body: { recommendation: 'Overgenomen.' },
        method: 'PATCH',
        session,
      })
      expect([403, 404]).toContain(attempt.status)
    }
    const latest = await api(url(), `/api/lessons-learned/${lesson.id}?draft=true&depth=0`, { session: ccv })
    expect(latest.body.recommendation).not.toBe('Overgenomen.')
  })

  it('outside the group, no read path shows the lesson: REST, GraphQL, versions, search and its facets, exports, portal, comments', async () => {
    const comment = await api(url(), '/api/comments', {
      body: { body: 'Goed punt over het spreekuur; nemen we mee in ronde 2.', item: { relationTo: 'lessons-learned', value: lesson.id } },
      method: 'POST',
      session: ccv,
    })
    expect(comment.status, JSON.stringify(comment.body)).toBe(201)
    const threadKey = encodeURIComponent(`lessons-learned:${lesson.id}`)

    const facetsOf = async (session: Session) =>
      (await api(url(), '/api/search?q=spreekuur&limit=50', { session })).body as {
        hits: any[]
        facets: Record<string, Record<string, number>>
      }
    await eventually('the group-only lesson to be found by its group', async () =>
      (await facetsOf(ccv)).hits.some((hit) => hit.id === lesson.id),
    )
    const inside = await facetsOf(ccv)
    expect(inside.facets.type?.['lessons-learned']).toBe(inside.hits.filter((hit) => hit.type === 'lessons-learned').length)

    for (const [who, session] of Object.entries(outsiders())) {
      const byId = await api(url(), `/api/lessons-learned/${lesson.id}?depth=0`, { session })
      expect([403, 404], who).toContain(byId.status)
      const draft = await api(url(), `/api/lessons-learned/${lesson.id}?depth=0&draft=true`, { session })
      expect([403, 404], who).toContain(draft.status)
      const list = await api(url(), '/api/lessons-learned?where[slug][equals]=wijkambassadeurs-en-wijkagent&depth=0', { session })
      expect(list.body.docs, who).toEqual([])
      const { data } = await graphql(
        url(),
        `
          query ($id: String!) {
            LessonLearned(id: $id) {
              id
            }
          }
        `,
        session,
        { id: lesson.id },
      )
      expect(data?.LessonLearned ?? null, who).toBeNull()
      const listed = await graphql(url(), '{ LessonsLearned(limit: 100) { docs { id } } }', session)
      expect(
        (listed.data?.LessonsLearned?.docs ?? []).map((doc: any) => doc.id),
        who,
      ).not.toContain(lesson.id)
      const versions = await api(url(), `/api/lessons-learned/versions?where[parent][equals]=${lesson.id}&depth=0`, { session })
      expect(versions.body.docs ?? [], who).toEqual([])

      const found = await facetsOf(session)
      expect(
        found.hits.map((hit) => hit.id),
        who,
      ).not.toContain(lesson.id)
      // Not even as a count: the facets count exactly the hits this reader gets.
      const lessonHits = found.hits.filter((hit) => hit.type === 'lessons-learned').length
      expect(found.facets.type?.['lessons-learned'] ?? 0, who).toBe(lessonHits)

      for (const format of ['json', 'csv']) {
        const exported = await fetch(`${url()}/api/search/export?q=spreekuur&format=${format}`, { headers: session.headers })
        expect(exported.status, who).toBe(200)
        expect(await exported.text(), `${who}: search export as ${format}`).not.toContain(lesson.title)
      }

      const page = await fetch(`${url()}/lessen/${lesson.slug}`, { headers: session.headers })
      expect(page.status, who).toBe(404)
      expect(await page.text(), who).not.toContain(lesson.title)

      const thread = await api(url(), `/api/comments?where[threadKey][equals]=${threadKey}&depth=0`, { session })
      expect(thread.body.docs ?? [], who).toEqual([])
    }
    // Two colleagues of one organisation, one in the group: the lesson is all that differs in the theme counts.
    const [inGroup, outside] = [await facetsOf(denHaag), await facetsOf(colleague)]
    expect(inGroup.facets.theme?.['online-fraude']).toBe((outside.facets.theme?.['online-fraude'] ?? 0) + 1)
    const exportedForGroup = await fetch(`${url()}/api/search/export?q=spreekuur&format=json`, { headers: ccv.headers })
    expect(await exportedForGroup.text()).toContain(lesson.title)
    for (const [who, session] of Object.entries(readers())) {
      const thread = await api(url(), `/api/comments?where[threadKey][equals]=${threadKey}&depth=0`, { session })
      expect(
        thread.body.docs.map((each: any) => each.id),
        who,
      ).toContain(comment.body.doc.id)
      const page = await fetch(`${url()}/lessen/${lesson.slug}`, { headers: session.headers })
      expect(page.status, who).toBe(200)
    }
    const refused = await api(url(), '/api/comments', {
      body: { body: 'Mag ik meelezen?', item: { relationTo: 'lessons-learned', value: lesson.id } },
      method: 'POST',
      session: leiden,
    })
    expect(refused.status).toBeGreaterThanOrEqual(400)
    expect(refused.status).toBeLessThan(500)
  })

  it('notifications about group-only lessons reach the group and nobody outside it', async () => {
    for (const session of [leiden, police, colleague]) {
      const followed = await api(url(), '/api/follows', {
        body: { target: { relationTo: 'themes', value: themeIds['online-fraude'] } },
        method: 'POST',
        session,
      })
      expect([201, 409], JSON.stringify(followed.body)).toContain(followed.status)
    }
    // Following the lesson itself is for those who may read it.
    const followsLesson = await api(url(), '/api/follows', {
      body: { target: { relationTo: 'lessons-learned', value: lesson.id } },
      method: 'POST',
      session: police,
    })
    expect(followsLesson.status, JSON.stringify(followsLesson.body)).toBe(201)
    const leidenFollows = await api(url(), '/api/follows', {
      body: { target: { relationTo: 'lessons-learned', value: lesson.id } },
      method: 'POST',
      session: leiden,
    })
    expect(leidenFollows.status).toBeGreaterThanOrEqual(400)
    expect(leidenFollows.status).toBeLessThan(500)

    // A change to the lesson, published: its followers in the group are told.
    const published = await api(url(), `/api/lessons-learned/${lesson.id}/publish`, { method: 'POST', session: curator })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
    // A new group-only lesson in a followed theme: the theme's followers in the group are told, no one else.
    const created = await api(url(), '/api/lessons-learned', {
      body: {
        groups: [project.id],
        lesson: 'Een vaste avond per maand werkt beter dan inloop op afspraak.',
        project: 'Cyberweerbare wijken',
        summary: 'Tussenstand over de vaste spreekuuravond.',
        themes: [themeIds['online-fraude']],
        title: 'Vaste spreekuuravond in de wijk',
        visibility: 'group',
      },
      method: 'POST',
      session: ccv,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const fresh = created.body.doc.id
    expect((await api(url(), `/api/lessons-learned/${fresh}/submit`, { method: 'POST', session: ccv })).status).toBe(200)
    expect((await api(url(), `/api/lessons-learned/${fresh}/publish`, { method: 'POST', session: curator })).status).toBe(200)

    const about = (session: Session, id: string) =>
      api(url(), `/api/notifications?depth=0&limit=100&where[item.value][equals]=${id}`, { session }).then((r) => r.body.docs as any[])
    await eventually(
      'the police member of the group to be told of both',
      async () => (await about(police, lesson.id)).length > 0 && (await about(police, fresh)).length > 0,
    )
    for (const outsider of [leiden, colleague]) {
      expect(await about(outsider, lesson.id)).toEqual([])
      expect(await about(outsider, fresh)).toEqual([])
    }
    const outsiderMails = smtp.mails.filter((mail) => /member\.leiden|collega\.denhaag/.test(JSON.stringify(mail.to)))
    expect(outsiderMails.map((mail) => `${mail.subject} ${mail.text}`).join('\n')).not.toMatch(/spreekuur/i)
  })

  it('the group’s manager adds and removes members; membership counts from the next request; others cannot', async () => {
    const byOutsider = await api(url(), `/api/groups/${project.id}`, {
      body: { members: [...project.members, leiden.user.id] },
      method: 'PATCH',
      session: leiden,
    })
    expect([403, 404]).toContain(byOutsider.status)

    const added = await api(url(), `/api/groups/${project.id}`, {
      body: { managers: [leiden.user.id], members: [...project.members, leiden.user.id] },
      method: 'PATCH',
      session: denHaag,
    })
    expect(added.status, JSON.stringify(added.body)).toBe(200)
    const afterAdding = await api(url(), `/api/groups/${project.id}?depth=0`, { session: curator })
    expect(afterAdding.body.members.map(String)).toContain(String(leiden.user.id))
    // Choosing managers is the curators' decision: the manager's attempt changed nothing.
    expect(afterAdding.body.managers.map(String)).toEqual([String(denHaag.user.id)])
    expect((await api(url(), `/api/lessons-learned/${lesson.id}?depth=0`, { session: leiden })).status).toBe(200)

    const removed = await api(url(), `/api/groups/${project.id}`, { body: { members: project.members }, method: 'PATCH', session: denHaag })
    expect(removed.status, JSON.stringify(removed.body)).toBe(200)
    expect([403, 404]).toContain((await api(url(), `/api/lessons-learned/${lesson.id}?depth=0`, { session: leiden })).status)
  })

  it('a member shares only with groups they are in, and a group-only item needs a group', async () => {
    const card = {
      goal: 'Jongeren herkennen ronselberichten.',
      preventionLevel: ['primary'],
      role: ['victim'],
      summary: 'Werkversie van de groep.',
      title: 'Werkversie ronselberichten',
    }
    const foreign = await api(url(), '/api/interventions', {
      body: { ...card, groups: [project.id], visibility: 'group' },
      method: 'POST',
      session: leiden,
    })
    expect(foreign.status).toBe(400)
    expect(JSON.stringify(foreign.body)).toContain('groups')
    expect(JSON.stringify(foreign.body)).toMatch(/member of|lid van/)
    const without = await api(url(), '/api/interventions', { body: { ...card, visibility: 'group' }, method: 'POST', session: ccv })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('groups')
    const own = await api(url(), '/api/interventions', {
      body: { ...card, groups: [project.id], visibility: 'group' },
      method: 'POST',
      session: ccv,
    })
    expect(own.status, JSON.stringify(own.body)).toBe(201)
    expect((await api(url(), `/api/interventions/${own.body.doc.id}?draft=true`, { session: denHaag })).status).toBe(200)
    expect([403, 404]).toContain((await api(url(), `/api/interventions/${own.body.doc.id}?draft=true`, { session: leiden })).status)
  })
})
