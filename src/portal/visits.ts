import type { Payload } from 'payload'

/** A pause this long starts a new visit. */
const visitGapMs = 30 * 60 * 1000
/** Seen-times closer together than this are not written again. */
const writeEveryMs = 5 * 60 * 1000

type Visitor = { id: string | number; lastSeenAt?: string | null; previousVisitAt?: string | null }

/**
 * When the signed-in user's previous visit ended, for "new since your last visit"; keeps the
 * record up to date on the way. Undefined on a first visit.
 */
export async function previousVisitOf(payload: Payload, user: unknown): Promise<Date | undefined> {
  const visitor = user as Visitor | null
  if (!visitor?.id) return undefined
  const now = Date.now()
  const lastSeen = visitor.lastSeenAt ? Date.parse(visitor.lastSeenAt) : undefined
  const newVisit = lastSeen !== undefined && now - lastSeen > visitGapMs
  const previous = newVisit ? visitor.lastSeenAt : visitor.previousVisitAt
  if (lastSeen === undefined || now - lastSeen > writeEveryMs) {
    await payload.update({
      collection: 'users',
      data: { lastSeenAt: new Date(now).toISOString(), previousVisitAt: previous ?? null },
      depth: 0,
      id: visitor.id,
      overrideAccess: true,
    })
  }
  return previous ? new Date(previous) : undefined
}
