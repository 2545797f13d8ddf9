import type { Payload } from 'payload'

import type { SearchEngine, SearchPluginOptions, SearchableCollection } from '../types'

import { documentId, searchLocales } from '../types'
import { syncItem } from './syncItem'

/**
 * Finds drift between the database and the index (documents of items that are gone or no
 * longer published, published items missing from the index) and repairs it.
 */
export async function reconcile(payload: Payload, options: SearchPluginOptions, engine: SearchEngine) {
  const expected = new Map<string, { collection: SearchableCollection; id: string }>()
  for (const collection of Object.keys(options.collections) as SearchableCollection[]) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, overrideAccess: true, pagination: false, select: {}, where: { _status: { equals: 'published' } } })
    for (const doc of docs) {
      for (const locale of searchLocales) expected.set(documentId(collection, String(doc.id), locale), { collection, id: String(doc.id) })
    }
  }
  const actual = new Set(await engine.documentIds())
  const extra = [...actual].filter((id) => !expected.has(id))
  await engine.remove(extra)
  const missing = new Map<string, { collection: SearchableCollection; id: string }>()
  for (const [id, item] of expected) if (!actual.has(id)) missing.set(`${item.collection}:${item.id}`, item)
  for (const item of missing.values()) await syncItem(payload, item.collection, item.id, options)
  return { added: missing.size, removed: extra.length }
}
