import type { CollectionAfterChangeHook } from 'payload'

import type { CommentableSlug } from '../../domain/conversation'

import { idOf } from '../../lib/idOf'
import { personLabel } from '../../collections/hooks/personLabel'
import { queueEvent } from '../notifications/events'

type Ref = { relationTo?: string; value?: unknown } | null | undefined

const mentionKeys = (mentions: unknown): string[] =>
  Array.isArray(mentions)
    ? mentions.map((each: Ref) => `${each?.relationTo}:${idOf(each?.value)}`).filter((key) => !key.endsWith(':undefined'))
    : []

const actorOf = async (req: Parameters<CollectionAfterChangeHook>[0]['req']) => ({
  actorId: req.user ? String(req.user.id) : null,
  actorName: req.user ? ((await personLabel(req, req.user)) ?? null) : null,
})

/**
 * A posted comment tells the thread (followers, participants, the parent's author, the asker)
 * and the mentioned; an edit tells only whom it newly mentions; hiding tells the author and the
 * reporters. Queued in the write's transaction: told only if the write is committed.
 */
export const queueCommentEvents: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const item = doc.item as Ref
  const itemId = idOf(item?.value)
  if (!item?.relationTo || !itemId) return doc
  const about = { collection: item.relationTo as CommentableSlug, commentId: String(doc.id), itemId }
  if (operation === 'create' && doc.state === 'visible') {
    // The writer's name was worked out as the comment was written.
    const actor = { actorId: req.user ? String(req.user.id) : null, actorName: doc.authorName ?? null }
    await queueEvent(req, { ...about, ...actor, mentioned: mentionKeys(doc.mentions), move: 'comment' })
    return doc
  }
  if (operation !== 'update' || !previousDoc) return doc
  if (doc.state === 'hidden' && previousDoc.state !== 'hidden') {
    await queueEvent(req, { ...about, ...(await actorOf(req)), comment: doc.moderationReason ?? null, move: 'hide' })
    return doc
  }
  const before = new Set(mentionKeys(previousDoc.mentions))
  const added = mentionKeys(doc.mentions).filter((key) => !before.has(key))
  if (doc.state === 'visible' && added.length > 0)
    await queueEvent(req, { ...about, ...(await actorOf(req)), edited: true, mentioned: added, move: 'comment' })
  return doc
}

/** A new question tells the followers of its themes and the organisations it asks; accepting an answer tells its writer. */
export const queueQuestionEvents: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  const about = { collection: 'questions' as const, itemId: String(doc.id) }
  if (operation === 'create') {
    await queueEvent(req, { ...about, ...(await actorOf(req)), mentioned: mentionKeys(doc.mentions), move: 'ask' })
    return doc
  }
  const accepted = idOf(doc.acceptedAnswer)
  if (accepted && accepted !== idOf(previousDoc?.acceptedAnswer))
    await queueEvent(req, { ...about, ...(await actorOf(req)), commentId: accepted, move: 'accept' })
  return doc
}
