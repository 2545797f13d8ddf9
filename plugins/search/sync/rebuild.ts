import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { Progress } from '../../../lib/progress'
import type { SearchEngine, SearchPluginOptions } from '../types'

import { facetNamesOf } from '../documents'
import { EmbeddedEngine } from '../engine/embedded'
import { MeilisearchEngine } from '../engine/meilisearch'
import { setEngine } from '../registry'
import { loadSynonyms } from '../synonyms'
import { itemsWhere } from './itemsWhere'
import { reconcile } from './reconcile'
import { indexEverything } from './reindex'
import { syncItem } from './syncItem'

/**
 * Changes made while a rebuild read the database went to the live index, not the new one: after
 * the swap, items changed since the rebuild started are brought up to date again, and documents
 * of items deleted meanwhile removed.
 */
async function catchUp(payload: Payload, options: SearchPluginOptions, engine: SearchEngine, since: Date) {
  const req = await createLocalReq({}, payload)
  const changed = await itemsWhere(payload, options, { updatedAt: { greater_than_equal: since.toISOString() } })
  for (const { collection, id } of changed) await syncItem(payload, collection, id, options, req, engine)
  await reconcile(payload, options, engine)
}

/**
 * Rebuilds the whole index beside the live one and swaps it in when complete, so searches keep
 * answering from the old index meanwhile.
 */
export async function rebuildIndex(
  payload: Payload,
  options: SearchPluginOptions,
  live: SearchEngine,
  progress?: Progress,
): Promise<SearchEngine> {
  const startedAt = new Date()
  const synonyms = await loadSynonyms(payload)
  if (live instanceof MeilisearchEngine) {
    const nextUid = `${live.uid}_next_${Date.now()}`
    const next = live.withIndex(nextUid)
    await next.setSynonyms(synonyms)
    await indexEverything(payload, options, next, progress)
    await live.swapWith(nextUid)
    await catchUp(payload, options, live, startedAt)
    return live
  }
  const next = new EmbeddedEngine({ facets: facetNamesOf(options) })
  await next.setSynonyms(synonyms)
  await indexEverything(payload, options, next, progress)
  setEngine(payload, next)
  await catchUp(payload, options, next, startedAt)
  return next
}
