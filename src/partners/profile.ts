import type { CollectionSlug, Payload, Where } from 'payload'

import type { ContactCard } from '../../domain/directory'

import { portalSlugs, type PortalSlug } from '../../domain/knowledge'
import { idOf } from '../../lib/idOf'
import { contactsOf } from './contacts'

type Named = { id: string; slug?: string; title: string; collection: PortalSlug | 'questions' | 'groups' }

export type OrganisationProfile = {
  organisation: {
    id: string
    slug: string
    name: string
    type: string
    district?: string
    description?: string
    website?: string
    cityDealPartner: boolean
  }
  /** Published items it owns, newest first. */
  owns: Named[]
  /** Intervention cards it runs: named on the card, or with an experience of its own. */
  usesInterventions: Named[]
  /** Its experiences with cards, by card. */
  experiences: Array<{ id: string; intervention: Named; rating?: number; wouldRecommend?: boolean }>
  groups: Array<Named & { kind: string; leads: boolean }>
  /** Questions it asked or is asked. */
  questions: Named[]
  /** Contact people per theme: only for signed-in readers. */
  contacts: ContactCard[]
}

/**
 * An organisation of the partnership as its page and `/api/directory/<slug>` show it: what it is,
 * what it owns, which cards it runs and how they went, the groups it works in, its questions and,
 * for signed-in readers, its contact people per theme. Everything listed passes the reader's
 * read rules; undefined when there is no such organisation.
 */
export async function organisationProfile(
  payload: Payload,
  reader: unknown,
  locale: 'nl' | 'en',
  slug: string,
): Promise<OrganisationProfile | undefined> {
  const { docs } = await payload.find({
    collection: 'organisations',
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
  const owned = await Promise.all(
    portalSlugs.map(async (collection) => {
      const { docs: items } = await payload.find({
        ...asReader,
        collection: collection as CollectionSlug,
        depth: 0,
        limit: 20,
        select: { slug: true, title: true } as never,
        sort: '-publishedAt',
        where: { and: [published, { ownerOrganisation: { equals: id } }] },
      })
      return (items as Array<{ id: unknown; slug?: unknown; title?: unknown }>).map((item) => ({
        collection,
        id: String(item.id),
        slug: String(item.slug ?? ''),
        title: String(item.title ?? ''),
      }))
    }),
  )
  const { docs: experiences } = await payload.find({
    ...asReader,
    collection: 'experiences',
    depth: 1,
    limit: 0,
    where: { and: [published, { municipality: { equals: id } }] },
  })
  const { docs: running } = await payload.find({
    ...asReader,
    collection: 'interventions',
    depth: 0,
    limit: 0,
    select: { slug: true, title: true },
    sort: 'title',
    where: {
      and: [published, { or: [{ inUseBy: { in: [id] } }, { id: { in: experiences.map((each) => idOf(each.intervention) ?? '') } }] }],
    },
  })
  const { docs: groups } = await payload.find({
    collection: 'groups',
    depth: 0,
    limit: 0,
    locale,
    pagination: false,
    select: { kind: true, leadOrganisation: true, name: true, slug: true },
    sort: 'name',
    where: { or: [{ leadOrganisation: { equals: id } }, { memberOrganisations: { in: [id] } }] },
  })
  const { docs: questions } = await payload.find({
    ...asReader,
    collection: 'questions',
    depth: 0,
    limit: 20,
    select: { title: true },
    sort: '-lastActivityAt',
    where: { or: [{ ownerOrganisation: { equals: id } }, { concerns: { in: [id] } }] },
  })
  const card = (doc: { id: unknown; slug?: unknown; title?: unknown }): Named => ({
    collection: 'interventions',
    id: String(doc.id),
    slug: String(doc.slug ?? ''),
    title: String(doc.title ?? ''),
  })
  return {
    contacts: await contactsOf(payload, reader, { organisations: [id] }),
    experiences: experiences.flatMap((each) =>
      each.intervention && typeof each.intervention === 'object'
        ? [
            {
              id: String(each.id),
              intervention: card(each.intervention),
              rating: each.rating ?? undefined,
              wouldRecommend: each.wouldRecommend ?? undefined,
            },
          ]
        : [],
    ),
    groups: groups.map((group) => ({
      collection: 'groups',
      id: String(group.id),
      kind: String(group.kind),
      leads: idOf(group.leadOrganisation) === id,
      slug: String(group.slug),
      title: String(group.name),
    })),
    organisation: {
      cityDealPartner: found.cityDealPartner === true,
      id,
      name: String(found.name),
      slug: String(found.slug),
      type: String(found.type),
      ...(found.district ? { district: String(found.district) } : {}),
      ...(found.description ? { description: String(found.description) } : {}),
      ...(found.website ? { website: String(found.website) } : {}),
    },
    owns: owned.flat(),
    questions: questions.map((question) => ({ collection: 'questions', id: String(question.id), title: String(question.title ?? '') })),
    usesInterventions: running.map(card),
  }
}
