import type { CollectionAfterChangeHook } from 'payload'

import { idOf } from '../../lib/idOf'
import { queueEvent } from '../notifications/events'

type Row = { id?: string; ownerOrganisation?: unknown; text?: unknown; dueDate?: unknown }

/**
 * After a session is saved: each recommendation that is new, or now has another owner, is told
 * to the owner organisation's members (after commit, by the notification job).
 */
export const queueRecommendationEvents: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const before = new Map(((previousDoc?.recommendations ?? []) as Row[]).map((row) => [String(row.id), idOf(row.ownerOrganisation)]))
  for (const row of (doc.recommendations ?? []) as Row[]) {
    const owner = idOf(row.ownerOrganisation)
    if (!owner || before.get(String(row.id)) === owner) continue
    await queueEvent(req, {
      actorId: req.user ? String(req.user.id) : null,
      collection: 'workshop-sessions',
      comment: typeof row.text === 'string' ? row.text.slice(0, 500) : null,
      dueDate: typeof row.dueDate === 'string' ? row.dueDate : null,
      itemId: String(doc.id),
      move: 'assign',
      organisationId: owner,
    })
  }
  return doc
}
