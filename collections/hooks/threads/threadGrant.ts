import type { CollectionSlug, PayloadRequest } from 'payload'

import { grantsOf } from '../../../domain/access'
import { isCommentableSlug } from '../../../domain/conversation'

/**
 * Who may read a thread: the grants of the item it is on, as that item is live now. Questions
 * have no draft stage, so their visibility alone decides. Undefined when the item is gone.
 */
export async function threadGrantsOf(req: PayloadRequest, collection: string, id: string | number): Promise<string[] | undefined> {
  if (!isCommentableSlug(collection)) return undefined
  const item = (await req.payload.db.findOne({ collection: collection as CollectionSlug, req, where: { id: { equals: id } } })) as Record<
    string,
    unknown
  > | null
  if (!item) return undefined
  return grantsOf(collection === 'questions' ? { ...item, _status: 'published' } : item)
}
