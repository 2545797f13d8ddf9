import type { Payload } from 'payload'

import type { SearchQuery, SearchResult } from '../types'

import { SearchEngineUnavailableError } from '../engine/errors'
import { engineOf, hasEngine } from '../registry'
import { searchOptionsOf } from '../runtime'
import { presentResult, type SearchResponse } from './presentResult'

/**
 * One search for one signed-in (or anonymous) user, as the engine answers it: the access scope
 * comes from the user on the server, never from the caller. Every search API goes through here.
 */
export async function searchAsReader(
  payload: Payload,
  user: unknown,
  query: Omit<SearchQuery, 'access'>,
): Promise<{ engine: string; result: SearchResult; tookMs: number }> {
  if (!hasEngine(payload)) {
    throw new SearchEngineUnavailableError('Search is not running in this process.')
  }
  const options = searchOptionsOf(payload)
  const engine = engineOf(payload)
  const started = performance.now()
  const result = await engine.search({ ...query, access: options.accessScope(user) })
  const tookMs = performance.now() - started
  options.onSearched?.({ engine: engine.name, seconds: tookMs / 1000 })
  return { engine: engine.name, result, tookMs }
}

/** One search in Weerbaar's own shape: the use case behind REST, GraphQL and the portal. */
export async function runSearch(payload: Payload, user: unknown, query: Omit<SearchQuery, 'access'>): Promise<SearchResponse> {
  const options = searchOptionsOf(payload)
  const [{ engine, result, tookMs }, labels] = await Promise.all([searchAsReader(payload, user, query), options.facetLabels?.(payload)])
  return presentResult(query, result, engine, tookMs, options.themeFacet, labels)
}

/** What a caller reads when search cannot answer, for REST and GraphQL alike. */
export const unavailableMessage = (error: SearchEngineUnavailableError) =>
  `${error.message} Search is temporarily unavailable; try again in a moment. Changes are queued and will be searchable when it is back.`
