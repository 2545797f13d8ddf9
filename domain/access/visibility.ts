import type { Where } from 'payload'

import type { SessionUser } from './predicates'
import { isCurator, isSignedIn, organisationOf } from './predicates'

export const visibilities = ['public', 'partners', 'organisation'] as const
export type Visibility = (typeof visibilities)[number]

/** A rule answers with true (everything), false (nothing) or a query that selects what is allowed. */
export type Decision = boolean | Where

export const published: Where = { _status: { equals: 'published' } }

export const ownedBy = (organisationId: string): Where => ({
  ownerOrganisation: { equals: organisationId },
})

/** The visibilities a reader may see in items that are not their own organisation's. */
export const visibilitiesFor = (user: SessionUser | null | undefined): Visibility[] =>
  isSignedIn(user) ? ['public', 'partners'] : ['public']

/**
 * What a reader may see of a collection whose items carry a visibility and an owner organisation.
 * `withStatus` adds the editorial status: unpublished items are only for their organisation.
 */
export const readableBy = (user: SessionUser | null | undefined, { withStatus }: { withStatus: boolean }): Decision => {
  if (isCurator(user)) return true
  const shared: Where = { visibility: { in: visibilitiesFor(user) } }
  const sharedAndLive: Where = withStatus ? { and: [published, shared] } : shared
  const organisation = organisationOf(user)
  if (!isSignedIn(user) || !organisation) return sharedAndLive
  return { or: [sharedAndLive, ownedBy(organisation)] }
}

/**
 * What linking a file from an item lets readers see of that file. A published item shares its
 * files as widely as itself; an unpublished or organisation-only item only with its organisation.
 */
export const grantOf = (item: { _status?: unknown; visibility?: unknown; ownerOrganisation?: unknown }): string => {
  const owner = item.ownerOrganisation
  const ownerId = String(typeof owner === 'object' && owner !== null ? (owner as { id: unknown }).id : owner)
  if (item._status === 'published' && (item.visibility === 'public' || item.visibility === 'partners')) {
    return item.visibility
  }
  return `organisation:${ownerId}`
}

/** The grants that let this reader see a linked file. */
export const grantsFor = (user: SessionUser | null | undefined): string[] => {
  const organisation = organisationOf(user)
  return [...visibilitiesFor(user), ...(isSignedIn(user) && organisation ? [`organisation:${organisation}`] : [])]
}

/**
 * Files carry their own visibility, and a file linked from items is also never more visible than
 * those items let it be: a public file attached only to an organisation's draft stays with that
 * organisation until the item is published. The uploading organisation always sees its files.
 */
export const mediaReadableBy = (user: SessionUser | null | undefined): Decision => {
  if (isCurator(user)) return true
  const shared: Where = {
    and: [{ visibility: { in: visibilitiesFor(user) } }, { or: [{ linked: { equals: false } }, { grants: { in: grantsFor(user) } }] }],
  }
  const organisation = organisationOf(user)
  if (!isSignedIn(user) || !organisation) return shared
  return { or: [shared, ownedBy(organisation)] }
}
