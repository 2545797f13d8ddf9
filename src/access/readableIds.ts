import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const cacheKey = 'weerbaar:readable'

type Cache = Map<string, boolean>

function cacheOf(req: PayloadRequest): Cache {
  const existing = req.context[cacheKey] as Cache | undefined
  if (existing) return existing
  const created: Cache = new Map()
  req.context[cacheKey] = created
  return created
}

/**
 * Which of these items the requesting user may read, by the collection's own read rule. Asks the
 * database directly (no hooks run), so checking relations never recurses into more checks;
 * answers are remembered for the rest of the request.
 */
export async function readableIds(req: PayloadRequest, collection: CollectionSlug, ids: string[]): Promise<Set<string>> {
  const cache = cacheOf(req)
  const unknown = [...new Set(ids)].filter((id) => !cache.has(`${collection}:${id}`))
  if (unknown.length > 0) {
    const rule = req.payload.collections[collection]?.config.access.read
    const decision = rule ? await rule({ req }) : false
    let found = new Set<string>()
    if (decision === true) found = new Set(unknown)
    else if (decision) {
      const where: Where = { and: [{ id: { in: unknown } }, decision as Where] }
      const { docs } = await req.payload.db.find({ collection, limit: unknown.length, pagination: false, req, where })
      found = new Set(docs.map((doc) => String(doc.id)))
    }
    for (const id of unknown) cache.set(`${collection}:${id}`, found.has(id))
  }
  return new Set(ids.filter((id) => cache.get(`${collection}:${id}`)))
}
