import type { CollectionAfterChangeHook, CollectionSlug, PayloadRequest } from 'payload'

import { idOf } from '../../../lib/idOf'

/**
 * How many visible answers a question has (the asker's own follow-ups are not answers), and when
 * its conversation last moved: kept on the question for lists and the curators' queue.
 */
export async function recountAnswers(req: PayloadRequest, questionId: string): Promise<void> {
  const question = (await req.payload.db.findOne({
    collection: 'questions' as CollectionSlug,
    req,
    where: { id: { equals: questionId } },
  })) as { acceptedAnswer?: unknown; askedBy?: unknown; status?: string } | null
  if (!question) return
  const { docs } = await req.payload.db.find({
    collection: 'comments' as CollectionSlug,
    limit: 0,
    pagination: false,
    req,
    select: { author: true, createdAt: true, state: true },
    sort: '-createdAt',
    where: { threadKey: { equals: `questions:${questionId}` } },
  })
  const rows = docs as unknown as Array<{ id: string | number; author?: unknown; createdAt?: string; state?: string }>
  const visible = rows.filter((doc) => doc.state === 'visible')
  const answers = visible.filter((doc) => idOf(doc.author) !== idOf(question.askedBy))
  const accepted = idOf(question.acceptedAnswer)
  const acceptedGone = accepted !== undefined && !visible.some((doc) => String(doc.id) === accepted)
  await req.payload.db.updateOne({
    collection: 'questions' as CollectionSlug,
    data: {
      answerCount: answers.length,
      lastActivityAt: rows[0]?.createdAt ?? null,
      // An accepted answer that was hidden or deleted no longer answers the question.
      ...(acceptedGone ? { acceptedAnswer: null, status: question.status === 'answered' ? 'open' : question.status } : {}),
    },
    id: questionId,
    req,
  })
}

export const countAnswers: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const item = doc.item as { relationTo?: string; value?: unknown } | undefined
  if (item?.relationTo !== 'questions') return doc
  if (operation === 'update' && previousDoc?.state === doc.state) return doc
  const id = idOf(item.value)
  if (id) await recountAnswers(req, id)
  return doc
}
