import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { idsOf } from '../../../lib/idOf'

/**
 * Each account carries the groups it is a member of (`users.groups`), so every access rule reads
 * a reader's groups from the session without asking the database. Recomputed from the groups
 * themselves, in the same transaction as the change, for everyone who joined or left.
 */
async function recordMemberships(req: PayloadRequest, people: Set<string>): Promise<void> {
  for (const person of people) {
    const { docs } = await req.payload.db.find({
      collection: 'groups',
      limit: 0,
      pagination: false,
      req,
      select: { id: true },
      where: { members: { in: [person] } },
    })
    // Through the operation, not the adapter: a bare adapter write of an account replaces its sign-in sessions too.
    await req.payload.update({
      collection: 'users',
      data: { groups: docs.map((group) => String(group.id)) },
      depth: 0,
      id: person,
      overrideAccess: true,
      req,
      select: { groups: true },
    })
  }
}

export const syncMembershipsAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const now = idsOf(doc.members)
  const before = idsOf(previousDoc?.members)
  const changed = new Set([...now.filter((id) => !before.includes(id)), ...before.filter((id) => !now.includes(id))])
  if (changed.size > 0) await recordMemberships(req, changed)
  return doc
}

export const syncMembershipsAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await recordMemberships(req, new Set(idsOf(doc.members)))
}
