import type { Payload, TypedUser } from 'payload'

import { unansweredAfterDays } from '../../domain/conversation'

/**
 * Questions still open without a single answer after two weeks, oldest first: curators find
 * someone who knows. Read with the caller's own rights.
 */
export async function unansweredQuestions(payload: Payload, user: TypedUser | null, now = new Date(), limit = 20) {
  const before = new Date(now.getTime() - unansweredAfterDays * 86_400_000).toISOString()
  return payload.find({
    collection: 'questions',
    depth: 0,
    limit,
    overrideAccess: false,
    sort: 'createdAt',
    user,
    where: { and: [{ status: { equals: 'open' } }, { answerCount: { equals: 0 } }, { createdAt: { less_than: before } }] },
  })
}
