import type { TaskConfig } from 'payload'

import { createLocalReq } from 'payload'

import type { SearchPluginOptions } from '../types'

import { isSearchEngineUnavailable } from '../engine/errors'
import { reportOutage } from './outage'
import { syncItem } from './syncItem'

export const searchQueue = 'search'
export const indexItemTaskSlug = 'searchIndexItem' as const

/**
 * One queued index change. Queued in the transaction of the write, run by the worker after it
 * commits. A failure retries with back-off (about 34 minutes in all); an unreachable engine
 * instead pauses the worker until it answers again (see worker.ts), so an outage of any length
 * uses up no retries.
 */
type IndexItem = { input: { collection: string; id: string }; output: Record<string, never> }

export const indexItemTask = (options: SearchPluginOptions): TaskConfig<IndexItem> => ({
  slug: indexItemTaskSlug,
  handler: async ({ input, req }) => {
    try {
      // A request of its own, outside the job runner's bookkeeping.
      await syncItem(req.payload, input.collection, input.id, options, await createLocalReq({}, req.payload))
    } catch (error) {
      if (isSearchEngineUnavailable(error)) reportOutage(req.payload, error.message)
      throw error
    }
    return { output: {} }
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: { attempts: 12, backoff: { delay: 1000, type: 'exponential' } },
})
