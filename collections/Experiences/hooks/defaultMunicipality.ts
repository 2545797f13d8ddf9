import type { CollectionBeforeValidateHook } from 'payload'

/** A municipality records its own experience: the owner organisation is the natural default. */
export const defaultMunicipality: CollectionBeforeValidateHook = ({ data, operation }) => {
  if (operation !== 'create' || !data || data.municipality) return data
  return { ...data, municipality: data.ownerOrganisation }
}
