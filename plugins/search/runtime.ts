import type { Payload } from 'payload'

import type { Progress } from '../../src/lib/progress'
import type { SearchEngine, SearchPluginOptions } from './types'

import { EmbeddedEngine } from './engine/embedded'
import { setEngine } from './registry'
import { reloadSynonyms } from './synonyms'
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
  if (!options.createEngine && process.env.MEILI_HOST) {
    payload.logger.warn('MEILI_HOST is set, but the Meilisearch engine is not part of this build yet: using the embedded engine (one instance only).')
  }
  const engine = options.createEngine ? options.createEngine() : new EmbeddedEngine()
  setEngine(payload, engine)
  await reloadSynonyms(payload)
  const indexed = await indexEverything(payload, options, engine, progress)
  payload.logger.info({ engine: engine.name, indexed }, 'search index ready')
  stoppers.set(payload, startWorker(payload, options.workerIntervalMs ?? 250))
  return engine
}

export async function stopSearch(payload: Payload): Promise<void> {
  await stoppers.get(payload)?.()
  stoppers.delete(payload)
}
