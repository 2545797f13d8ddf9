import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

import { isCurator, type SessionUser } from '../../../src/access'
import { rememberWriteIntent } from '../../../src/editorial/writeIntent'

/**
 * Members save drafts; publishing is a curator's decision. A member's change to a published item
 * becomes a new draft beside it, so the curator's published version stays live until a curator
 * publishes the change. Also remembers, per item, whether the write is a draft save (see
 * `writeIntent`).
 */
export const membersSaveDrafts: CollectionBeforeOperationHook = async ({ args: incoming, collection, operation, req }) => {
  // The operation's arguments differ per operation; create and update share the fields used here.
  const args = incoming as { data?: Record<string, unknown>; draft?: boolean; id?: number | string }
  if (operation !== 'create' && operation !== 'update') return incoming
  const user = req.user as SessionUser | null
  const member = Boolean(user) && !isCurator(user)
  const data = args.data

  if (member && data?._status === 'published') {
    throw new APIError(
      'Only curators can publish. Save your changes as a draft and submit them for review (set workflowStatus to "in-review", or POST /api/<collection>/<id>/submit).',
      403,
      { field: '_status' },
      true,
    )
  }
  if (member && data) args.data = { ...data, _status: 'draft' }
  if (operation === 'create') {
    if (member) args.draft = true
    return incoming
  }

  const id = args.id
  if (id === undefined) {
    if (member) args.draft = true
    return incoming
  }
  const stored = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
    collection: collection.slug,
    req,
    where: { id: { equals: id } },
  })
  const wasPublished = stored?._status === 'published'
  if (member && wasPublished) args.draft = true
  rememberWriteIntent(req, collection.slug, id, { draft: Boolean(args.draft), wasPublished })
  return incoming
}
