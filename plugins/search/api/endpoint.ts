import type { Endpoint } from 'payload'

import { SearchEngineUnavailableError } from '../engine/errors'
import { parseSearchParams } from './parseSearchParams'
import { runSearch, SearchUnavailableError } from './runSearch'

/** GET /api/search */
export const searchEndpoint: Endpoint = {
  handler: async (req) => {
    const parsed = parseSearchParams(req.searchParams)
    if (!parsed.ok) {
      return Response.json(
        { errors: parsed.errors.map((error) => ({ message: error.message, parameter: error.parameter })) },
        { status: 400 },
      )
    }
    try {
      return Response.json(await runSearch(req, parsed.query))
    } catch (error) {
      if (error instanceof SearchUnavailableError || error instanceof SearchEngineUnavailableError) {
        const message = `${error.message} Search is temporarily unavailable; try again in a moment. Changes are queued and will be searchable when it is back.`
        return Response.json({ errors: [{ message }] }, { headers: { 'Retry-After': '5' }, status: 503 })
      }
      throw error
    }
  },
  method: 'get',
  path: '/search',
}
