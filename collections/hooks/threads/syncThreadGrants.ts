import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug } from 'payload'

import { threadKeyOf } from '../../../domain/conversation'
import { threadGrantsOf } from './threadGrant'

/**
 * Keeps every comment on an item as readable as the item, and no more: when the item is
 * published, taken back, or its visibility, groups or organisation change, its comments' grants
 * follow in the same transaction (`readComments` reads them). Written directly: the comments
 * themselves did not change, so no version or audit entry is due.
 */
export const syncThreadGrantsAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  const grants = await threadGrantsOf(req, collection.slug, doc.id)
  if (!grants) return doc
  const thread = { threadKey: { equals: threadKeyOf(collection.slug, doc.id) } }
  const { docs } = await req.payload.db.find({
    collection: 'comments' as CollectionSlug,
    limit: 0,
    pagination: false,
    req,
    select: { grants: true },
    where: thread,
  })
  const wanted = [...grants].sort().join('\n')
  const stale = (docs as Array<{ id: string | number; grants?: string[] }>).filter(
    (comment) => [...(comment.grants ?? [])].sort().join('\n') !== wanted,
  )
  if (stale.length === 0) return doc
  await req.payload.db.updateMany({
    collection: 'comments' as CollectionSlug,
    data: { grants },
    req,
    where: { id: { in: stale.map((comment) => comment.id) } },
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
