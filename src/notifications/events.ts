import type { CollectionAfterChangeHook, Payload, PayloadRequest } from 'payload'

import { randomUUID } from 'node:crypto'

import type { KnowledgeSlug } from '../../domain/knowledge'

import { afterCommit } from '../../lib/afterCommit'
import { pollerSlot } from '../../lib/poller'
import { type NotifiableSlug, unannouncedWrite } from '../../domain/notifications'

import { moveOf } from '../../plugins/editorial-workflow'
import { personLabel } from '../../collections/hooks/personLabel'

export const notificationsQueue = 'notifications'
export const notifyTaskSlug = 'notify' as const

/** What happened in a conversation: a comment posted, a comment hidden, a question asked, an answer accepted. */
export type ConversationMove = 'comment' | 'hide' | 'ask' | 'accept'

/** What happened to a workshop recommendation: assigned to an organisation, or past its due date. */
export type RecommendationMove = 'assign' | 'recommendation-overdue'

/** What happened to an item that people may be told about. */
export type WorkspaceEvent = {
  /** Unique per event: its notifications carry it, so a retried job makes none twice. */
  id: string
  move: 'submit' | 'send-back' | 'publish' | 'review-due' | ConversationMove | RecommendationMove
  collection: NotifiableSlug
  itemId: string
  /** The comment a conversation event is about (posted, hidden, accepted as the answer). */
  commentId?: string | null
  /** Mentions to tell (`users:<id>`, `organisations:<id>`): all of a new comment's, only the added ones of an edit. */
  mentioned?: string[]
  /** An edit of a comment: only the newly mentioned are told, not the thread again. */
  edited?: boolean
  actorId?: string | null
  actorName?: string | null
  comment?: string | null
  /** A publish of an item that was never live before (new), or of one that was (updated). */
  firstPublication?: boolean
  /** A recommendation's owner organisation, who is told, and its due date. */
  organisationId?: string | null
  dueDate?: string | null
}

/** The move a create makes: the workflow only remembers the moves of updates. */
const moveOnCreate = (doc: Record<string, unknown>) =>
  doc.workflowStatus === 'published' && doc._status === 'published' ? 'publish' : doc.workflowStatus === 'in-review' ? 'submit' : undefined

/** The notification worker of each Payload instance, for the writes that queue events to wake. */
export const notificationWorkers = pollerSlot<Payload>()

/**
 * Queues an event in the write's transaction: it is told only if the write is committed, and
 * then at once by this process's worker, if it runs here.
 */
export async function queueEvent(req: PayloadRequest, event: Omit<WorkspaceEvent, 'id'>): Promise<void> {
  if (req.context[unannouncedWrite]) return
  await req.payload.jobs.queue({
    input: { event: { ...event, id: randomUUID() } },
    queue: notificationsQueue,
    req,
    task: notifyTaskSlug,
  })
  afterCommit(req, notificationWorkers.wakerOf(req.payload))
}

/**
 * After a knowledge item is submitted, sent back or published: the notification job works out
 * who is told (followers, authors, curators, the card's organisation) and checks, per recipient,
 * that they may read it. Nothing of that work happens in the write itself.
 */
export const queueNotificationsAfterChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const move = operation === 'create' ? moveOnCreate(doc) : moveOf(req, collection.slug, doc.id)
  if (move !== 'submit' && move !== 'send-back' && move !== 'publish') return doc
  const actorName = req.user ? ((await personLabel(req, req.user)) ?? null) : null
  await queueEvent(req, {
    actorId: req.user ? String(req.user.id) : null,
    actorName,
    collection: collection.slug as KnowledgeSlug,
    comment: move === 'send-back' && typeof doc.reviewComment === 'string' ? doc.reviewComment : null,
    firstPublication: move === 'publish' ? !previousDoc?.publishedAt || operation === 'create' : undefined,
    itemId: String(doc.id),
    move,
  })
  return doc
}
