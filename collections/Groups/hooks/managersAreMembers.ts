import type { CollectionBeforeChangeHook } from 'payload'

import { idsOf } from '../../../lib/idOf'

/** A manager works in the group too: whoever manages it is also one of its members. */
export const managersAreMembers: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const members = idsOf(data.members ?? originalDoc?.members)
  const known = new Set(members)
  const missing = idsOf(data.managers ?? originalDoc?.managers).filter((manager) => !known.has(manager))
  return missing.length === 0 ? data : { ...data, members: [...members, ...missing] }
}
