import type { CollectionBeforeChangeHook } from 'payload'

import { groupsOf, isCurator, isSignedIn, userOf } from '../../domain/access'
import { fieldRefusal } from '../../lib/clientError'
import { idsOf } from '../../lib/idOf'

/**
 * A group-only item names its groups, and a member shares only with groups they are in (the groups
 * already there may stay): otherwise anyone could hand an item to a group, or lock themselves out.
 * Curators and the system (seed, import) share with any group. A hook rather than a field check,
 * because Payload does not validate drafts and most group work is drafts.
 */
export const onlyOwnGroups: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const visibility = data.visibility ?? originalDoc?.visibility
  const chosen = idsOf(data.groups ?? originalDoc?.groups)
  if (visibility === 'group' && chosen.length === 0) {
    throw fieldRefusal(req, 'groups', {
      en: 'groups: a group-only item needs at least one group. Choose the groups that work on it, or another visibility.',
      nl: 'groups: een item voor de eigen groep heeft minstens één groep nodig. Kies de groepen die eraan werken, of een andere zichtbaarheid.',
    })
  }
  const user = userOf(req)
  if (!isSignedIn(user) || isCurator(user)) return data
  const mine = new Set(groupsOf(user))
  const kept = new Set(operation === 'update' ? idsOf(originalDoc?.groups) : [])
  if (chosen.every((id) => kept.has(id) || mine.has(id))) return data
  throw fieldRefusal(req, 'groups', {
    en: 'groups: you can only share an item with groups you are a member of. Ask a manager of that group, or a curator, to add you.',
    nl: 'groups: u kunt een item alleen delen met groepen waarvan u lid bent. Vraag een beheerder van die groep, of een curator, om u toe te voegen.',
  })
}
