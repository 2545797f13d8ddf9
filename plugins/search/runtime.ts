import type { Payload } from 'payload'

import type { Progress } from '../../lib/progress'
import type { SearchEngine, SearchPluginOptions } from './types'

import { facetNamesOf } from './documents'
import { EmbeddedEngine } from './engine/embedded'
import { MeilisearchEngine } from './engine/meilisearch'
import { engineOf, hasEngine, setEngine } from './registry'
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

/** Whether the engine keeps its index inside this process, so only this process can keep it current. */
export const keepsIndexInProcess = (payload: Payload): boolean => !hasEngine(payload) || engineOf(payload) instanceof EmbeddedEngine

const engineSerials = new WeakMap<SearchEngine, number>()
let enginesSeen = 0

/**
 * Reads differently whenever the index this process searches changes (a rebuild swaps the
 * engine, so the engine is part of it). Undefined for an index kept outside the process
 * (Meilisearch applies changes on its own schedule, which this process cannot see).
 */
export function searchIndexChangesOf(payload: Payload): string | undefined {
  if (!hasEngine(payload)) return undefined
  const engine = engineOf(payload)
  if (!(engine instanceof EmbeddedEngine)) return undefined
  if (!engineSerials.has(engine)) engineSerials.set(engine, ++enginesSeen)
  return `${engineSerials.get(engine)}:${engine.changeCount}`
}

/**
 * Makes search answer in this process: the engine, and for the embedded engine (which keeps its
 * index in memory) a complete index. Keeping the index current is `startIndexing`, which exactly
 * one process of a deployment runs.
 */
export async function startSearch(payload: Payload, progress?: Progress): Promise<SearchEngine> {
  const options = searchOptionsOf(payload)
  const engine = configuredEngine(options)
  setEngine(payload, engine)
  if (engine instanceof EmbeddedEngine) {
    await reloadSynonyms(payload)
    const indexed = await indexEverything(payload, options, engine, progress)
    payload.logger.info({ engine: engine.name, indexed }, 'search index ready (embedded: this instance only)')
  }
  return engine
}

/**
 * Keeps the index current: applies queued index changes and repairs drift now and then, while
 * `mayWork` allows (another process may hold the work). Each time this process starts doing
 * the work, a persistent engine's index is reconciled with the database at once.
 */
export function startIndexing(payload: Payload, { mayWork }: { mayWork: () => boolean }): void {
  const options = searchOptionsOf(payload)
  const reconcileNow = () => {
    // The engine is looked up each time: a rebuild may have swapped it.
    const engine = engineOf(payload)
    void (async () => {
      if (!(engine instanceof EmbeddedEngine)) await reloadSynonyms(payload)
      const repaired = await reconcile(payload, options, engine)
      if (repaired.added + repaired.removed > 0) payload.logger.warn({ ...repaired }, 'search: repaired drift between database and index')
      else payload.logger.info({ engine: engine.name }, 'search index reconciled: nothing to repair')
    })().catch((error: unknown) => payload.logger.warn({ err: error }, 'search: reconcile failed, will try again'))
  }
  const stopWorker = startWorker(payload, {
    idleCeilingMs: options.workerIdleCeilingMs ?? 4000,
    intervalMs: options.workerIntervalMs ?? 250,
    mayWork,
    onLook: options.onWorkerLook,
    // The embedded index was just built from the database; a persistent one may have drifted.
    onStartWorking: () => {
      if (!keepsIndexInProcess(payload)) reconcileNow()
    },
  })
  const timer = setInterval(
    () => {
      if (mayWork()) reconcileNow()
    },
    options.reconcileIntervalMs ?? 10 * 60_000,
  )
  timer.unref()
  stoppers.set(payload, async () => {
    clearInterval(timer)
    await stopWorker()
  })
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

/** Stops keeping the index current in this process, waiting for a change being applied. */
export async function stopIndexing(payload: Payload): Promise<void> {
  await stoppers.get(payload)?.()
  stoppers.delete(payload)
}
