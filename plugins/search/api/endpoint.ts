import type { Endpoint } from 'payload'

import type { SearchPluginOptions } from '../types'

import { guardedEndpoint } from '../../../lib/endpointAccess'
import { isSearchEngineUnavailable } from '../engine/errors'
import { parseSearchParams } from './parseSearchParams'
import { runSearch, unavailableMessage } from './runSearch'
import { searchDocumentation } from './searchDocumentation'

/** GET /api/search */
export const searchEndpoint = (options: SearchPluginOptions): Endpoint =>
  guardedEndpoint({
    handler: async (req) => {
      const parsed = parseSearchParams(req.searchParams, options.facets)
      if (!parsed.ok) {
        return Response.json(
          { errors: parsed.errors.map((error) => ({ message: error.message, parameter: error.parameter })) },
          { status: 400 },
        )
      }
      try {
        return Response.json(await runSearch(req.payload, req.user, parsed.query))
      } catch (error) {
        if (isSearchEngineUnavailable(error)) {
          return Response.json({ errors: [{ message: unavailableMessage(error) }] }, { headers: { 'Retry-After': '5' }, status: 503 })
        }
        throw error
      }
    },
    method: 'get',
    openapi: searchDocumentation(Object.keys(options.facets)),
    path: '/search',
    refusal: { forbidden: 'Your account may not search.', signIn: 'Sign in to search.' },
    rule: options.access.search,
  })
