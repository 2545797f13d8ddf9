import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isCurator, type SessionUser } from '../../access'

type Entry = {
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

function requireCurator(req: PayloadRequest) {
  const user = req.user as SessionUser | null
  if (!user) throw new APIError('Sign in as a curator to see this list.', 401, undefined, true)
  if (!isCurator(user)) throw new APIError('Only curators see this list.', 403, undefined, true)
}

const entryOf = (collection: string, doc: Record<string, any>): Entry => ({
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
 * Items whose newest version waits for a curator. The newest version, not the item: a change to
 * a published item is a draft beside it, and that draft is what is in review.
 */
async function reviewQueue(req: PayloadRequest, collections: readonly CollectionSlug[]): Promise<Entry[]> {
  const entries: Entry[] = []
  for (const collection of collections) {
    const { docs } = await req.payload.findVersions({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      sort: 'version.submittedAt',
      where: { and: [{ latest: { equals: true } }, { 'version.workflowStatus': { equals: 'in-review' } }] },
    })
    for (const version of docs) {
      entries.push(entryOf(collection, { ...(version.version as unknown as Record<string, unknown>), id: version.parent }))
    }
  }
  return entries.sort((a, b) => String(a.submittedAt ?? '').localeCompare(String(b.submittedAt ?? '')))
}

/** Items whose review-by date has passed, the longest overdue first. */
async function overdue(req: PayloadRequest, collections: readonly CollectionSlug[]): Promise<Entry[]> {
  const entries: Entry[] = []
  const now = new Date().toISOString()
  for (const collection of collections) {
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      limit: 0,
      pagination: false,
      req,
      sort: 'reviewBy',
      where: { reviewBy: { less_than: now } },
    })
    entries.push(...docs.map((doc) => entryOf(collection, doc as unknown as Record<string, unknown>)))
  }
  return entries.sort((a, b) => String(a.reviewBy).localeCompare(String(b.reviewBy)))
}

/** GET /api/editorial/review-queue and /api/editorial/overdue, for curators. */
export const editorialListEndpoints = ({
  dated,
  reviewed,
}: {
  /** Collections whose items carry a review-by date. */
  dated: readonly CollectionSlug[]
  /** Collections whose items go through review. */
  reviewed: readonly CollectionSlug[]
}): Endpoint[] => [
  {
    handler: async (req) => {
      requireCurator(req)
      const docs = await reviewQueue(req, reviewed)
      return Response.json({ docs, totalDocs: docs.length })
    },
    method: 'get',
    path: '/editorial/review-queue',
  },
  {
    handler: async (req) => {
      requireCurator(req)
      const docs = await overdue(req, dated)
      return Response.json({ docs, totalDocs: docs.length })
    },
    method: 'get',
    path: '/editorial/overdue',
  },
]
