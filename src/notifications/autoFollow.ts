import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { followKeyOf } from '../../domain/notifications'
import { idOf } from '../../lib/idOf'

/** Makes the writer follow something, in the write's transaction, unless they already do. */
async function follow(req: PayloadRequest, collection: string, id: string): Promise<void> {
  const user = req.user
  if (!user || (user as { collection?: string }).collection !== 'users') return
  const { totalDocs } = await req.payload.count({
    collection: 'follows',
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user.id } }, { targetKey: { equals: followKeyOf(collection, id) } }] },
  })
  if (totalDocs > 0) return
  await req.payload.create({
    collection: 'follows',
    context: { followedForTheWriter: true },
    data: { target: { relationTo: collection, value: id } } as never,
    depth: 0,
    overrideAccess: true,
    req,
  })
}

/**
 * Authors follow what they create, and whoever records their municipality's experience with a
 * card follows that card: they hear when it changes and when others report on it.
 */
export const followWhatYouWrite: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation !== 'create') return doc
  if (collection.slug === 'experiences') {
    const intervention = idOf(doc.intervention)
    if (intervention) await follow(req, 'interventions', intervention)
    return doc
  }
  await follow(req, collection.slug, String(doc.id))
  return doc
}
