import type { Payload } from 'payload'

/**
 * Marks one person's unread notifications read: the given ones, or all. Only their own: the
 * recipient condition is the access rule here. Returns how many were marked.
 */
export async function markRead(payload: Payload, userId: string | number, ids: string[] | 'all'): Promise<number> {
  const { docs } = await payload.update({
    collection: 'notifications',
    data: { readAt: new Date().toISOString() } as never,
    depth: 0,
    overrideAccess: true,
    where: {
      and: [{ recipient: { equals: userId } }, { readAt: { exists: false } }, ...(ids === 'all' ? [] : [{ id: { in: ids } }])],
    },
  })
  return docs.length
}
