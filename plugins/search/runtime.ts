import type { Payload } from 'payload'

import type { Progress } from '../../lib/progress'
import type { SearchEngine, SearchPluginOptions } from './types'

import { facetNamesOf } from './documents'
import { EmbeddedEngine } from './engine/embedded'
import { MeilisearchEngine } from './engine/meilisearch'
import { engineOf, setEngine } from './registry'
import { reloadSynonyms } from './synonyms'
import { reconcile } from './sync/reconcile'
import { indexEverything } from './sync/reindex'
import { startWorker } from './sync/worker'

const stoppers = new WeakMap<Payload, () => Promise<void>>()

export const searchOptionsOf = (payload: Payload): SearchPluginOptions => {
  const options = (payload.config.custom as { search?: SearchPluginOptions } | undefined)?.search
  if (!options) throw new Error('The search plugin is not in the Payload config.')
  return options
}

/**
 * Starts search in the serving process: the engine, a complete index (the embedded engine keeps
 * it in memory) and the worker that applies queued changes. Command-line tools do not call this;
 * the changes they make wait in the queue for the server.
 */
export async function startSearch(payload: Payload, progress?: Progress): Promise<SearchEngine> {
  const options = searchOptionsOf(payload)
  const engine = configuredEngine(options)
  setEngine(payload, engine)
  const startBackgroundWork = () => {
    const stopWorker = startWorker(payload, options.workerIntervalMs ?? 250)
    const stopReconciling = reconcilePeriodically(payload, options, options.reconcileIntervalMs ?? 10 * 60_000)
    stoppers.set(payload, async () => {
      stopReconciling()
      await stopWorker()
    })
  }
  if (engine instanceof EmbeddedEngine) {
    await reloadSynonyms(payload)
    const indexed = await indexEverything(payload, options, engine, progress)
    payload.logger.info({ engine: engine.name, indexed }, 'search index ready (embedded: this instance only)')
    // Only now: a queued change applied during the initial load could be overwritten by it.
    startBackgroundWork()
    return engine
  }
  startBackgroundWork()
  // A persistent engine keeps its index: repair drift in the background; queued changes still flow.
  void (async () => {
    await reloadSynonyms(payload)
    const repaired = await reconcile(payload, options, engine)
    payload.logger.info({ engine: engine.name, ...repaired }, 'search index reconciled')
  })().catch((error: unknown) =>
    payload.logger.warn({ err: error }, 'search: could not reconcile the index yet; queued changes will catch up'),
  )
  return engine
}

/**
 * Repairs drift now and then: a published item whose index change failed every retry comes
 * back, documents of items that are gone or unpublished disappear.
 */
function reconcilePeriodically(payload: Payload, options: SearchPluginOptions, intervalMs: number) {
  const timer = setInterval(() => {
    // The engine is looked up each time: a rebuild may have swapped it.
    reconcile(payload, options, engineOf(payload))
      .then((repaired) => {
        if (repaired.added + repaired.removed > 0) payload.logger.warn({ ...repaired }, 'search: repaired drift between database and index')
      })
      .catch((error: unknown) => payload.logger.warn({ err: error }, 'search: reconcile failed, will try again'))
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}

/** The engine the options ask for: Meilisearch when configured, the embedded engine otherwise. */
export function configuredEngine(options: SearchPluginOptions): SearchEngine {
  const facets = facetNamesOf(options)
  if (options.createEngine) return options.createEngine(facets)
  const meilisearch = options.engine?.meilisearch
  return meilisearch
    ? new MeilisearchEngine({ apiKey: meilisearch.apiKey, facets, host: meilisearch.host, indexUid: meilisearch.index })
    : new EmbeddedEngine({ facets })
}

export async function stopSearch(payload: Payload): Promise<void> {
  await stoppers.get(payload)?.()
  stoppers.delete(payload)
}
