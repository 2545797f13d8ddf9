import type { Payload, Where } from 'payload'

import { isSignedIn, type SessionUser } from '../../domain/access'
import { idOf } from '../../lib/idOf'
import { themeTreeOf } from '../taxonomy/themeTree'

export type DirectoryEntry = {
  id: string
  slug: string
  name: string
  type: string
  district?: string
  cityDealPartner: boolean
  /** How many of its people are a contact for the asked theme (or for anything): signed-in readers only. */
  contacts?: number
}

export type DirectoryQuery = { q?: string; type?: string; district?: string; theme?: string }

const mostTypedChars = 80

/**
 * The partner directory: every organisation of the partnership, searchable by name and filtered by
 * type, district and theme. A theme keeps the organisations with a contact person for it (or for a
 * theme above it) or with published items in it that the reader may read.
 */
export async function partnerDirectory(
  payload: Payload,
  reader: unknown,
  locale: 'nl' | 'en',
  query: DirectoryQuery,
): Promise<DirectoryEntry[]> {
  const where: Where[] = []
  const typed = query.q?.trim().slice(0, mostTypedChars)
  if (typed) where.push({ or: [{ name: { like: typed } }, { slug: { like: typed } }, { description: { like: typed } }] })
  if (query.type) where.push({ type: { equals: query.type } })
  if (query.district) where.push({ district: { equals: query.district } })
  const { docs } = await payload.find({
    collection: 'organisations',
    depth: 0,
    limit: 0,
    locale,
    pagination: false,
    select: { cityDealPartner: true, district: true, name: true, slug: true, type: true },
    sort: 'name',
    where: where.length > 0 ? { and: where } : {},
  })
  const signedIn = isSignedIn(reader as SessionUser)
  const tree = query.theme ? await themeTreeOf(payload) : undefined
  const themeIds = tree && query.theme ? tree.idsFoundBy([query.theme]) : []
  const contactThemes = tree && query.theme ? [...new Set([...themeIds, ...tree.idsCountedFor(themeIds)])] : []
  const { docs: people } = signedIn
    ? await payload.find({
        collection: 'users',
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        select: { contactFor: true, organisation: true },
        where: query.theme ? { contactFor: { in: contactThemes } } : {},
      })
    : { docs: [] }
  const contacts = new Map<string, number>()
  for (const person of people) {
    const organisation = idOf(person.organisation)
    if (organisation && Array.isArray(person.contactFor) && person.contactFor.length > 0)
      contacts.set(organisation, (contacts.get(organisation) ?? 0) + 1)
  }
  let keep: Set<string> | undefined
  if (query.theme) {
    const { docs: cards } = await payload.find({
      collection: 'interventions',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      select: { ownerOrganisation: true, inUseBy: true },
      user: reader as never,
      where: { and: [{ _status: { equals: 'published' } }, { themes: { in: themeIds } }] },
    })
    keep = new Set([...contacts.keys()])
    for (const card of cards) {
      const owner = idOf(card.ownerOrganisation)
      if (owner) keep.add(owner)
      for (const user of Array.isArray(card.inUseBy) ? card.inUseBy : []) keep.add(idOf(user) ?? '')
    }
  }
  return docs
    .filter((doc) => !keep || keep.has(String(doc.id)))
    .map((doc) => ({
      cityDealPartner: doc.cityDealPartner === true,
      id: String(doc.id),
      name: String(doc.name),
      slug: String(doc.slug),
      type: String(doc.type),
      ...(doc.district ? { district: String(doc.district) } : {}),
      ...(signedIn ? { contacts: contacts.get(String(doc.id)) ?? 0 } : {}),
    }))
}
