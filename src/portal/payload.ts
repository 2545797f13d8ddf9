import type { Payload } from 'payload'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'
import { cache } from 'react'

/**
 * The portal's view of Payload: the process's one instance and the signed-in user, if any.
 * Cached per request, so the layout and the page authenticate once between them.
 */
export const portalContext = cache(async () => {
  const payload: Payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
})
