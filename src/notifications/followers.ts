import type { Payload } from 'payload'

/** Who follows any of these things (`themes:<id>`, `organisations:<id>`, `interventions:<id>`). */
export async function followersOf(payload: Payload, keys: string[]): Promise<string[]> {
  if (keys.length === 0) return []
  const { docs } = await payload.find({
    collection: 'follows',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { user: true },
    where: { targetKey: { in: keys } },
  })
  return [...new Set(docs.map((doc) => String(typeof doc.user === 'object' && doc.user ? doc.user.id : doc.user)))]
}
