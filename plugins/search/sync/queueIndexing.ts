import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { SearchPluginOptions } from '../types'

import { afterCommit } from '../../../lib/afterCommit'

import { indexItemTaskSlug, searchQueue } from './indexItemTask'
import { itemsWhere } from './itemsWhere'
import { searchWorkers } from './wake'

/** Queued in the write's transaction; the worker of this process applies it once that commits. */
async function queue(req: PayloadRequest, collection: string, id: string | number) {
  await req.payload.jobs.queue({ input: { collection, id: String(id) }, queue: searchQueue, req, task: indexItemTaskSlug })
  afterCommit(req, searchWorkers.wakerOf(req.payload))
}

/** Queues the index change in the same transaction as the write, so a rollback takes it back. */
export const queueIndexingAfterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await queue(req, collection.slug, doc.id)
  return doc
}

export const queueIndexingAfterDelete: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await queue(req, collection.slug, id)
}

/**
 * A change to a document other items' search documents are made from (a theme's name or place
 * in the tree): queues those items again, in the same transaction.
 */
export const queueDependentsAfterChange =
  (options: SearchPluginOptions, select: NonNullable<SearchPluginOptions['dependents']>[string]): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const where = await select({ doc, previousDoc, req })
    if (!where) return doc
    // Every item, published or not: the index task decides what the index should hold.
    for (const { collection, id } of await itemsWhere(req.payload, options, where, req)) await queue(req, collection, id)
    return doc
  }
