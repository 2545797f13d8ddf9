import type { EndpointDocumentation } from '../../lib/endpointDocumentation'

const label = { properties: { en: { type: 'string' }, nl: { type: 'string' } }, required: ['nl', 'en'], type: 'object' }

/** What the API reference says about `GET /api/vocabulary`. */
export const vocabularyDocumentation: EndpointDocumentation = {
  description:
    'Every classification (the parameters of search and the matrix) and every option list of the content model, with its values, Dutch and English labels and, where GraphQL spells a value differently (`not_assessed` for `not-assessed`), the GraphQL name. Values are written as `value` everywhere else: REST `where`, `/api/search`, the matrix, import and export. Themes and organisations are those anyone may read. The same for every caller, with an `ETag`: send `If-None-Match` to get a 304.',
  parameters: [
    {
      description: 'Only these facets (repeat the parameter or separate with commas); unknown names are a 400 naming `facet`.',
      explode: true,
      in: 'query',
      name: 'facet',
      schema: { items: { type: 'string' }, type: 'array' },
    },
  ],
  responses: {
    200: {
      content: {
        'application/json': {
          schema: {
            properties: {
              facets: {
                items: {
                  properties: {
                    graphqlEnum: { description: 'The GraphQL enum that takes these values as arguments.', type: 'string' },
                    kind: { enum: ['classification', 'field'], type: 'string' },
                    name: { type: 'string' },
                    parameterOf: { items: { enum: ['search', 'matrix-filter', 'matrix-dimension'], type: 'string' }, type: 'array' },
                    pattern: { description: 'What values look like where they cannot all be listed (years).', type: 'string' },
                    title: label,
                    values: {
                      items: {
                        properties: {
                          graphql: { description: 'The GraphQL enum name, where it differs from `value`.', type: 'string' },
                          id: { description: 'Themes and organisations: the id for `where` on relation fields.', type: 'string' },
                          label,
                          parent: { description: 'A sub-theme’s main theme.', type: ['string', 'null'] },
                          value: { type: 'string' },
                        },
                        required: ['value', 'label'],
                        type: 'object',
                      },
                      type: 'array',
                    },
                  },
                  required: ['name', 'kind', 'title', 'values'],
                  type: 'object',
                },
                type: 'array',
              },
            },
            type: 'object',
          },
        },
      },
      description: 'The vocabulary.',
    },
    304: { description: 'Not modified: the `ETag` sent in `If-None-Match` is current.' },
    400: { description: 'An unknown facet name; the error names `facet` and lists the known ones.' },
  },
  summary: 'Facet values and their labels',
  tags: ['vocabulary'],
}
