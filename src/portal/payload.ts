import type { Payload } from 'payload'

import config from '@payload-config'
import { headers } from 'next/headers'
import { executeAuthStrategies, getPayload } from 'payload'
import { cache } from 'react'

/**
 * The portal's view of Payload: the process's one instance and the signed-in user, if any.
 * Cached per request, so the layout and the page authenticate once between them.
 * Only who the reader is: `payload.auth` would also work out their permissions on every
 * collection, running each collection's access rules (several of them queries), which no page
 * uses; every read the portal makes passes the user to Payload, which asks the rules itself.
 */
export const portalContext = cache(async () => {
  const payload: Payload = await getPayload({ config })
  const { user } = await executeAuthStrategies({ headers: await headers(), payload })
  return { payload, user }
})
