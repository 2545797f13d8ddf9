import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import type { SanitizedWebhooksOptions, WebhookEvent } from './types'

import { afterCommit } from '../../lib/afterCommit'
import { webhooksSlug } from './slugs'
import { webhookWorkers } from './wake'

export const webhooksQueue = 'webhooks'
export const fanOutTaskSlug = 'webhookFanOut' as const
export const deliverTaskSlug = 'webhookDeliver' as const

/** What the fan-out job is told: the event, and for an item no longer live, how it was shared then. */
export type ItemEvent = {
  id: string
  event: WebhookEvent
  collection: string
  itemId: string
  occurredAt: string
  /** Who the item was shared with, for events after which it cannot be read live any more. */
  lastSeen?: Record<string, unknown>
}

async function queueItemEvent(req: PayloadRequest, event: Omit<ItemEvent, 'id' | 'occurredAt'>) {
  // Most writes happen with no webhook set up: then there is nothing to queue.
  const { totalDocs } = await req.payload.count({
    collection: webhooksSlug as never,
    overrideAccess: true,
    req,
    where: { active: { equals: true } },
  })
  if (totalDocs === 0) return
  await req.payload.jobs.queue({
    input: { event: { ...event, id: crypto.randomUUID(), occurredAt: new Date().toISOString() } },
    queue: webhooksQueue,
    req,
    task: fanOutTaskSlug,
  })
  afterCommit(req, webhookWorkers.wakerOf(req.payload))
}

const withoutLiveVersion = (event: WebhookEvent) => event === 'unpublished' || event === 'deleted'

/**
 * Queued in the write's transaction, like the search index change: a write that is rolled back
 * tells nobody, and no request waits for a partner system.
 */
export const queueAfterChange =
  (options: SanitizedWebhooksOptions): CollectionAfterChangeHook =>
  async ({ collection, doc, operation, previousDoc, req }) => {
    const event = options.eventOf({ collection: collection.slug, doc, operation, previousDoc, req })
    if (!event) return doc
    await queueItemEvent(req, {
      collection: collection.slug,
      event,
      itemId: String(doc.id),
      lastSeen: withoutLiveVersion(event) ? options.audienceOf(doc) : undefined,
    })
    return doc
  }

/** Deleting a live item takes it away from partner systems too. */
export const queueAfterDelete =
  (options: SanitizedWebhooksOptions): CollectionAfterDeleteHook =>
  async ({ collection, doc, id, req }) => {
    if (doc?._status !== 'published') return
    await queueItemEvent(req, { collection: collection.slug, event: 'deleted', itemId: String(id), lastSeen: options.audienceOf(doc) })
  }
