import type { Endpoint, PayloadRequest } from 'payload'

import type { QueueEntry } from '../queues'
import type { EditorialWorkflowOptions } from '../types'

import { guardedEndpoint } from '../../../lib/endpointAccess'
import { textsFor } from '../texts'
import { overdueItems, reviewQueue } from '../queues'

/** GET /api/editorial/review-queue and /api/editorial/overdue, for publishers. */
export function queueEndpoints(options: EditorialWorkflowOptions): Endpoint[] {
  const list = (path: string, load: (req: PayloadRequest) => Promise<QueueEntry[]>): Endpoint =>
    guardedEndpoint({
      handler: async (req) => {
        const docs = await load(req)
        return Response.json({ docs, totalDocs: docs.length })
      },
      method: 'get',
      path,
      refusal: (req) => textsFor(options, req).queues,
      rule: options.access.queues,
    })
  const endpoints = [list('/editorial/review-queue', (req) => reviewQueue(req.payload, options.collections, req))]
  const { overdue } = options
  if (overdue) endpoints.push(list('/editorial/overdue', (req) => overdueItems(req.payload, overdue, req)))
  return endpoints
}
