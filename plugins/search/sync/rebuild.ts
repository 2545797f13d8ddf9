import type { Payload } from 'payload'

import type { Progress } from '../../../lib/progress'
import type { SearchEngine, SearchPluginOptions } from '../types'

import { facetNamesOf } from '../documents'
import { EmbeddedEngine } from '../engine/embedded'
import { MeilisearchEngine } from '../engine/meilisearch'
import { setEngine } from '../registry'
import { loadSynonyms } from '../synonyms'
import { indexEverything } from './reindex'

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
  const synonyms = await loadSynonyms(payload)
  if (live instanceof MeilisearchEngine) {
    const nextUid = `${live.uid}_next_${Date.now()}`
    const next = live.withIndex(nextUid)
    await next.setSynonyms(synonyms)
    await indexEverything(payload, options, next, progress)
    await live.swapWith(nextUid)
    return live
  }
  const next = new EmbeddedEngine({ facets: facetNamesOf(options) })
  await next.setSynonyms(synonyms)
  await indexEverything(payload, options, next, progress)
  setEngine(payload, next)
  return next
}
