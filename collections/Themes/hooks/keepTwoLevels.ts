import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

/** Themes are a two-level tree: theme -> sub-theme. */
export const keepTwoLevels: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const parentId = data?.parent && typeof data.parent === 'object' ? data.parent.id : data?.parent
  if (!parentId) return data
  const fail = (message: string) => new ValidationError({ collection: 'themes', errors: [{ message, path: 'parent' }], req })
  if (originalDoc?.id !== undefined && String(parentId) === String(originalDoc.id)) {
    throw fail('A theme cannot be its own parent.')
  }
  // Themes are public.
  const parent = await req.payload.findByID({ collection: 'themes', id: parentId, depth: 0, req, disableErrors: true })
  if (!parent) throw fail('The parent theme does not exist.')
  if (parent.parent) {
    throw fail('Choose a main theme as parent: sub-themes cannot have sub-themes of their own.')
  }
  return data
}
