import type { CollectionBeforeChangeHook } from 'payload'

import { idOf, idsOf } from '../../../lib/idOf'

/**
 * The organisations taking part include those of the members: the directory shows which groups an
 * organisation works in without anyone keeping two lists. Organisations stay when a member leaves;
 * a manager removes them.
 */
export const membersBringTheirOrganisations: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  // A change may send only some fields: what it leaves out stays as it was.
  const members = idsOf(data.members ?? originalDoc?.members)
  const organisations = [...new Set(idsOf(data.memberOrganisations ?? originalDoc?.memberOrganisations))]
  if (members.length === 0) return { ...data, memberOrganisations: organisations }
  const { docs } = await req.payload.db.find({
    collection: 'users',
    limit: 0,
    pagination: false,
    req,
    select: { organisation: true },
    where: { id: { in: members } },
  })
  const known = new Set(organisations)
  const added: string[] = []
  for (const member of docs as Array<{ organisation?: unknown }>) {
    const organisation = idOf(member.organisation)
    if (organisation !== undefined && !known.has(organisation)) {
      known.add(organisation)
      added.push(organisation)
    }
  }
  return { ...data, memberOrganisations: [...organisations, ...added] }
}
