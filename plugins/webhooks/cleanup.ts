import type { CollectionBeforeDeleteHook } from 'payload'

import { deliveriesSlug, webhooksSlug } from './slugs'

/** A webhook's delivery log goes with it. */
export const deleteDeliveriesOfWebhook: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: deliveriesSlug as never, overrideAccess: true, req, where: { webhook: { equals: id } } })
}

/** An account's webhooks go with it: no webhook goes on reading as an account that is gone. */
export const deleteWebhooksOfOwner: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: webhooksSlug as never, overrideAccess: true, req, where: { owner: { equals: id } } })
}
