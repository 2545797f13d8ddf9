import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { anonymous, api, demoPassword, eventually, graphql, login, type Session, uploadFile } from './helpers/api'
import { pdfBytes } from './helpers/files'
import { startServer, type TestServer } from './helpers/server'

/**
 * The access matrix of issue 4: every role × every visibility × every status × every read path,
 * over real HTTP. Items belong to The Hague; each cell asserts exactly which items a role sees.
 */

type Visibility = 'public' | 'partners' | 'group' | 'organisation'
type Status = 'draft' | 'in-review' | 'published'
type Role =
  | 'anonymous'
  | 'owner member'
  | 'owner member’s API key'
  | 'owner colleague outside the group'
  | 'other municipality'
  | 'group member from another organisation'
  | 'curator'
  | 'admin'

type Cell = { visibility: Visibility; status: Status }
type Item = Cell & { collection: Collection; id: string; slug: string; label: string; title: string; fileUrl: string; fileId: string }

const collections = {
  interventions: { graphList: 'Interventions', graphOne: 'Intervention', visibilities: ['public', 'partners', 'group', 'organisation'] },
  'knowledge-cases': { graphList: 'KnowledgeCases', graphOne: 'KnowledgeCase', visibilities: ['partners', 'group', 'organisation'] },
} as const
type Collection = keyof typeof collections

const statuses: Status[] = ['draft', 'in-review', 'published']
const roles: Role[] = [
  'anonymous',
  'owner member',
  'owner member’s API key',
  'owner colleague outside the group',
  'other municipality',
  'group member from another organisation',
  'curator',
  'admin',
]

/** The owner member (and their key) is in the items' group; so is a partner from another organisation. */
const isOwner = (role: Role) => role === 'owner member' || role === 'owner member’s API key' || role === 'owner colleague outside the group'
const inGroup = (role: Role) =>
  role === 'owner member' || role === 'owner member’s API key' || role === 'group member from another organisation'
const isCurator = (role: Role) => role === 'curator' || role === 'admin'

/** The rules of DESIGN.md, written out independently of `src/access`. A partner system with a user's API key has exactly that user's rights. */
function mayRead(role: Role, { status, visibility }: Cell): boolean {
  if (isCurator(role)) return true
  // Group-only: the group's members from every organisation, drafts included; nobody else, not even the owner's colleagues.
  if (visibility === 'group') return inGroup(role)
  if (isOwner(role)) return true
  if (status !== 'published') return false
  if (role === 'anonymous') return visibility === 'public'
  return visibility !== 'organisation'
}

/** Version history shows drafts: those who may edit the item (the group for group-only items, else the owner organisation) and curators. */
const mayReadHistory = (role: Role, { visibility }: Cell) => isCurator(role) || (visibility === 'group' ? inGroup(role) : isOwner(role))

const run = Math.random().toString(36).slice(2, 8)
const marker = `matrixtoets${run}`

const bodyFor = (collection: Collection, cell: Cell, title: string, fileId: string, groupId: string) => ({
  ...(cell.visibility === 'group' ? { groups: [groupId] } : {}),
  ...fieldsFor(collection, cell, title, fileId),
})

const fieldsFor = (collection: Collection, cell: Cell, title: string, fileId: string) =>
  collection === 'interventions'
    ? {
        attachments: [fileId],
        goal: 'Inwoners herkennen oplichting.',
        preventionLevel: ['primary'],
        role: ['victim'],
        summary: `Kaart voor de toegangsmatrix ${marker}.`,
        title,
        visibility: cell.visibility,
      }
    : {
        attachments: [fileId],
        summary: `Casus voor de toegangsmatrix ${marker}.`,
        title,
        vignette: 'Een inwoner met verward gedrag komt in beeld bij wijkagent en gemeente.',
        visibility: cell.visibility,
      }

