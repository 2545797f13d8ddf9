import type { CollectionBeforeOperationHook, Config, Where } from 'payload'

import { APIError } from 'payload'

import { queryProblems } from './queryProblems'

/** Operations that filter or sort with a caller's `where` and `sort`. */
const querying = new Set(['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'update', 'delete'])

const versionOperations = new Set(['countVersions', 'findVersions'])

const checkQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { overrideAccess, sort, where } = args as { overrideAccess?: boolean; sort?: unknown; where?: Where }
  if (overrideAccess || !querying.has(operation) || (!where && !sort)) return args
  const problems = await queryProblems(req, collection, { sort, versions: versionOperations.has(operation), where })
  if (problems.length > 0) {
    throw new APIError(problems.map((problem) => problem.message).join(' '), 403, { paths: problems.map((problem) => problem.path) }, true)
  }
  return args
}

/**
 * Filters and sorts are reads: a caller may filter or sort only on fields they may read, of
 * items they may read. Payload checks field rules on direct paths; this also covers relation
 * paths, sorts and comparisons of related ids, in every collection the config has so far (put
 * it last among the plugins).
 */
export const readableQueries =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
