import type { Payload } from 'payload'

import type { FollowableSlug } from '../../domain/notifications'

import { followKeyOf } from '../../domain/notifications'

/** The reader's follow of one thing, if they follow it (read with their own access). */
export async function followOf(payload: Payload, user: unknown, collection: FollowableSlug, id: string) {
  if (!user) return undefined
  const { docs } = await payload.find({
    collection: 'follows',
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    user: user as never,
    where: { targetKey: { equals: followKeyOf(collection, id) } },
  })
  return docs[0]
}

/** How many of the reader's notifications are unread, counting only those about items they may read now. */
export async function unreadCount(payload: Payload, user: unknown): Promise<number> {
  if (!user) return 0
  const { totalDocs } = await payload.count({
    collection: 'notifications',
    overrideAccess: false,
    user: user as never,
    where: { readAt: { exists: false } },
  })
  return totalDocs
}
