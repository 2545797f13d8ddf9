import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

export type QueueEntry = {
  collection: string
  id: number | string
  title: string
  ownerOrganisation: unknown
  workflowStatus: unknown
  submittedAt?: unknown
  submittedBy?: unknown
  reviewBy?: unknown
  updatedAt: unknown
}

const entryOf = (collection: string, doc: Record<string, any>): QueueEntry => ({
  collection,
  id: doc.id,
  ownerOrganisation: doc.ownerOrganisation,
  reviewBy: doc.reviewBy,
  submittedAt: doc.submittedAt,
  submittedBy: doc.submittedBy,
  title: doc.title ?? String(doc.id),
  updatedAt: doc.updatedAt,
  workflowStatus: doc.workflowStatus,
})

/**
 * Items whose newest version waits for a publisher. The newest version, not the item: a change to
 * a published item is a draft beside it, and that draft is what is in review.
 */
export async function reviewQueue(payload: Payload, collections: readonly string[], req?: PayloadRequest): Promise<QueueEntry[]> {
  const entries: QueueEntry[] = []
  for (const collection of collections as CollectionSlug[]) {
    const { docs } = await payload.findVersions({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      where: { and: [{ latest: { equals: true } }, { 'version.workflowStatus': { equals: 'in-review' } }] },
    })
    for (const version of docs) {
      entries.push(entryOf(collection, { ...(version.version as unknown as Record<string, unknown>), id: version.parent }))
    }
  }
  return entries.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))
}

/** Items whose review-by date has passed, the longest overdue first. */
export async function overdueItems(
  payload: Payload,
  { collections, field }: { collections: readonly string[]; field: string },
  req?: PayloadRequest,
): Promise<QueueEntry[]> {
  const entries: QueueEntry[] = []
  const now = new Date().toISOString()
  for (const collection of collections as CollectionSlug[]) {
    const { docs } = await payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      sort: field,
      where: { [field]: { less_than: now } },
    })
    entries.push(
      ...docs.map((doc) => ({
        ...entryOf(collection, doc as unknown as Record<string, unknown>),
        reviewBy: (doc as unknown as Record<string, unknown>)[field],
      })),
    )
  }
  return entries.sort((a, b) => String(a.reviewBy).localeCompare(String(b.reviewBy)))
}
