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
  reviewComment?: unknown
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

/** Where each of an organisation's items stands, newest version first; what waits for its authors comes first. */
export type OrganisationWork = Record<'sent-back' | 'in-review' | 'draft', QueueEntry[]> & { published: number }

/**
 * An organisation's items by workflow status, read with the reader's own access (a member sees
 * exactly what the list views show them). Drafts beside a published version count as drafts.
 */
export async function organisationWork(
  payload: Payload,
  {
    collections,
    organisation,
    ownerField,
    user,
  }: { collections: readonly string[]; organisation: string; ownerField: string; user: unknown },
): Promise<OrganisationWork> {
  const work: OrganisationWork = { draft: [], 'in-review': [], published: 0, 'sent-back': [] }
  const owned = { [ownerField]: { equals: organisation } }
  for (const collection of collections as CollectionSlug[]) {
    const asReader = { collection, overrideAccess: false, user: user as never }
    const [{ docs }, { totalDocs }] = await Promise.all([
      payload.find({
        ...asReader,
        depth: 0,
        draft: true,
        limit: 50,
        sort: '-updatedAt',
        where: { and: [owned, { workflowStatus: { in: ['sent-back', 'in-review', 'draft'] } }] },
      }),
      payload.count({ ...asReader, where: { and: [owned, { _status: { equals: 'published' } }] } }),
    ])
    work.published += totalDocs
    for (const doc of docs as unknown as Array<Record<string, unknown>>) {
      const status = doc.workflowStatus as 'sent-back' | 'in-review' | 'draft'
      work[status]?.push({ ...entryOf(collection, doc), reviewComment: doc.reviewComment })
    }
  }
  for (const list of [work['sent-back'], work['in-review'], work.draft]) {
    list.sort((a, b) => String(b.updatedAt).localeCompare(String(a.updatedAt)))
  }
  return work
}
