import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { EditorialWorkflowOptions, Move, RecordedMove, WorkflowStatus } from '../types'

import { ClientError } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'
import { recordedMoves, workflowStatuses } from '../fields'
import { textsFor } from '../texts'
import { rememberMove, writeIntentOf } from '../writeIntent'

const statusOf = (value: unknown, fallback: WorkflowStatus): WorkflowStatus =>
  workflowStatuses.includes(value as WorkflowStatus) ? (value as WorkflowStatus) : fallback

const isRecorded = (move: Move): move is RecordedMove => recordedMoves.includes(move as RecordedMove)

type HistoryEntry = { move: RecordedMove; by: number | string | null; byName: string | null; at: string; comment: string | null }

/** The history rows as stored, without their row ids' shape mattering to the new row. */
const historyOf = (doc: Record<string, unknown> | undefined): unknown[] => (Array.isArray(doc?.reviewHistory) ? doc.reviewHistory : [])

/**
 * Moves an item through draft → in review → (sent back →) published, records who submitted and
 * published it and when, keeps every step with its comment in the review history, and asks a
 * publisher who sends an item back to say why.
 */
export const applyWorkflow =
  (options: EditorialWorkflowOptions): CollectionBeforeChangeHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    const { classifyMove, mayMove, nameOf } = options
    const texts = textsFor(options, req)
    const user = req.user
    const intent = operation === 'update' ? writeIntentOf(req, collection.slug, originalDoc?.id) : undefined
    const writesLiveVersion = Boolean(intent?.wasPublished && !intent.draft)
    // A change to a published item that is not saved as a draft changes what is live: a publish.
    const publishing = data._status === 'published' || (data._status === undefined && writesLiveVersion)
    const unpublishing = writesLiveVersion && data._status === 'draft'
    const from = statusOf(originalDoc?.workflowStatus, 'draft')
    const requested = statusOf(data.workflowStatus, from)
    const to: WorkflowStatus = requested === 'published' && !publishing ? 'draft' : requested

    const move = classifyMove({ from, publishing, to, unpublishing, user })
    if (move !== 'save' && !mayMove(move, user)) {
      throw new ClientError(texts.notYours(move), 403, { field: 'workflowStatus' })
    }
    if (originalDoc?.id !== undefined) rememberMove(req, collection.slug, originalDoc.id, move)

    const now = new Date().toISOString()
    const comment = typeof data.reviewComment === 'string' ? data.reviewComment.trim() : ''
    const byName = isRecorded(move) && user && nameOf ? ((await nameOf(req)) ?? null) : null
    const history = (entry: Pick<HistoryEntry, 'comment' | 'move'>) => ({
      reviewHistory: [...historyOf(originalDoc), { ...entry, at: now, by: user?.id ?? null, byName } satisfies HistoryEntry],
    })

    const created = operation === 'create' ? { createdBy: user?.id ?? null } : {}
    switch (move) {
      case 'publish':
        return {
          ...data,
          ...created,
          ...history({ comment: null, move }),
          _status: 'published',
          publishedAt: now,
          publishedBy: user?.id ?? idOf(originalDoc?.publishedBy) ?? null,
          reviewComment: null,
          workflowStatus: 'published',
        }
      case 'unpublish':
        return { ...data, ...created, ...history({ comment: null, move }), workflowStatus: 'draft' }
      case 'submit':
        return {
          ...data,
          ...created,
          ...history({ comment: null, move }),
          reviewComment: null,
          submittedAt: now,
          submittedBy: user?.id ?? null,
          workflowStatus: 'in-review',
        }
      case 'send-back':
        if (!comment) {
          throw new ValidationError(
            {
              collection: collection.slug,
              errors: [{ label: texts.labels.reviewComment, message: texts.commentRequired, path: 'reviewComment' }],
              req,
            },
            req.t,
          )
        }
        return { ...data, ...created, ...history({ comment, move }), reviewComment: comment, workflowStatus: 'sent-back' }
      case 'withdraw':
        return { ...data, ...created, workflowStatus: 'draft' }
      default:
        // Only a publisher's "send back" makes an item sent back; saving it again keeps it so.
        return { ...data, ...created, workflowStatus: to === 'sent-back' && from !== 'sent-back' ? from : to }
    }
  }
