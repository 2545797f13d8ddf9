import type { TaskConfig } from 'payload'

import type { SearchPluginOptions, SearchableCollection } from '../types'

import { syncItem } from './syncItem'

export const searchQueue = 'search'
export const indexItemTaskSlug = 'searchIndexItem' as const

/**
 * One queued index change. Queued in the transaction of the write, run by the worker after it
 * commits; retried with back-off while the engine is down (about 34 minutes in all).
 */
type IndexItem = { input: { collection: string; id: string }; output: Record<string, never> }

export const indexItemTask = (options: SearchPluginOptions): TaskConfig<IndexItem> => ({
  slug: indexItemTaskSlug,
  handler: async ({ input, req }) => {
    await syncItem(req.payload, input.collection as SearchableCollection, input.id, options)
    return { output: {} }
  },
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  retries: { attempts: 12, backoff: { delay: 1000, type: 'exponential' } },
})
