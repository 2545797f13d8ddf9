import type { Payload, PayloadRequest } from 'payload'

import type { SearchEngine, SearchPluginOptions } from '../types'

import { toSearchDocument } from '../documents'
import { engineOf } from '../registry'
import { searchLocales } from '../types'

/**
 * Brings the index in line with what the database says now about one item: its published
 * version in every locale, or nothing. Reading the current state (instead of what a hook saw)
 * makes the task idempotent and order-independent. Read without access rules: the index holds
 * every published item, and each search filters it by the reader's access.
 */
export async function syncItem(
  payload: Payload,
  collection: string,
  id: string,
  options: SearchPluginOptions,
  req: PayloadRequest,
  engine: SearchEngine = engineOf(payload),
): Promise<'indexed' | 'removed'> {
  const documents = []
  for (const locale of searchLocales) {
    const item = await payload.findByID({
      collection: collection as never,
      depth: 1,
      disableErrors: true,
      draft: false,
      id,
      locale,
      overrideAccess: true,
      req,
    })
    if (!item || (item as { _status?: string })._status !== 'published') {
      await engine.removeItem(collection, id)
      return 'removed'
    }
    documents.push(await toSearchDocument(collection, item as never, locale, options, req))
  }
  await engine.upsert(documents)
  return 'indexed'
}
