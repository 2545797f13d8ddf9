import type { CollectionAfterChangeHook, CollectionSlug } from 'payload'

/** Hiding a comment decides the open reports on it. */
export const settleReports: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  if (doc.state !== 'hidden' || previousDoc?.state === 'hidden') return doc
  await req.payload.db.updateMany({
    collection: 'comment-reports' as CollectionSlug,
    data: { state: 'hidden' },
    req,
    where: { and: [{ comment: { equals: doc.id } }, { state: { equals: 'open' } }] },
  })
  return doc
}
