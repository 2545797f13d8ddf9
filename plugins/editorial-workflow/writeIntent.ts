import type { PayloadRequest } from 'payload'

import type { Move } from './types'

/**
 * What an update operation was asked to do, remembered from `beforeOperation` for the hooks that
 * run later in the same operation: Payload's change hooks cannot tell a draft saved over a
 * published item from an unpublish, and both carry `_status: 'draft'`.
 */
export type WriteIntent = { draft: boolean; wasPublished: boolean; move?: Move }

const key = (collection: string, id: number | string) => `editorialWorkflow:writeIntent:${collection}:${id}`

export function rememberWriteIntent(req: PayloadRequest, collection: string, id: number | string, intent: WriteIntent) {
  req.context[key(collection, id)] = intent
}

export function writeIntentOf(req: PayloadRequest, collection: string, id: number | string | undefined): WriteIntent | undefined {
  if (id === undefined) return undefined
  return req.context[key(collection, id)] as WriteIntent | undefined
}

/** The workflow hook names the move it made, for hooks that run after the write (the audit log). */
export function rememberMove(req: PayloadRequest, collection: string, id: number | string, move: Move) {
  const intent = writeIntentOf(req, collection, id)
  if (intent) intent.move = move
}

/** The move a write to this item made, once the workflow hook has run (undefined for a create). */
export const moveOf = (req: PayloadRequest, collection: string, id: number | string): Move | undefined =>
  writeIntentOf(req, collection, id)?.move
