import type { CollectionSlug, Payload, Where } from 'payload'

import { groupsOf, isSignedIn, type SessionUser } from '../../domain/access'
import { portalSlugs, type PortalSlug } from '../../domain/knowledge'
import { idOf, idsOf } from '../../lib/idOf'

type Link = { id: string; slug?: string; title: string; collection: PortalSlug | 'questions' | 'workshop-sessions' | 'organisations' }

export type GroupProfile = {
  group: {
    id: string
    slug: string
    name: string
    kind: string
    description?: string
    round?: number
    status?: string
    illustrative: boolean
    website?: string
  }
  lead?: Link
  organisations: Link[]
  /** Names and organisations of the members: for signed-in readers only. */
  members?: Array<{ id: string; name: string; organisation?: string }>
  lessons: Link[]
  /** Published items shared with the group (group-only) that the reader may read. */
  documents: Link[]
  questions: Link[]
  sessions: Link[]
  /** Whether the reader is a member: members ask the group questions only its members read. */
  isMember: boolean
}

/**
 * A group's page: who leads it and takes part, its members (signed in), the lessons learned in
 * it, the group's own documents, its questions and sessions, all as the reader may read them.
 */
export async function groupProfile(
  payload: Payload,
  reader: unknown,
  locale: 'nl' | 'en',
  slug: string,
): Promise<GroupProfile | undefined> {
  const { docs } = await payload.find({
    collection: 'groups',
    depth: 0,
    limit: 1,
    locale,
    pagination: false,
    where: { slug: { equals: slug } },
  })
  const found = docs[0]
  if (!found) return undefined
  const id = String(found.id)
  const asReader = { locale, overrideAccess: false, pagination: false as const, user: reader as never }
  const published: Where = { _status: { equals: 'published' } }
  const titled = (collection: Link['collection']) => (doc: { id: unknown; slug?: unknown; title?: unknown; name?: unknown }) => ({
    collection,
    id: String(doc.id),
    ...(doc.slug ? { slug: String(doc.slug) } : {}),
    title: String(doc.title ?? doc.name ?? ''),
  })
  const organisationIds = [...new Set([...idsOf([found.leadOrganisation]), ...idsOf(found.memberOrganisations)])]
  const [organisations, lessons, shared, questions, sessions] = await Promise.all([
    payload.find({
      collection: 'organisations',
      depth: 0,
      limit: 0,
      pagination: false,
      sort: 'name',
      where: { id: { in: organisationIds } },
    }),
    payload.find({
      ...asReader,
      collection: 'lessons-learned',
      depth: 0,
      limit: 50,
      sort: '-publishedAt',
      where: { and: [published, { cityDealProject: { equals: id } }] },
    }),
    Promise.all(
      portalSlugs.map(async (collection) => {
        const { docs: items } = await payload.find({
          ...asReader,
          collection: collection as CollectionSlug,
          depth: 0,
          limit: 50,
          where: { and: [published, { groups: { in: [id] } }] },
        })
        return (items as Array<{ id: unknown; slug?: unknown; title?: unknown }>).map(titled(collection))
      }),
    ),
    payload.find({ ...asReader, collection: 'questions', depth: 0, limit: 20, sort: '-lastActivityAt', where: { groups: { in: [id] } } }),
    payload.find({ ...asReader, collection: 'workshop-sessions', depth: 0, limit: 20, sort: '-date', where: { group: { equals: id } } }),
  ])
  const byId = new Map(organisations.docs.map((each) => [String(each.id), each]))
  let members: GroupProfile['members']
  if (isSignedIn(reader as SessionUser)) {
    const { docs: people } = await payload.find({
      collection: 'users',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      user: reader as never,
      select: { name: true, organisation: true },
      sort: 'name',
      where: { id: { in: idsOf(found.members) } },
    })
    members = people.map((person) => ({
      id: String(person.id),
      name: String(person.name),
      ...(byId.get(idOf(person.organisation) ?? '') ? { organisation: String(byId.get(idOf(person.organisation) ?? '')!.name) } : {}),
    }))
  }
  const lead = byId.get(idOf(found.leadOrganisation) ?? '')
  return {
    documents: shared.flat(),
    group: {
      id,
      illustrative: found.illustrative === true,
      kind: String(found.kind),
      name: String(found.name),
      slug: String(found.slug),
      ...(found.description ? { description: String(found.description) } : {}),
      ...(typeof found.round === 'number' ? { round: found.round } : {}),
      ...(found.status ? { status: String(found.status) } : {}),
      ...(found.website ? { website: String(found.website) } : {}),
    },
    isMember: groupsOf(reader as SessionUser).includes(id),
    ...(lead ? { lead: titled('organisations')(lead) } : {}),
    lessons: lessons.docs.map(titled('lessons-learned')),
    ...(members ? { members } : {}),
    organisations: organisations.docs.map(titled('organisations')),
    questions: questions.docs.map(titled('questions')),
    sessions: sessions.docs.map(titled('workshop-sessions')),
  }
}
