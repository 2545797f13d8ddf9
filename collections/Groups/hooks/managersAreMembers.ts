import type { CollectionBeforeChangeHook } from 'payload'

const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? (value as { id: string | number }).id : value)

/** A manager works in the group too: whoever manages it is also one of its members. */
export const managersAreMembers: CollectionBeforeChangeHook = ({ data }) => {
  const members = (Array.isArray(data.members) ? data.members : []).map(idOf)
  const managers = (Array.isArray(data.managers) ? data.managers : []).map(idOf)
  const known = new Set(members.map(String))
  const missing = managers.filter((manager) => !known.has(String(manager)))
  return missing.length === 0 ? data : { ...data, members: [...members, ...missing] }
}
