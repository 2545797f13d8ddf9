import type { CollectionBeforeValidateHook } from 'payload'

import { organisationOf, type SessionUser } from '../../../domain/access'

/** A comment is always the caller's own, on behalf of their organisation as it is when they write. */
export const authorIsCaller: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  if (operation !== 'create' || !data) return data
  const user = req.user as SessionUser | null
  return { ...data, author: user?.id ?? data.author, organisation: organisationOf(user) ?? data.organisation ?? null, state: 'visible' }
}
