import type { Payload } from 'payload'

import config from '@payload-config'
import { headers } from 'next/headers'
import { getPayload } from 'payload'

/** The portal's view of Payload: the process's one instance and the signed-in user, if any. */
export async function portalContext() {
  const payload: Payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: await headers() })
  return { payload, user }
}
