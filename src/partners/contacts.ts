import type { Payload, Where } from 'payload'

import { type ContactCard, contactCardOf } from '../../domain/directory'
import { isSignedIn, type SessionUser } from '../../domain/access'
import { idOf } from '../../lib/idOf'
import { themeTreeOf } from '../taxonomy/themeTree'

/**
 * The contact people of organisations, as cards (`contactCardOf`): only for signed-in readers, and
 * read with their rights, so an address shows only where `emailField` allows it, as over REST. With
 * `themes`, only those who are the contact for one of them or for a broader theme above it.
 */
export async function contactsOf(
  payload: Payload,
  reader: unknown,
  { organisations, themes }: { organisations: string[]; themes?: string[] },
): Promise<ContactCard[]> {
  if (!isSignedIn(reader as SessionUser) || organisations.length === 0) return []
  const where: Where[] = [{ organisation: { in: organisations } }]
  if (themes && themes.length > 0) {
    const tree = await themeTreeOf(payload)
    where.push({ contactFor: { in: tree.idsCountedFor(themes) } })
  }
  const [{ docs: accounts }, { docs: owners }] = await Promise.all([
    payload.find({
      collection: 'users',
      depth: 0,
      limit: 0,
      overrideAccess: false,
      pagination: false,
      // `shareEmail` is what the e-mail rule reads.
      select: { contactFor: true, email: true, name: true, organisation: true, shareEmail: true },
      sort: 'name',
      user: reader as never,
      where: { and: where },
    }),
    payload.find({
      collection: 'organisations',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { name: true, slug: true },
      where: { id: { in: organisations } },
    }),
  ])
  const byId = new Map(owners.map((each) => [String(each.id), { id: String(each.id), name: String(each.name), slug: String(each.slug) }]))
  return accounts
    .filter((account) => Array.isArray(account.contactFor) && account.contactFor.length > 0)
    .map((account) => contactCardOf(account, byId.get(idOf(account.organisation) ?? '')))
}
