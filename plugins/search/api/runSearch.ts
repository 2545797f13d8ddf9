import type { PayloadRequest } from 'payload'

import type { SessionUser } from '../../../src/access'
import type { SearchQuery } from '../types'

import { engineOf, hasEngine } from '../registry'
import { accessScopeFor } from './accessScope'
import { presentResult, type SearchResponse } from './presentResult'

export class SearchUnavailableError extends Error {}

/** One search for one signed-in (or anonymous) user: the use case behind REST and GraphQL. */
export async function runSearch(req: PayloadRequest, query: Omit<SearchQuery, 'access'>): Promise<SearchResponse> {
  if (!hasEngine(req.payload)) {
    throw new SearchUnavailableError('Search is not running in this process. Try again shortly.')
  }
  const engine = engineOf(req.payload)
  const started = performance.now()
  const result = await engine.search({ ...query, access: accessScopeFor(req.user as SessionUser | null) })
  return presentResult(query, result, engine.name, performance.now() - started)
}
