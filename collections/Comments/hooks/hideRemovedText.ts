import type { CollectionAfterReadHook } from 'payload'

import { isCurator, type SessionUser } from '../../../domain/access'
import { idOf } from '../../../lib/idOf'

/**
 * A hidden comment keeps its place in the thread, without its words: its author still reads what
 * they wrote (and why it was hidden), curators read it to decide on restoring it.
 */
export const hideRemovedText: CollectionAfterReadHook = ({ doc, req }) => {
  if (doc.state !== 'hidden') return doc
  const user = req.user as SessionUser | null
  if (isCurator(user) || (user && idOf(doc.author) === String(user.id))) return doc
  return { ...doc, body: null, mentions: [] }
}
