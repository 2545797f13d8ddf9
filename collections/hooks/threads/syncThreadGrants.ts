import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { threadKeyOf } from '../../../domain/conversation'
import { threadGrantOf } from './threadGrant'

/**
 * Keeps every comment on an item as readable as the item, and no more: when the item is
 * published, taken back, or its visibility or organisation changes, its comments' grant follows
 * in the same transaction (`readComments` reads it). Written directly: the comments themselves
 * did not change, so no version or audit entry is due.
 */
export const syncThreadGrantsAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const grant = await threadGrantOf(req, collection.slug, doc.id)
  if (!grant) return doc
  await req.payload.db.updateMany({
    collection: 'comments' as CollectionSlug,
    data: { grant },
    req,
    where: { and: [{ threadKey: { equals: threadKeyOf(collection.slug, doc.id) } }, { grant: { not_equals: grant } }] },
  })
  return doc
}

/** A deleted item takes its conversation with it: nobody could read it any more, and nothing should point at it. */
export const deleteThreadAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  const where = { threadKey: { equals: threadKeyOf(collection.slug, id) } }
  const { docs } = await req.payload.db.find({ collection: 'comments' as CollectionSlug, limit: 0, pagination: false, req, where })
  const ids = docs.map((doc) => doc.id)
  if (ids.length === 0) return
  await req.payload.db.deleteMany({ collection: 'comment-reports' as CollectionSlug, req, where: { comment: { in: ids } } })
  await req.payload.db.deleteVersions({ collection: 'comments' as CollectionSlug, req, where: { parent: { in: ids } } })
  await req.payload.db.deleteMany({ collection: 'comments' as CollectionSlug, req, where })
}
