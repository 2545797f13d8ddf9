import type { CollectionBeforeOperationHook, Config, Where } from 'payload'

import { ClientError } from '../../lib/clientError'
import { asLists } from './operators'
import { queryProblems } from './queryProblems'

/** Operations that filter or sort with a caller's `where` and `sort`. */
const querying = new Set(['read', 'count', 'countVersions', 'readDistinct', 'findVersions', 'update', 'delete'])

const versionOperations = new Set(['countVersions', 'findVersions'])

const checkQuery: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const { overrideAccess, sort, where } = args as { overrideAccess?: boolean; sort?: unknown; where?: Where }
  if (overrideAccess || !querying.has(operation) || (!where && !sort)) return args
  asLists(where)
  const problems = await queryProblems(req, collection, { sort, versions: versionOperations.has(operation), where })
  if (problems.length > 0) {
    // A query nobody can run is a 400 even when another part is also not allowed: fix that first.
    const status = problems.some((problem) => problem.status === 400) ? 400 : 403
    throw new ClientError(problems.map((problem) => problem.message).join(' '), status, { paths: problems.map((problem) => problem.path) })
  }
  return args
}

/**
 * Checks every caller's filters and sorts before the database sees them, in every collection the
 * config has so far (put it last among the plugins):
 * - what the caller may ask (403): filters and sorts are reads, so only on fields they may read,
 *   of items they may read, through relations into items they may all read, and ids of other
 *   related items only matched, never compared (Payload checks field rules on direct paths only);
 * - what the database can run (400): no geo operators off map points, no `all`, dates
 *   and numbers only compared with dates and numbers, a relation to several collections only
 *   through `.value` or `.relationTo`.
 */
export const queryGuard =
  () =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: { ...collection.hooks, beforeOperation: [checkQuery, ...(collection.hooks?.beforeOperation ?? [])] },
    })),
  })
