import type { Payload } from 'payload'

import type { SearchQuery } from '../types'

import { SearchEngineUnavailableError } from '../engine/errors'
import { engineOf, hasEngine } from '../registry'
import { searchOptionsOf } from '../runtime'
import { presentResult, type SearchResponse } from './presentResult'

/** One search for one signed-in (or anonymous) user: the use case behind REST, GraphQL and the portal. */
export async function runSearch(payload: Payload, user: unknown, query: Omit<SearchQuery, 'access'>): Promise<SearchResponse> {
  if (!hasEngine(payload)) {
    throw new SearchEngineUnavailableError('Search is not running in this process.')
  }
  const options = searchOptionsOf(payload)
  const engine = engineOf(payload)
  const started = performance.now()
  const result = await engine.search({ ...query, access: options.accessScope(user) })
  const tookMs = performance.now() - started
  options.onSearched?.({ engine: engine.name, seconds: tookMs / 1000 })
  return presentResult(query, result, engine.name, tookMs, options.themeFacet)
}

/** What a caller reads when search cannot answer, for REST and GraphQL alike. */
export const unavailableMessage = (error: SearchEngineUnavailableError) =>
  `${error.message} Search is temporarily unavailable; try again in a moment. Changes are queued and will be searchable when it is back.`
