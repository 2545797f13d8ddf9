import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SearchEngine, SearchPluginOptions } from '../types'

import { documentId, searchLocales } from '../types'
import { itemsWhere } from './itemsWhere'
import { syncItem } from './syncItem'

/**
 * Finds drift between the database and the index (documents of items that are gone or no
 * longer published, published items missing from the index) and repairs it.
 */
export async function reconcile(payload: Payload, options: SearchPluginOptions, engine: SearchEngine) {
  const expected = new Map<string, { collection: string; id: string }>()
  for (const { collection, id } of await itemsWhere(payload, options, { _status: { equals: 'published' } })) {
    for (const locale of searchLocales) expected.set(documentId(collection, id, locale), { collection, id })
  }
  const actual = new Set(await engine.documentIds())
  const extra = [...actual].filter((id) => !expected.has(id))
  await engine.remove(extra)
  const missing = new Map<string, { collection: string; id: string }>()
  for (const [id, item] of expected) if (!actual.has(id)) missing.set(`${item.collection}:${item.id}`, item)
  const req = await createLocalReq({}, payload)
  for (const item of missing.values()) await syncItem(payload, item.collection, item.id, options, req, engine)
  return { added: missing.size, removed: extra.length }
}
