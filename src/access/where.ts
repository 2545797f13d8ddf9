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
export const readableBy = (
  user: SessionUser | null | undefined,
  { withStatus }: { withStatus: boolean },
): Decision => {
  if (isCurator(user)) return true
  const shared: Where = { visibility: { in: visibilitiesFor(user) } }
  const sharedAndLive: Where = withStatus ? { and: [published, shared] } : shared
  const organisation = organisationOf(user)
  if (!isSignedIn(user) || !organisation) return sharedAndLive
  return { or: [sharedAndLive, ownedBy(organisation)] }
}
