import type { CollectionBeforeChangeHook } from 'payload'

import { personLabel } from './personLabel'

/**
 * Who made this change, kept on the item and so on every version: co-editors from several
 * organisations see in the history who changed what. Named as colleagues know them, so members
 * read it without opening anyone's account. Writes without a person (seed, import) leave it be.
 */
export const recordEditor: CollectionBeforeChangeHook = async ({ data, req }) => {
  const user = req.user
  if (!user?.id || user.collection !== 'users') return data
  return { ...data, editedBy: user.id, editedByName: (await personLabel(req, { collection: 'users', id: user.id })) ?? null }
}
