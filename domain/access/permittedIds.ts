import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const cacheKey = 'weerbaar:permitted'

type Operation = 'read' | 'update'
// Answers are kept as promises: the documents of one list are checked concurrently, and all ask at once.
type Cache = Map<string, Promise<boolean>>

function cacheOf(req: PayloadRequest): Cache {
  const existing = req.context[cacheKey] as Cache | undefined
  if (existing) return existing
  const created: Cache = new Map()
  req.context[cacheKey] = created
  return created
}

/**
 * Which of these items the requesting user may read (or update), by the collection's own rule.
 * Asks the database directly (no hooks run), so checking relations never recurses into more
 * checks; answers are remembered for the rest of the request.
 */
export async function permittedIds(
  req: PayloadRequest,
  collection: CollectionSlug,
  ids: string[],
  operation: Operation = 'read',
): Promise<Set<string>> {
  const cache = cacheOf(req)
  const keyOf = (id: string) => `${operation}:${collection}:${id}`
  const unknown = [...new Set(ids)].filter((id) => !cache.has(keyOf(id)))
  if (unknown.length > 0) {
    const found = findPermitted(req, collection, unknown, operation)
    for (const id of unknown)
      cache.set(
        keyOf(id),
        found.then((permitted) => permitted.has(id)),
      )
  }
  const answers = await Promise.all(ids.map(async (id) => [id, await cache.get(keyOf(id))] as const))
  return new Set(answers.filter(([, permitted]) => permitted).map(([id]) => id))
}

async function findPermitted(req: PayloadRequest, collection: CollectionSlug, ids: string[], operation: Operation): Promise<Set<string>> {
  const rule = req.payload.collections[collection]?.config.access[operation]
  const decision = rule ? await rule({ req }) : false
  if (decision === true) return new Set(ids)
  if (!decision) return new Set()
  const where: Where = { and: [{ id: { in: ids } }, decision as Where] }
  const { docs } = await req.payload.db.find({ collection, limit: ids.length, pagination: false, req, where })
  return new Set(docs.map((doc) => String(doc.id)))
}

export const readableIds = (req: PayloadRequest, collection: CollectionSlug, ids: string[]) => permittedIds(req, collection, ids, 'read')
