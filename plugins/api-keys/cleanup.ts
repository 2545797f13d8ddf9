import type { CollectionBeforeDeleteHook } from 'payload'

import type { ApiKeysOptions } from './types'

import { keysSlugOf } from './check'

/** An account's keys go with it: no key outlives the account whose rights it carries. */
export const deleteKeysOfAccount =
  (options: ApiKeysOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    await req.payload.delete({ collection: keysSlugOf(options), overrideAccess: true, req, where: { user: { equals: id } } })
  }
