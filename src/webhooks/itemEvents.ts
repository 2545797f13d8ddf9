import type { ItemWrite, WebhookEvent } from '../../plugins/webhooks'

import { moveOf, writeIntentOf } from '../../plugins/editorial-workflow'

/**
 * What a write did to what partner systems see: the workflow knows a publish of an item that was
 * live before (a change) from a first publish, and an unpublish from a draft saved beside the
 * live version (Payload's hooks see `_status: 'draft'` for both). Items outside the workflow say
 * it by their status.
 */
export function webhookEventOf({ collection, doc, operation, previousDoc, req }: ItemWrite): WebhookEvent | undefined {
  if (operation === 'create') return doc._status === 'published' ? 'published' : undefined
  const intent = writeIntentOf(req, collection, doc.id)
  const move = moveOf(req, collection, doc.id)
  if (intent) {
    if (move === 'publish') return intent.wasPublished ? 'changed' : 'published'
    if (move === 'unpublish') return 'unpublished'
    return undefined
  }
  if (doc._status !== 'published') return previousDoc?._status === 'published' ? 'unpublished' : undefined
  return previousDoc?._status === 'published' ? 'changed' : 'published'
}
