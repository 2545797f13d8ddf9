import type { CollectionSlug, Payload } from 'payload'

import type { KnowledgeSlug } from '../../domain/knowledge'

import { datedSlugs } from '../../domain/knowledge'
import { notificationRetentionDays } from '../../domain/notifications'
import { deliverEvent } from './deliver'

/** How far back the daily scan looks: a worker that was down for days still tells about what passed meanwhile. */
const lookBackDays = 14

/**
 * Tells the authors of each live item that passed its review-by date, and the curators, once per
 * date: the event is named after the item and its date, so the daily scan never tells twice.
 */
export async function tellReviewsDue(payload: Payload, at = new Date()): Promise<number> {
  const since = new Date(at.getTime() - lookBackDays * 24 * 60 * 60 * 1000)
  let told = 0
  for (const collection of datedSlugs) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { reviewBy: true } as never,
      where: {
        and: [
          { _status: { equals: 'published' } },
          { reviewBy: { less_than: at.toISOString() } },
          { reviewBy: { greater_than_equal: since.toISOString() } },
        ],
      },
    })
    for (const doc of docs as unknown as { id: string | number; reviewBy: string }[]) {
      told += await deliverEvent(payload, {
        collection: collection as KnowledgeSlug,
        id: `review-due:${collection}:${doc.id}:${doc.reviewBy}`,
        itemId: String(doc.id),
        move: 'review-due',
      })
    }
  }
  return told
}

/** Notifications older than the retention period go: they were read, or were not worth it. */
export async function forgetOldNotifications(payload: Payload, at = new Date()): Promise<void> {
  const before = new Date(at.getTime() - notificationRetentionDays * 24 * 60 * 60 * 1000)
  await payload.delete({ collection: 'notifications', overrideAccess: true, where: { createdAt: { less_than: before.toISOString() } } })
}
