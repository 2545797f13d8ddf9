import type { Endpoint, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { isCurator, type SessionUser } from '../../access'
import { overdueItems, type QueueEntry, reviewQueue } from '../queues'
import { datedCollections, reviewedCollections } from '../scope'

function requireCurator(req: PayloadRequest) {
  const user = req.user as SessionUser | null
  if (!user) throw new APIError('Sign in as a curator to see this list.', 401, undefined, true)
  if (!isCurator(user)) throw new APIError('Only curators see this list.', 403, undefined, true)
}

const curatorList = (path: string, load: (req: PayloadRequest) => Promise<QueueEntry[]>): Endpoint => ({
  handler: async (req) => {
    requireCurator(req)
    const docs = await load(req)
    return Response.json({ docs, totalDocs: docs.length })
  },
  method: 'get',
  path,
})

/** GET /api/editorial/review-queue and /api/editorial/overdue, for curators. */
export const editorialListEndpoints: Endpoint[] = [
  curatorList('/editorial/review-queue', (req) => reviewQueue(req.payload, reviewedCollections, req)),
  curatorList('/editorial/overdue', (req) => overdueItems(req.payload, datedCollections, req)),
]
