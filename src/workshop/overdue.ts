import type { Payload } from 'payload'

import { isOverdue } from '../../domain/workshop'
import { idOf } from '../../lib/idOf'
import { deliverEvent } from '../notifications/deliver'

type Row = { id?: string; ownerOrganisation?: unknown; text?: unknown; dueDate?: string | null; status?: unknown }

/**
 * Tells the owners of each open recommendation that passed its due date, once per due date: the
 * event is named after the recommendation and its date, so the daily run never tells twice, and a
 * new due date is told again when it passes.
 */
export async function tellRecommendationsOverdue(payload: Payload, at = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: 'workshop-sessions',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { recommendations: true },
    where: {
      and: [{ 'recommendations.status': { in: ['open', 'in-progress'] } }, { 'recommendations.dueDate': { less_than: at.toISOString() } }],
    },
  })
  let told = 0
  for (const session of docs) {
    for (const row of ((session as { recommendations?: Row[] }).recommendations ?? []) as Row[]) {
      const owner = idOf(row.ownerOrganisation)
      if (!owner || !isOverdue({ dueDate: row.dueDate, status: row.status }, at)) continue
      told += await deliverEvent(payload, {
        collection: 'workshop-sessions',
        comment: typeof row.text === 'string' ? row.text.slice(0, 500) : null,
        dueDate: row.dueDate ?? null,
        id: `recommendation-overdue:${session.id}:${row.id}:${row.dueDate}`,
        itemId: String(session.id),
        move: 'recommendation-overdue',
        organisationId: owner,
      })
    }
  }
  return told
}
