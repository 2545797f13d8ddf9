import type { CollectionSlug, Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { SearchEngine, SearchPluginOptions } from '../types'

import { documentId, searchLocales } from '../types'
import { syncItem } from './syncItem'

/**
 * Finds drift between the database and the index (documents of items that are gone or no
 * longer published, published items missing from the index) and repairs it.
 */
export async function reconcile(payload: Payload, options: SearchPluginOptions, engine: SearchEngine) {
  const expected = new Map<string, { collection: string; id: string }>()
  for (const collection of Object.keys(options.collections)) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: {},
      where: { _status: { equals: 'published' } },
    })
    for (const doc of docs) {
      for (const locale of searchLocales) expected.set(documentId(collection, String(doc.id), locale), { collection, id: String(doc.id) })
    }
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
