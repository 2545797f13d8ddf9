import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { indexItemTaskSlug, searchQueue } from './indexItemTask'

const queue = (req: PayloadRequest, collection: string, id: string | number) =>
  req.payload.jobs.queue({ input: { collection, id: String(id) }, queue: searchQueue, req, task: indexItemTaskSlug })

/** Queues the index change in the same transaction as the write, so a rollback takes it back. */
export const queueIndexingAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await queue(req, collection.slug, doc.id)
  return doc
}

export const queueIndexingAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await queue(req, collection.slug, id)
}
