import type { CollectionBeforeValidateHook } from 'payload'

import { isCurator, organisationOf, type SessionUser } from '../../domain/access'

/**
 * Members always create items for their own organisation, whatever they send; curators may pick
 * another organisation and otherwise get their own.
 */
export const assignOwnerOrganisation: CollectionBeforeValidateHook = ({ data, operation, req }) => {
  const user = req.user as SessionUser | null
  const organisation = organisationOf(user)
  if (operation !== 'create' || !data || !organisation) return data
  if (isCurator(user) && data.ownerOrganisation) return data
  return { ...data, ownerOrganisation: organisation }
}
