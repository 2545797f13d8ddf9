import type { EndpointDocumentation } from '../../../../lib/endpointDocumentation'

const tags = ['search (Meilisearch-compatible)']

const errorShape = {
  content: {
    'application/json': {
      schema: {
        properties: { code: { type: 'string' }, link: { type: 'string' }, message: { type: 'string' }, type: { type: 'string' } },
        required: ['message', 'code', 'type', 'link'],
        type: 'object',
      },
    },
  },
}

const searchRequest = {
  properties: {
    attributesToHighlight: { items: { type: 'string' }, type: 'array' },
    attributesToRetrieve: { items: { type: 'string' }, type: 'array' },
    facets: { description: 'Facets to count (`*` for all).', items: { type: 'string' }, type: 'array' },
    filter: {
      description:
        'Meilisearch filter syntax on the facets and `locale`: `=`, `!=`, `IN [...]`, `NOT IN [...]`, `AND`, `OR`, `NOT`, parentheses; a string or nested arrays.',
      oneOf: [{ type: 'string' }, { type: 'array' }],
    },
    highlightPostTag: { type: 'string' },
    highlightPreTag: { type: 'string' },
    hitsPerPage: { minimum: 0, type: 'integer' },
    limit: { minimum: 0, type: 'integer' },
    locales: { description: '`nld` or `eng`.', items: { type: 'string' }, type: 'array' },
    offset: { minimum: 0, type: 'integer' },
    page: { minimum: 0, type: 'integer' },
    q: { maxLength: 200, type: ['string', 'null'] },
    sort: { description: '`updatedAt:desc` or `updatedAt:asc`; left out: relevance.', items: { type: 'string' }, type: 'array' },
  },
  type: 'object',
}

const refusals = {
  400: { ...errorShape, description: 'A parameter or filter this index cannot answer, in Meilisearch’s error shape.' },
  401: { ...errorShape, description: '`invalid_api_key`: the Bearer key signs nobody in.' },
  404: { ...errorShape, description: '`index_not_found`: another index name than the configured one.' },
}

/** What the API reference says about each route of the Meilisearch-compatible API. */
export const meilisearchDocumentation = {
  health: { summary: 'Meilisearch-compatible: health', tags } satisfies EndpointDocumentation,
  index: {
    responses: { 200: { description: 'The index: `uid`, `primaryKey`.' }, 404: refusals[404] },
    summary: 'Meilisearch-compatible: the index',
    tags,
  } satisfies EndpointDocumentation,
  indexes: { summary: 'Meilisearch-compatible: the one index', tags } satisfies EndpointDocumentation,
  multiSearch: {
    description: 'Several searches at once (`queries`, each with its `indexUid`), as InstantSearch sends them; answers `results` in order.',
    requestBody: {
      content: { 'application/json': { schema: { properties: { queries: { items: searchRequest, type: 'array' } }, type: 'object' } } },
    },
    responses: { 200: { description: 'One search answer per query, with its `indexUid`.' }, ...refusals },
    summary: 'Meilisearch-compatible: multi-search',
    tags,
  } satisfies EndpointDocumentation,
  readOnly: {
    description: 'Anything but searching (documents, settings, tasks): refused with `read_only_api`.',
    responses: { 405: { ...errorShape, description: '`read_only_api`.' } },
    summary: 'Meilisearch-compatible: refused',
    tags,
  } satisfies EndpointDocumentation,
  search: {
    description:
      'A search as Meilisearch answers it (`hits`, `query`, `processingTimeMs`, `offset`/`limit`/`estimatedTotalHits` or `page`/`hitsPerPage`/`totalHits`/`totalPages`, `facetDistribution`, `facetStats`), with the same access as GET /api/search: a Weerbaar API key as `Authorization: Bearer`, none for public items only.',
    requestBody: { content: { 'application/json': { schema: searchRequest } } },
    responses: { 200: { description: 'The hits the caller may read, in Meilisearch’s shape.' }, ...refusals },
    summary: 'Meilisearch-compatible: search',
    tags,
  } satisfies EndpointDocumentation,
  version: { summary: 'Meilisearch-compatible: version', tags } satisfies EndpointDocumentation,
}
