import type { Endpoint } from 'payload'

import { anyoneMayAsk } from '../../domain/access'
import { cacheableJson } from '../../lib/conditionalGet'
import { guardedEndpoint } from '../../lib/endpointAccess'
import { vocabulary } from './vocabulary'
import { vocabularyDocumentation } from './vocabularyDocumentation'

/**
 * GET /api/vocabulary[?facet=a,b]: every classification and option list with its values, Dutch
 * and English labels and GraphQL spelling. The same for every caller (only what anyone may read),
 * so caches and If-None-Match work.
 */
export const vocabularyEndpoint: Endpoint = guardedEndpoint({
  handler: async (req) => {
    const all = await vocabulary(req.payload)
    const asked = (req.searchParams.getAll('facet') ?? [])
      .flatMap((each) => each.split(','))
      .map((each) => each.trim())
      .filter(Boolean)
    const known = all.map((each) => each.name)
    const unknown = asked.filter((name) => !known.includes(name))
    if (unknown.length > 0) {
      return Response.json(
        { errors: [{ message: `Unknown facet "${unknown.join('", "')}". Use one of: ${known.join(', ')}.`, parameter: 'facet' }] },
        { status: 400 },
      )
    }
    const facets = asked.length > 0 ? all.filter((each) => asked.includes(each.name)) : all
    return cacheableJson(req.headers, { facets }, 'public, max-age=300')
  },
  method: 'get',
  openapi: vocabularyDocumentation,
  path: '/vocabulary',
  refusal: { forbidden: 'Your account may not read the vocabulary.', signIn: 'Sign in to read the vocabulary.' },
  rule: anyoneMayAsk,
})
