import type { Endpoint, PayloadRequest } from 'payload'

import { addDataAndFileToRequest } from 'payload'

import type { EndpointDocumentation } from '../../../../lib/endpointDocumentation'
import type { SearchPluginOptions } from '../../types'

import { guardedEndpoint } from '../../../../lib/endpointAccess'
import { isSearchEngineUnavailable } from '../../engine/errors'
import { unavailableMessage } from '../runSearch'
import { answerSearch } from './answer'
import { meilisearchDocumentation as docs } from './documentation'
import { indexNotFound, MeilisearchApiError, meilisearchErrorResponse } from './errors'
import { parseSearchRequest, searchRequestFromParams } from './searchRequest'

/** Where the compatible API lives under the API root: a Meilisearch client's `host` is `<api>/search`. */
export const meilisearchApiPath = '/search'

/** Whether an API path (without `/api`) belongs to the compatible API, so refusals there speak Meilisearch. */
export const isMeilisearchApiPath = (path: string) => /^\/search\/(indexes(\/|$)|multi-search$|health$|version$)/.test(path)

/** Multi-search takes as many queries as InstantSearch sends for one screen, not unbounded work. */
const maxQueries = 20

type Handler = (req: PayloadRequest, options: SearchPluginOptions, index: string) => Promise<unknown>

/** Answers in Meilisearch's shape, successes and refusals alike. */
const compatible = (options: SearchPluginOptions, index: string, handle: Handler) => async (req: PayloadRequest) => {
  try {
    // A key nobody could sign in with (a Meilisearch master key, a typo) is refused, never read as anonymous.
    if (!req.user && /^Bearer\s+\S/i.test(req.headers.get('authorization') ?? '')) {
      throw new MeilisearchApiError(
        401,
        'invalid_api_key',
        'The provided API key is invalid: use a Weerbaar API key (wb_…), or no key to search as a visitor.',
        'auth',
      )
    }
    return Response.json(await handle(req, options, index))
  } catch (error) {
    if (error instanceof MeilisearchApiError) return meilisearchErrorResponse(error)
    if (isSearchEngineUnavailable(error)) {
      return meilisearchErrorResponse(new MeilisearchApiError(503, 'search_unavailable', unavailableMessage(error), 'system'), {
        'Retry-After': '5',
      })
    }
    throw error
  }
}

const requireIndex = (req: PayloadRequest, index: string) => {
  const asked = String(req.routeParams?.index ?? '')
  if (asked !== index) throw indexNotFound(asked)
}

async function bodyOf(req: PayloadRequest): Promise<unknown> {
  await addDataAndFileToRequest(req)
  return req.data ?? {}
}

const indexDescription = (index: string) => ({
  createdAt: '2026-01-01T00:00:00Z',
  primaryKey: 'id',
  uid: index,
  updatedAt: new Date().toISOString(),
})

const searchOne: Handler = async (req, options, index) => {
  requireIndex(req, index)
  const body = req.method === 'GET' ? searchRequestFromParams(req.searchParams) : await bodyOf(req)
  return answerSearch(req.payload, req.user, parseSearchRequest(body, options.facets))
}

const multiSearch: Handler = async (req, options, index) => {
  const body = (await bodyOf(req)) as { queries?: unknown; federation?: unknown }
  if (body.federation !== undefined && body.federation !== null) {
    throw new MeilisearchApiError(
      400,
      'invalid_multi_search_federation',
      'Federated multi-search is not supported here; leave `federation` out.',
    )
  }
  const extra = Object.keys(body).filter((name) => name !== 'queries' && name !== 'federation')
  if (extra.length > 0) throw new MeilisearchApiError(400, 'bad_request', `Unknown field \`${extra[0]}\`: expected one of \`queries\`.`)
  if (!Array.isArray(body.queries) || body.queries.length > maxQueries) {
    throw new MeilisearchApiError(
      400,
      'invalid_multi_search_queries',
      `Invalid value at \`.queries\`: expected an array of at most ${maxQueries} search queries.`,
    )
  }
  // Every query is checked before any runs: a bad one refuses the whole request, as Meilisearch does.
  const requests = body.queries.map((query, position) => {
    const uid = (query as { indexUid?: unknown } | null)?.indexUid
    try {
      if (typeof uid !== 'string') throw new MeilisearchApiError(400, 'missing_index_uid', 'Each query names its `indexUid`.')
      if (uid !== index) throw indexNotFound(uid)
      return { indexUid: uid, request: parseSearchRequest(query, options.facets, { allowIndexUid: true }) }
    } catch (error) {
      if (error instanceof MeilisearchApiError) {
        throw new MeilisearchApiError(error.status, error.code, `Inside \`.queries[${position}]\`: ${error.message}`, error.type)
      }
      throw error
    }
  })
  const results = []
  for (const { indexUid, request } of requests) {
    results.push({ indexUid, ...(await answerSearch(req.payload, req.user, request)) })
  }
  return { results }
}

/** What this index answers besides searches; everything else is refused in Meilisearch's words. */
const readOnly = async (req: PayloadRequest) => {
  throw new MeilisearchApiError(
    405,
    'read_only_api',
    `${req.method} ${new URL(req.url ?? 'http://localhost').pathname} is not answered: this Meilisearch-compatible API only searches (POST or GET /indexes/<index>/search, POST /multi-search). Content changes through Weerbaar's own API.`,
  )
}

/**
 * A Meilisearch-compatible read API over the same search as GET /api/search: the official
 * clients and InstantSearch (through instant-meilisearch) talk to it with `host` set to
 * `<api>/search`. The caller's access is the signed-in user's (an API key as `Bearer`), never a
 * filter the client sends.
 */
export function meilisearchApiEndpoints(options: SearchPluginOptions): Endpoint[] {
  const api = options.meilisearchApi
  if (!api) return []
  const { index } = api
  const refusal = { forbidden: 'Your account may not search.', signIn: 'Sign in to search.' }
  const rule = options.access.search
  const endpoint = (method: Endpoint['method'], path: string, handle: Handler, openapi: EndpointDocumentation) =>
    guardedEndpoint({ handler: compatible(options, index, handle), method, openapi, path: `${meilisearchApiPath}${path}`, refusal, rule })
  return [
    endpoint('post', '/indexes/:index/search', searchOne, docs.search),
    endpoint('get', '/indexes/:index/search', searchOne, docs.search),
    endpoint('post', '/multi-search', multiSearch, docs.multiSearch),
    endpoint(
      'get',
      '/indexes/:index',
      async (req) => {
        requireIndex(req, index)
        return indexDescription(index)
      },
      docs.index,
    ),
    endpoint('get', '/indexes', async () => ({ limit: 20, offset: 0, results: [indexDescription(index)], total: 1 }), docs.indexes),
    endpoint('get', '/health', async () => ({ status: 'available' }), docs.health),
    endpoint('get', '/version', async () => ({ commitDate: 'unknown', commitSha: 'weerbaar', pkgVersion: '1.0.0' }), docs.version),
    // Meilisearch's other routes (documents, settings, tasks of an index) go at most two levels below it.
    ...(['post', 'put', 'patch', 'delete'] as const).map((method) => endpoint(method, '/indexes/:index', readOnly, docs.readOnly)),
    ...(['/indexes/:index/:part', '/indexes/:index/:part/:name'] as const).flatMap((path) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const).map((method) => endpoint(method, path, readOnly, docs.readOnly)),
    ),
  ]
}
