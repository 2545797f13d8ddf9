import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const cacheKey = 'weerbaar:permitted'

type Operation = 'read' | 'update'
type Cache = Map<string, boolean>

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
    const rule = req.payload.collections[collection]?.config.access[operation]
    const decision = rule ? await rule({ req }) : false
    let found = new Set<string>()
    if (decision === true) found = new Set(unknown)
    else if (decision) {
      const where: Where = { and: [{ id: { in: unknown } }, decision as Where] }
      const { docs } = await req.payload.db.find({ collection, limit: unknown.length, pagination: false, req, where })
      found = new Set(docs.map((doc) => String(doc.id)))
    }
    for (const id of unknown) cache.set(keyOf(id), found.has(id))
  }
  return new Set(ids.filter((id) => cache.get(keyOf(id))))
}

export const readableIds = (req: PayloadRequest, collection: CollectionSlug, ids: string[]) => permittedIds(req, collection, ids, 'read')
