import type { CollectionBeforeChangeHook } from 'payload'

import { ValidationError } from 'payload'

import type { EditorialWorkflowOptions, WorkflowStatus } from '../types'

import { ClientError } from '../../../lib/clientError'
import { idOf } from '../../../lib/idOf'
import { rememberMove, writeIntentOf } from '../writeIntent'

const statuses: readonly unknown[] = ['draft', 'in-review', 'published']

const statusOf = (value: unknown, fallback: WorkflowStatus): WorkflowStatus =>
  statuses.includes(value) ? (value as WorkflowStatus) : fallback

/**
 * Moves an item through draft → in review → published, records who submitted and published it
 * and when, and asks a publisher who sends an item back to say why.
 */
export const applyWorkflow =
  ({ classifyMove, mayMove, publishersName }: EditorialWorkflowOptions): CollectionBeforeChangeHook =>
  ({ collection, data, operation, originalDoc, req }) => {
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
    if (!mayMove(move, user)) {
      throw new ClientError(`Only ${publishersName} may ${move.replace('-', ' ')} an item.`, 403, { field: 'workflowStatus' })
    }
    if (originalDoc?.id !== undefined) rememberMove(req, collection.slug, originalDoc.id, move)

    const now = new Date().toISOString()
    switch (move) {
      case 'publish':
        return {
          ...data,
          _status: 'published',
          publishedAt: now,
          publishedBy: user?.id ?? idOf(originalDoc?.publishedBy) ?? null,
          reviewComment: null,
          workflowStatus: 'published',
        }
      case 'unpublish':
        return { ...data, workflowStatus: 'draft' }
      case 'submit':
        return { ...data, reviewComment: null, submittedAt: now, submittedBy: user?.id ?? null, workflowStatus: 'in-review' }
      case 'send-back':
        if (typeof data.reviewComment !== 'string' || !data.reviewComment.trim()) {
          throw new ValidationError({
            collection: collection.slug,
            errors: [{ message: 'Say what needs to change before sending the item back (reviewComment).', path: 'reviewComment' }],
          })
        }
        return { ...data, workflowStatus: 'draft' }
      default:
        return { ...data, workflowStatus: to }
    }
  }
