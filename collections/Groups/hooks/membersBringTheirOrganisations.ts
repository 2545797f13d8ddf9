import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : value)

/**
 * The organisations taking part include those of the members: the directory shows which groups an
 * organisation works in without anyone keeping two lists. Organisations stay when a member leaves;
 * a manager removes them.
 */
export const membersBringTheirOrganisations: CollectionBeforeChangeHook = async ({ data, req }) => {
  const members = (Array.isArray(data.members) ? data.members : []).map(idOf)
  const organisations = [...new Set((Array.isArray(data.memberOrganisations) ? data.memberOrganisations : []).map(idOf))]
  if (members.length === 0) return { ...data, memberOrganisations: organisations }
  const { docs } = await req.payload.db.find({
    collection: 'users',
    limit: 0,
    pagination: false,
    req,
    select: { organisation: true },
    where: { id: { in: members } },
  })
  const known = new Set(organisations.map(String))
  const added: unknown[] = []
  for (const member of docs as Array<{ organisation?: unknown }>) {
    const organisation = idOf(member.organisation)
    if (organisation !== null && organisation !== undefined && !known.has(String(organisation))) {
      known.add(String(organisation))
      added.push(organisation)
    }
  }
  return { ...data, memberOrganisations: [...organisations, ...added] }
}
