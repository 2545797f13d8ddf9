import type { EndpointDocumentation } from '../../../lib/endpointDocumentation'

const query = (name: string, description: string, schema: Record<string, unknown>) => ({ description, in: 'query', name, schema })

/** What the API reference says about `GET /api/search`, with the facets this search is configured with. */
export const searchDocumentation = (facets: readonly string[]): EndpointDocumentation => ({
  description:
    'Full-text search over published items, typo-tolerant, with facet counts and highlights. Hits, totals and facet counts hold only what the caller may read. Unknown parameters and bad values are a 400 naming the parameter; a search engine that is down is a 503 with `Retry-After`.',
  parameters: [
    query('q', 'The search text (at most 200 characters).', { maxLength: 200, type: 'string' }),
    query('locale', 'The language searched and answered in.', { default: 'nl', enum: ['nl', 'en'], type: 'string' }),
    query('sort', 'By relevance, newest first or oldest first.', {
      default: 'relevance',
      enum: ['relevance', 'newest', 'oldest'],
      type: 'string',
    }),
    query('page', 'The page, from 1.', { default: 1, maximum: 1000, minimum: 1, type: 'integer' }),
    query('limit', 'Hits per page.', { default: 20, maximum: 100, minimum: 1, type: 'integer' }),
    ...facets.map((facet) => ({
      ...query(
        facet,
        `Only hits with one of these values of \`${facet}\` (repeat the parameter or separate with commas; facets combine with AND).`,
        {
          items: { type: 'string' },
          type: 'array',
        },
      ),
      explode: true,
    })),
  ],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: {
            properties: {
              facets: {
                additionalProperties: { additionalProperties: { type: 'integer' }, type: 'object' },
                description: 'Per facet: value → number of hits.',
                type: 'object',
              },
              facetLabels: {
                additionalProperties: {
                  additionalProperties: {
                    properties: { en: { type: 'string' }, nl: { type: 'string' } },
                    type: 'object',
                  },
                  type: 'object',
                },
                description: 'Per facet: value → its label in Dutch and English, for every value counted in `facets`.',
                type: 'object',
              },
              hits: { items: { type: 'object' }, type: 'array' },
              total: { type: 'integer' },
            },
            required: ['total', 'hits', 'facets'],
            type: 'object',
          },
        },
      },
      description: 'One page of hits the caller may read, the total and the facet counts.',
    },
  },
  summary: 'Search published items',
  tags: ['search'],
})
