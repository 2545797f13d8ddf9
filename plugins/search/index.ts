import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, Config } from 'payload'

import type { SearchPluginOptions } from './types'

import { searchEndpoint } from './api/endpoint'
import { searchQuery } from './api/graphql'
import { meilisearchApiEndpoints } from './api/meilisearch/endpoints'
import { reindexEndpoint } from './api/reindexEndpoint'
import { searchSynonymsCollection } from './SearchSynonyms'
import { indexItemTask } from './sync/indexItemTask'
import { queueDependentsAfterChange, queueIndexingAfterChange, queueIndexingAfterDelete } from './sync/queueIndexing'

export type { AccessScope, FacetOptions, IndexedItem, SearchPluginOptions } from './types'
export {
  configuredEngine,
  keepsIndexInProcess,
  searchIndexChangesOf,
  searchOptionsOf,
  startIndexing,
  startSearch,
  stopIndexing,
} from './runtime'
export { rebuildIndex } from './sync/rebuild'
export { parseSearchParams } from './api/parseSearchParams'
export type { SearchResponse } from './api/presentResult'
export { runSearch, searchAsReader, unavailableMessage } from './api/runSearch'
export { isMeilisearchApiPath, meilisearchApiPath } from './api/meilisearch/endpoints'
export { meilisearchErrorBody } from './api/meilisearch/errors'
export { isSearchEngineUnavailable, SearchEngineUnavailableError } from './engine/errors'
export { EmbeddedEngine } from './engine/embedded'
export { engineOf, hasEngine } from './registry'

type AddedHooks = { afterChange?: CollectionAfterChangeHook[]; afterDelete?: CollectionAfterDeleteHook[] }

const withHooks = (collection: CollectionConfig, hooks: AddedHooks): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), ...(hooks.afterChange ?? [])],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), ...(hooks.afterDelete ?? [])],
  },
})

/**
 * Full-text search over published items: index sync through Payload's job queue, GET
 * /api/search, GraphQL `search(...)` and a synonym list. The engine itself is started by the
 * serving process with `startSearch(payload)`.
 */
export const searchPlugin =
  (options: SearchPluginOptions) =>
  (config: Config): Config => {
    const previousQueries = config.graphQL?.queries
    const collections = (config.collections ?? []).map((collection) => {
      if (options.collections[collection.slug]) {
        return withHooks(collection, { afterChange: [queueIndexingAfterChange], afterDelete: [queueIndexingAfterDelete] })
      }
      const dependents = options.dependents?.[collection.slug]
      return dependents ? withHooks(collection, { afterChange: [queueDependentsAfterChange(options, dependents)] }) : collection
    })
    return {
      ...config,
      collections: [...collections, searchSynonymsCollection(options.access)],
      custom: { ...config.custom, search: options },
      endpoints: [...(config.endpoints ?? []), searchEndpoint(options), reindexEndpoint(options), ...meilisearchApiEndpoints(options)],
      graphQL: {
        ...config.graphQL,
        queries: (GraphQL, context) => ({
          ...(previousQueries ? previousQueries(GraphQL, context) : {}),
          search: searchQuery(GraphQL, options),
        }),
      },
      jobs: {
        ...config.jobs,
        tasks: [...(config.jobs?.tasks ?? []), indexItemTask(options)],
      },
    }
  }
