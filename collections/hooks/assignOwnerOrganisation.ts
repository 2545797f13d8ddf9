import type { CollectionBeforeValidateHook } from 'payload'

import { isCurator, organisationOf, type SessionUser } from '../../src/access'

/** Members always create items for their own organisation, whatever they send. */
export const assignOwnerOrganisation: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  const user = req.user as SessionUser | null
  if (operation !== 'create' || !user || isCurator(user) || !data) return data
  return { ...data, ownerOrganisation: organisationOf(user) }
}
