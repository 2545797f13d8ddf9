import type { CollectionBeforeChangeHook } from 'payload'

import { groupsOf, isCurator, isSignedIn, userOf } from '../../../domain/access'
import { fieldRefusal } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'

/** A member records sessions of their own groups only, and cannot move one to a group they are not in. */
export const sessionOfOwnGroup: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = userOf(req)
  if (!isSignedIn(user) || isCurator(user) || data.group === undefined) return data
  if (groupsOf(user).includes(idOf(data.group) ?? '')) return data
  throw fieldRefusal(
    req,
    'group',
    {
      en: 'group: you can record sessions only of groups you are a member of. Ask the group’s manager to add you.',
      nl: 'group: u legt alleen bijeenkomsten vast van groepen waarvan u lid bent. Vraag de beheerder van de groep om u toe te voegen.',
    },
    403,
  )
}
