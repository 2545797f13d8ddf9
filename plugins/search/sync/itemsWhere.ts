import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import type { SearchPluginOptions } from '../types'

/** The ids of every item of the searchable collections that matches `where`, read without access rules. */
export async function itemsWhere(
  payload: Payload,
  options: SearchPluginOptions,
  where: Where,
  req?: PayloadRequest,
): Promise<Array<{ collection: string; id: string }>> {
  const items: Array<{ collection: string; id: string }> = []
  for (const collection of Object.keys(options.collections)) {
    const { docs } = await payload.find({
      collection: collection as CollectionSlug,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      req,
      select: {},
      where,
    })
    for (const doc of docs) items.push({ collection, id: String(doc.id) })
  }
  return items
}
