import type { PayloadRequest } from 'payload'

import { isolateObjectProperty } from 'payload'

/**
 * The same request (user, transaction, context) with a locale of its own. A local API call that
 * is given a locale sets it on the request it is given; done with a hook's `req`, that silently
 * changes the language the rest of the write is saved in.
 */
export const withOwnLocale = (req: PayloadRequest): PayloadRequest => isolateObjectProperty(req, ['locale', 'fallbackLocale'])
