import type { CollectionBeforeChangeHook } from 'payload'

import { APIError } from 'payload'

import { isCurator, type SessionUser } from '../../src/access'

/**
 * Members save drafts; publishing is a curator's decision. Local scripts (seed, import) run
 * without a user and are trusted.
 */
export const onlyCuratorsPublish: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as SessionUser | null
  if (user && !isCurator(user) && data?._status === 'published') {
    throw new APIError(
      'Only curators can publish. Save your changes as a draft (add ?draft=true, or "Save draft" in the admin panel) and ask a curator to publish them.',
      403,
      { field: '_status' },
      true,
    )
  }
  return data
}