describe('the access matrix: role × visibility × status × read path', () => {
  let server: TestServer
  const sessions = {} as Record<Role, Session>
  const items: Item[] = []
  let carrierId: string
  let groupId: string
  const url = () => server.url

  const labelsOf = (predicate: (item: Item) => boolean, collection?: Collection) =>
    items
      .filter((item) => (!collection || item.collection === collection) && predicate(item))
      .map((item) => item.label)
      .sort()
  const labelsByIds = (ids: string[]) =>
    items
      .filter((item) => ids.includes(item.id))
      .map((item) => item.label)
      .sort()

  beforeAll(async () => {
    server = await startServer({}, 'matrix')
    const [admin, curator, denHaag, leiden, partner] = await Promise.all([
      login(url(), 'admin@weerbaar.test'),
      login(url(), 'curator@weerbaar.test'),
      login(url(), 'member.denhaag@weerbaar.test'),
      login(url(), 'member.leiden@weerbaar.test'),
      login(url(), 'partner@weerbaar.test'),
    ])
    // Read-write, so the key has exactly its account's rights; read-only keys are tested in apiKeys.test.ts.
    const issued = await api(url(), '/api/api-keys', {
      body: { name: 'Matrix', scope: 'read-write', user: denHaag.user.id },
      method: 'POST',
      session: admin,
    })
    expect(issued.status, JSON.stringify(issued.body)).toBe(201)
    const colleagueEmail = `collega.${run}@weerbaar.test`
    const organisations = await api(url(), '/api/organisations?where[slug][equals]=gemeente-den-haag&depth=0')
    const colleagueCreated = await api(url(), '/api/users', {
      body: {
        email: colleagueEmail,
        name: 'Collega Matrix',
        organisation: organisations.body.docs[0].id,
        password: demoPassword,
        role: 'member',
      },
      method: 'POST',
      session: admin,
    })
    expect(colleagueCreated.status, JSON.stringify(colleagueCreated.body)).toBe(201)
    const group = await api(url(), '/api/groups', {
      body: { kind: 'working-group', members: [denHaag.user.id, partner.user.id], name: `Matrixgroep ${run}` },
      method: 'POST',
      session: curator,
    })
    expect(group.status, JSON.stringify(group.body)).toBe(201)
    groupId = group.body.doc.id
    Object.assign(sessions, {
      'owner member’s API key': { headers: { Authorization: `Bearer ${issued.body.doc.key}` }, user: denHaag.user },
      admin,
      anonymous,
      'group member from another organisation': partner,
      curator,
      'other municipality': leiden,
      'owner colleague outside the group': await login(url(), colleagueEmail),
      'owner member': denHaag,
    })

    for (const collection of Object.keys(collections) as Collection[]) {
      for (const visibility of collections[collection].visibilities) {
        for (const status of statuses) {
          const label = `${collection}/${visibility}/${status}`
          const title = `${label} ${marker}`
          // The file itself is public: only the item it is attached to may narrow who sees it.
          const upload = await uploadFile(
            url(),
            { bytes: pdfBytes(label), name: `${label.replaceAll('/', '-')}.pdf`, type: 'application/pdf' },
            denHaag,
            { visibility: 'public' },
          )
          expect(upload.status, JSON.stringify(upload.body)).toBe(201)
          const created = await api(url(), `/api/${collection}?draft=true`, {
            body: bodyFor(collection, { status, visibility }, title, upload.body.doc.id, groupId),
            method: 'POST',
            session: denHaag,
          })
          expect(created.status, JSON.stringify(created.body)).toBe(201)
          const id = created.body.doc.id
          if (status !== 'draft') {
            const submitted = await api(url(), `/api/${collection}/${id}/submit`, { method: 'POST', session: denHaag })
            expect(submitted.status, JSON.stringify(submitted.body)).toBe(200)
          }
          if (status === 'published') {
            const published = await api(url(), `/api/${collection}/${id}/publish`, { method: 'POST', session: curator })
            expect(published.status, JSON.stringify(published.body)).toBe(200)
          }
          items.push({
            collection,
            fileId: upload.body.doc.id,
            fileUrl: upload.body.doc.url,
            id,
            label,
            slug: created.body.doc.slug,
            status,
            title,
            visibility,
          })
        }
      }
    }

    // A public, published card that relates to every item of the matrix.
    const carrier = await api(url(), '/api/interventions', {
      body: {
        _status: 'published',
        goal: 'Laat zien wat er gerelateerd is.',
        preventionLevel: ['primary'],
        related: items.map((item) => ({ relationTo: item.collection, value: item.id })),
        role: ['victim'],
        summary: 'Verwijst naar alle kaarten en casussen van de matrix.',
        title: `Dragerkaart ${run}`,
        visibility: 'public',
      },
      method: 'POST',
      session: curator,
    })
    expect(carrier.status, JSON.stringify(carrier.body)).toBe(201)
    carrierId = carrier.body.doc.id

    const published = items.filter((item) => item.status === 'published').length
    await eventually('the published matrix items to be indexed', async () => {
      const { body } = await api(url(), `/api/search?q=${marker}&limit=50`, { session: curator })
      return body.hits?.length === published
    })
  }, 240_000)

  afterAll(async () => {
    await server?.stop()
  })

  describe.each(roles)('%s', (role) => {
    const session = () => sessions[role]

    it.each(Object.keys(collections) as Collection[])('REST list and count of %s', async (collection) => {
      const query = `where[title][like]=${marker}&limit=100&depth=0`
      const { body } = await api(url(), `/api/${collection}?${query}`, { session: session() })
      const expected = labelsOf((item) => mayRead(role, item), collection)
      expect(labelsByIds(body.docs.map((doc: any) => doc.id))).toEqual(expected)
      const count = await api(url(), `/api/${collection}/count?where[title][like]=${marker}`, { session: session() })
      expect(count.body.totalDocs).toBe(expected.length)
      // Asking for drafts reads the newest versions, under the same rule.
      const drafts = await api(url(), `/api/${collection}?${query}&draft=true`, { session: session() })
      expect(labelsByIds(drafts.body.docs.map((doc: any) => doc.id))).toEqual(expected)
    })

    it('REST by id, also asking for the draft', async () => {
      for (const draft of [false, true]) {
        const seen: string[] = []
        for (const item of items) {
          const { status } = await api(url(), `/api/${item.collection}/${item.id}?depth=0${draft ? '&draft=true' : ''}`, {
            session: session(),
          })
          expect([200, 403, 404]).toContain(status)
          if (status === 200) seen.push(item.label)
        }
        expect(seen.sort()).toEqual(labelsOf((item) => mayRead(role, item)))
      }
    })

    it.each(Object.keys(collections) as Collection[])('GraphQL list of %s', async (collection) => {
      const { graphList } = collections[collection]
      const { data, errors } = await graphql(
        url(),
        `{ ${graphList}(where: { title: { like: "${marker}" } }, limit: 100) { docs { id } } }`,
        session(),
      )
      const ids = errors ? [] : data[graphList].docs.map((doc: any) => doc.id)
      expect(labelsByIds(ids)).toEqual(labelsOf((item) => mayRead(role, item), collection))
    })

    it('GraphQL by id', async () => {
      const seen: string[] = []
      for (const item of items) {
        const { graphOne } = collections[item.collection]
        const { data } = await graphql(url(), `query ($id: String!) { ${graphOne}(id: $id) { id } }`, session(), { id: item.id })
        if (data?.[graphOne]?.id === item.id) seen.push(item.label)
      }
      expect(seen.sort()).toEqual(labelsOf((item) => mayRead(role, item)))
    })

    it('search hits and facet counts', async () => {
      const { body, status } = await api(url(), `/api/search?q=${marker}&limit=50`, { session: session() })
      expect(status).toBe(200)
      // Drafts are never indexed: search shows published items the role may read.
      const expected = labelsOf((item) => item.status === 'published' && mayRead(role, item))
      expect(labelsByIds(body.hits.map((hit: any) => hit.id))).toEqual(expected)
      expect(body.total).toBe(expected.length)
      const typeCounts = body.facets.type ?? {}
      for (const collection of Object.keys(collections) as Collection[]) {
        const perType = labelsOf((item) => item.status === 'published' && mayRead(role, item), collection).length
        expect(typeCounts[collection] ?? 0).toBe(perType)
      }
    })

    it('version history, over REST and GraphQL', async () => {
      const seen: string[] = []
      const seenInGraphQL: string[] = []
      for (const item of items) {
        const { body, status } = await api(url(), `/api/${item.collection}/versions?where[parent][equals]=${item.id}&depth=0`, {
          session: session(),
        })
        if (status === 200 && body.docs.length > 0) seen.push(item.label)
        const query = `versions${collections[item.collection].graphList}`
        const { data } = await graphql(url(), `{ ${query}(where: { parent: { equals: "${item.id}" } }) { docs { id } } }`, session())
        if (data?.[query]?.docs?.length > 0) seenInGraphQL.push(item.label)
      }
      expect(seen.sort()).toEqual(labelsOf((item) => mayReadHistory(role, item)))
      expect(seenInGraphQL.sort()).toEqual(labelsOf((item) => mayReadHistory(role, item)))
    })

    it('related items of a public card, populated and as ids', async () => {
      const expected = labelsOf((item) => mayRead(role, item))
      const populated = await api(url(), `/api/interventions/${carrierId}?depth=1`, { session: session() })
      expect(populated.status).toBe(200)
      const related = populated.body.related as Array<{ relationTo: string; value: any }>
      expect(
        related.every((entry) => typeof entry.value === 'object'),
        'no bare ids of unreadable items',
      ).toBe(true)
      expect(labelsByIds(related.map((entry) => entry.value.id))).toEqual(expected)
      const ids = await api(url(), `/api/interventions/${carrierId}?depth=0`, { session: session() })
      expect(labelsByIds(ids.body.related.map((entry: any) => entry.value))).toEqual(expected)
    })

    it('the portal search page, in Dutch and English', async () => {
      const expected = labelsOf((item) => item.status === 'published' && mayRead(role, item))
      for (const path of [`/zoeken?q=${marker}`, `/en/zoeken?q=${marker}`]) {
        const response = await fetch(`${url()}${path}`, { headers: session().headers })
        expect(response.status).toBe(200)
        const html = await response.text()
        expect(
          items
            .filter((item) => html.includes(item.label))
            .map((item) => item.label)
            .sort(),
          path,
        ).toEqual(expected)
      }
    })

    it('portal item pages', async () => {
      const sections = { interventions: 'interventies', 'knowledge-cases': 'casussen' } as const
      const seen: string[] = []
      for (const item of items) {
        const response = await fetch(`${url()}/${sections[item.collection]}/${item.slug}`, { headers: session().headers })
        const html = await response.text()
        expect([200, 404]).toContain(response.status)
        if (response.status === 200 && html.includes(item.title)) seen.push(item.label)
      }
      // The portal shows what is published; drafts are worked on in the admin panel.
      expect(seen.sort()).toEqual(labelsOf((item) => item.status === 'published' && mayRead(role, item)))
    })

    it('attached files, by id and by download', async () => {
      const seen: string[] = []
      for (const item of items) {
        const meta = await api(url(), `/api/media/${item.fileId}`, { session: session() })
        const file = await fetch(`${url()}${item.fileUrl}`, { headers: session().headers })
        await file.arrayBuffer()
        expect(file.status === 200, `${item.label}: metadata ${meta.status}, file ${file.status}`).toBe(meta.status === 200)
        if (file.status === 200) seen.push(item.label)
      }
      expect(seen.sort()).toEqual(labelsOf((item) => mayRead(role, item)))
    })

    it('attachments listed on the items it may read', async () => {
      const { body } = await api(url(), `/api/interventions/${carrierId}?depth=2`, { session: session() })
      for (const entry of body.related as Array<{ value: any }>) {
        const attachments = entry.value.attachments as any[]
        expect(attachments.map((file) => file.id)).toEqual([items.find((item) => item.id === entry.value.id)!.fileId])
      }
    })
  })

  it('never makes a workshop case public, whoever asks', async () => {
    const item = items.find((each) => each.collection === 'knowledge-cases' && each.status === 'published')!
    const { body, status } = await api(url(), `/api/knowledge-cases/${item.id}`, {
      body: { visibility: 'public' },
      method: 'PATCH',
      session: sessions.admin,
    })
    expect(status).toBe(400)
    expect(JSON.stringify(body)).toContain('visibility')
  })
})
