import type { CollectionBeforeChangeHook } from 'payload'

import { ClientError } from '../../../lib/clientError'
import { inCallersLanguage } from '../../../lib/callersLanguage'

/** Following something twice is a mistake worth naming (with the follow to delete), not a 500 from the unique index. */
export const oneFollowPerTarget: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || !data.user || !data.targetKey) return data
  const { docs } = await req.payload.db.find({
    collection: 'follows',
    limit: 1,
    pagination: false,
    req,
    where: { and: [{ user: { equals: data.user } }, { targetKey: { equals: data.targetKey } }] },
  })
  const existing = docs[0] as { id: string | number } | undefined
  if (existing)
    throw new ClientError(
      inCallersLanguage(req, {
        en: `target: you already follow this (follow ${existing.id}); DELETE /api/follows/${existing.id} stops it.`,
        nl: `target: u volgt dit al (volgen ${existing.id}); DELETE /api/follows/${existing.id} stopt het.`,
      }),
      409,
      { field: 'target', id: existing.id },
    )
  return data
}
