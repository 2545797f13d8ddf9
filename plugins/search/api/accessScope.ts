import type { AccessScope } from '../types'

import { isCurator, organisationOf, type SessionUser, visibilitiesFor } from '../../../src/access'

/**
 * The part of the access rules the index can apply, from the same predicates REST and GraphQL
 * use (src/access). Only published items are indexed, so status needs no filter here.
 */
export function accessScopeFor(user: SessionUser | null | undefined): AccessScope {
  if (isCurator(user)) return { kind: 'everything' }
  return { kind: 'restricted', organisation: organisationOf(user), visibilities: visibilitiesFor(user) }
}
