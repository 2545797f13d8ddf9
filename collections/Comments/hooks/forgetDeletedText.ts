import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

/**
 * A comment its author deleted is gone, also from its edit history: only the placeholder stays,
 * so the replies keep their place in the thread.
 */
export const forgetDeletedText: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.state !== 'deleted' || previousDoc?.state === 'deleted') return doc
  await req.payload.db.deleteVersions({ collection: 'comments' as CollectionSlug, req, where: { parent: { equals: doc.id } } })
  return doc
}
