import type { CollectionBeforeOperationHook } from 'payload'

import type { EditorialWorkflowOptions } from '../types'

import { ClientError } from '../../../lib/clientError'
import { textsFor } from '../texts'
import { rememberWriteIntent } from '../writeIntent'

/**
 * Only publishers make a version live. Anyone else's change to a published item becomes a new
 * draft beside it, so the published version stays live until a publisher publishes the change.
 * Also remembers, per item, whether the write is a draft save (see `writeIntent`).
 */
export const onlyPublishersPublish =
  (options: EditorialWorkflowOptions): CollectionBeforeOperationHook =>
  async ({ args: incoming, collection, operation, req }) => {
    // The operation's arguments differ per operation; create and update share the fields used here.
    const args = incoming as { data?: Record<string, unknown>; draft?: boolean; id?: number | string }
    if (operation !== 'create' && operation !== 'update') return incoming
    const drafter = Boolean(req.user) && !options.mayPublish(req.user)
    const data = args.data

    if (drafter && data?._status === 'published') {
      throw new ClientError(textsFor(options, req).onlyPublishersPublish, 403, { field: '_status' })
    }
    if (drafter && data) args.data = { ...data, _status: 'draft' }
    if (operation === 'create') {
      if (drafter) args.draft = true
      return incoming
    }

    const id = args.id
    if (id === undefined) {
      if (drafter) args.draft = true
      return incoming
    }
    // The stored status, whoever asks: it only decides how this write is saved, nothing is shown.
    const stored = await req.payload.db.findOne<{ _status?: string; id: number | string }>({
      collection: collection.slug,
      req,
      where: { id: { equals: id } },
    })
    const wasPublished = stored?._status === 'published'
    if (drafter && wasPublished) args.draft = true
    rememberWriteIntent(req, collection.slug, id, { draft: Boolean(args.draft), wasPublished })
    return incoming
  }
