import type { CollectionConfig, Config } from 'payload'

import type { SearchPluginOptions } from './types'

import { searchEndpoint } from './api/endpoint'
import { searchQuery } from './api/graphql'
import { reindexEndpoint } from './api/reindexEndpoint'
import { SearchSynonyms } from './SearchSynonyms'
import { indexItemTask } from './sync/indexItemTask'
import { queueIndexingAfterChange, queueIndexingAfterDelete } from './sync/queueIndexing'

export type { SearchPluginOptions }
export { configuredEngine, searchOptionsOf, startSearch, stopSearch } from './runtime'
export { rebuildIndex } from './sync/rebuild'
export { parseSearchParams } from './api/parseSearchParams'
export type { SearchResponse } from './api/presentResult'
export { runSearch, unavailableMessage } from './api/runSearch'
export { isSearchEngineUnavailable, SearchEngineUnavailableError } from './engine/errors'
export { type FacetName, facetNames } from './types'

const withIndexingHooks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), queueIndexingAfterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), queueIndexingAfterDelete],
  },
})

/**
 * Full-text search over the published knowledge items: index sync through Payload's job queue,
 * GET /api/search, GraphQL `search(...)` and a curator-kept synonym list. The engine itself is
 * started by the serving process with `startSearch(payload)`.
 */
export const searchPlugin =
  (options: SearchPluginOptions) =>
  (config: Config): Config => {
    const searchable = new Set(Object.keys(options.collections))
    const previousQueries = config.graphQL?.queries
    return {
      ...config,
      collections: [
        ...(config.collections ?? []).map((collection) =>
          searchable.has(collection.slug) ? withIndexingHooks(collection) : collection,
        ),
        SearchSynonyms,
      ],
      custom: { ...config.custom, search: options },
      endpoints: [...(config.endpoints ?? []), searchEndpoint, reindexEndpoint],
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, context) => ({
          ...(previousQueries ? previousQueries(GraphQL, context) : {}),
          search: searchQuery(GraphQL),
        }),
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), indexItemTask(options)],
      },
    }
  }
